using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Alignment.Memory.Searching;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// The candidate terms of a text: runs of one to three words (SmartCn words for Chinese, stemmed words for English)
/// that cross no punctuation, hold no number, and neither start nor end with a function word. Keys are what the
/// index stores (<c>电子证据</c>, <c>mutual legal assistance</c>); hyphens join like spaces, so capacity-building and
/// capacity building are one term, and plurals fold into the singular.
/// </summary>
internal static class TermShingles
{
    public const int MaxWords = 3;

    [ThreadStatic]
    private static WordKind[]? kindScratch;

    // Single-character Chinese words that start or end no term: particles, conjunctions, postpositions (在刑事诉讼中
    // holds 刑事诉讼, not 刑事诉讼中), numerals, measure words and date parts (第七次会议 holds 会议, 日在维也纳 nothing).
    private const string ChineseBoundaryCharacters = "中上下内外时后前间里着过各每应可能使还第次届场个项名号年月日一二三四五六七八九十百千两零";

    // Grammatical Chinese words of two or more characters: they join terms but are none (关于, 以及, 进行).
    private static readonly HashSet<string> ChineseFunctionWords = new(StringComparer.Ordinal)
    {
        "以及", "关于", "其他", "方面", "进行", "以便", "以期", "根据", "按照", "为了", "对于", "有关", "相关", "所有", "一些",
        "这些", "此类", "以下", "如何", "是否", "可以", "应当", "能够", "必须", "并且", "而且", "还有", "其中", "之间", "以上",
        "以来", "这次", "此次", "本次", "通过", "包括", "提供", "特别", "尤其", "以此", "从而", "因此", "此外", "同时", "即", "等等",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChineseFunctionWordLookup =
        ChineseFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The word ranges (first and last word, inclusive) of every candidate term of <paramref name="text"/> of at least
    /// <paramref name="minimumWords"/> words, given its word tokens (the analysis of <c>words.{code}</c>).
    /// </summary>
    public static List<(int First, int Last)> Ranges(string code, string text, IReadOnlyList<AnalyzedToken> words, int minimumWords = 1)
    {
        // Most words start a few shingles: sized so that the list seldom grows.
        var ranges = new List<(int First, int Last)>(words.Count * 3);
        Ranges(code, text, words, minimumWords, ranges);
        return ranges;
    }

    /// <summary>The word ranges (first and last word, inclusive) of every candidate term, into <paramref name="ranges"/>, which it clears first.</summary>
    public static void Ranges(string code, string text, IReadOnlyList<AnalyzedToken> words, int minimumWords, List<(int First, int Last)> ranges)
    {
        ranges.Clear();
        var chinese = IndexSchema.IsCharacterBased(code);

        // Each word is classified once: a word takes part in up to three shingles at either end, and indexing
        // classifies every word of every unit.
        var kinds = ThreadBuffer.Reuse(ref kindScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            kinds[i] = Classify(Surface(words[i], text), chinese);
        }

        var runStart = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var continues = i < words.Count && kinds[i] != WordKind.Ineligible
                && (i == runStart || Joined(text, words[i - 1].End, words[i].Start, chinese));
            if (continues)
            {
                continue;
            }

            AddRun(runStart, i, kinds, minimumWords, ranges);
            runStart = i < words.Count && kinds[i] != WordKind.Ineligible ? i : i + 1;
        }
    }

    /// <summary>The shingles of the run of term words from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    private static void AddRun(int start, int end, ReadOnlySpan<WordKind> kinds, int minimumWords, List<(int, int)> ranges)
    {
        for (var first = start; first < end; first++)
        {
            if (kinds[first] == WordKind.Function)
            {
                continue;
            }

            for (var last = first + minimumWords - 1; last < end && last - first < MaxWords; last++)
            {
                // A single Chinese character is too ambiguous to be a term of its own.
                var single = first == last && kinds[first] == WordKind.SingleCharacter;
                if (!single && kinds[last] != WordKind.Function)
                {
                    ranges.Add((first, last));
                }
            }
        }
    }

    private static WordKind Classify(ReadOnlySpan<char> surface, bool chinese) =>
        !Eligible(surface, chinese) ? WordKind.Ineligible
            : IsFunctionWord(surface, chinese) ? WordKind.Function
            : chinese && surface.Length < 2 ? WordKind.SingleCharacter
            : WordKind.Content;

    private static bool Eligible(AnalyzedToken token, string text, bool chinese) => Eligible(Surface(token, text), chinese);

    private static bool Eligible(ReadOnlySpan<char> surface, bool chinese) =>
        chinese ? surface.Length > 0 && All(surface, Han.IsIdeograph) : surface.Length > 1 && All(surface, char.IsLetter);

    private static ReadOnlySpan<char> Surface(AnalyzedToken token, string text) => text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>
    /// Whether a single word, as the word field holds it, is a candidate term wherever it occurs: the term field holds
    /// only terms of two words or more, and single-word terms are counted in the word field.
    /// </summary>
    internal static bool IsSingleWordTerm(ReadOnlySpan<char> word, bool chinese) =>
        Classify(word, chinese) == WordKind.Content;

    /// <summary>Whether nothing but spaces (and, in English, a hyphen) stands between two words.</summary>
    private static bool Joined(string text, int end, int start, bool chinese)
    {
        foreach (var c in text.AsSpan(end, Math.Max(0, start - end)))
        {
            if (!char.IsWhiteSpace(c) && (chinese || c is not ('-' or '‐' or '‑')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word may not start or end a term.</summary>
    internal static bool IsFunctionWord(AnalyzedToken token, string text, bool chinese) => IsFunctionWord(Surface(token, text), chinese);

    private static bool IsFunctionWord(ReadOnlySpan<char> surface, bool chinese)
    {
        return chinese
            ? (surface.Length == 1 && (FunctionWords.IsChineseFunctionCharacter(surface[0]) || ChineseBoundaryCharacters.Contains(surface[0], StringComparison.Ordinal)))
                || ChineseFunctionWordLookup.Contains(surface)
            : FunctionWords.IsEnglishFunctionWord(surface);
    }

    /// <summary>Whether a word can be part of a term: Han characters in Chinese, letters in English.</summary>
    internal static bool IsTermWord(AnalyzedToken token, string text, bool chinese) => Eligible(token, text, chinese);

    /// <summary>Whether two words are adjacent in the sense of a term (nothing but spaces or a hyphen between them).</summary>
    internal static bool AreJoined(string text, AnalyzedToken left, AnalyzedToken right, bool chinese) => Joined(text, left.End, right.Start, chinese);

    /// <summary>The key of the words <paramref name="first"/> to <paramref name="last"/>, as the index stores it.</summary>
    internal static string KeyOf(IReadOnlyList<AnalyzedToken> words, int first, int last, bool chinese) =>
        new(new KeyBuffer().Write(words, first, last, chinese));

    /// <summary>
    /// Writes keys into one reused buffer, so that a key already seen can be looked up without a string of its own:
    /// a term lookup meets tens of thousands of shingles, most of them repeats.
    /// </summary>
    internal sealed class KeyBuffer
    {
        private char[] buffer = new char[64];

        /// <summary>The key of the words <paramref name="first"/> to <paramref name="last"/>, valid until the next call.</summary>
        public ReadOnlySpan<char> Write(IReadOnlyList<AnalyzedToken> words, int first, int last, bool chinese)
        {
            var length = 0;
            for (var i = first; i <= last; i++)
            {
                var term = words[i].Term;
                var needed = length + term.Length + 1;
                if (needed > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
                }

                if (i > first && !chinese)
                {
                    buffer[length++] = ' ';
                }

                term.CopyTo(buffer.AsSpan(length));
                length += term.Length;
            }

            return buffer.AsSpan(0, length);
        }
    }

    /// <summary>What a word can be in a term.</summary>
    private enum WordKind : byte
    {
        /// <summary>Not a term word: it ends a run of them (punctuation, numbers, Latin in Chinese).</summary>
        Ineligible,

        /// <summary>A term word that may start or end a term.</summary>
        Content,

        /// <summary>A Chinese character of its own: it may start or end a longer term, but is none alone.</summary>
        SingleCharacter,

        /// <summary>A term word that joins terms but neither starts nor ends one.</summary>
        Function,
    }

    private static bool All(ReadOnlySpan<char> span, Func<char, bool> test)
    {
        foreach (var c in span)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }
}
