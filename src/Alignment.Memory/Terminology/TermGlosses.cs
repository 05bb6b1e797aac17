using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// What the bundled lexicon says a Chinese text's parts mean: for each run of one to four Han characters it knows, the
/// English content words of its glosses, as the index keeps English words. It tells whether a longer candidate adds the
/// translation of a part of the term that its piece leaves out (bamboo of bamboo pole, by 竹 of 竹篙), which the
/// association of a frequent term cannot: a translator who writes the term's short form half the time makes the piece
/// co-occur more often than the whole.
/// </summary>
internal static class TermGlosses
{
    private const int LongestPart = 4;

    private static readonly ConcurrentDictionary<string, HashSet<string>> Words = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="longer"/> adds to <paramref name="piece"/> (both keys of candidates) the translation of a
    /// part of the term that none of the piece translates: a word it adds glosses a part of a Chinese term that no word
    /// of the piece glosses, or, for an English term, Chinese it adds glosses a word of the term that nothing of the
    /// piece glosses.
    /// </summary>
    public static bool AddsTranslationOfTheTerm(string term, Language language, string longer, string piece)
    {
        if (language.IsChinese)
        {
            var pieceWords = piece.Split(' ').ToHashSet(StringComparer.Ordinal);
            var added = longer.Split(' ').Where(w => !pieceWords.Contains(w) && !FunctionWords.IsEnglishFunctionWord(w)).ToList();
            return added.Count > 0 && Parts(term).Any(glossed => added.Any(glossed.Contains) && !glossed.Overlaps(pieceWords));
        }

        var at = longer.IndexOf(piece, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var termWords = EnglishWords(term);
        var pieceGlosses = Parts(piece).SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        return Parts(longer[..at]).Concat(Parts(longer[(at + piece.Length)..]))
            .Any(glossed => glossed.Any(w => termWords.Contains(w) && !pieceGlosses.Contains(w)));
    }

    /// <summary>
    /// Whether <paramref name="englishWord"/> (as the index keeps English words) is what the last character of the Chinese
    /// term <paramref name="chinese"/> means by itself: the head of a Chinese compound is its last character (海 of 领海,
    /// 国 of 会员国), whose gloss names the head noun English writes last (territorial sea, Member States).
    /// </summary>
    public static bool GlossesTheHead(string chinese, string englishWord)
    {
        var trimmed = chinese.TrimEnd();
        return trimmed.Length > 1 && Han.IsIdeograph(trimmed[^1]) && Han.IsIdeograph(trimmed[^2])
            && Words.GetOrAdd(trimmed[^1..], p => EnglishWords(string.Join(" ; ", Lexicon.Bundled.Lookup(p)))).Contains(englishWord);
    }

    /// <summary>The gloss words of each run of Han characters of <paramref name="chinese"/> that the lexicon knows.</summary>
    private static IEnumerable<HashSet<string>> Parts(string chinese)
    {
        for (var start = 0; start < chinese.Length; start++)
        {
            for (var length = 1; length <= LongestPart && start + length <= chinese.Length; length++)
            {
                var part = chinese.Substring(start, length);
                if (!part.All(Han.IsIdeograph))
                {
                    break;
                }

                if (Words.GetOrAdd(part, p => EnglishWords(string.Join(" ; ", Lexicon.Bundled.Lookup(p)))) is { Count: > 0 } glossed)
                {
                    yield return glossed;
                }
            }
        }
    }

    private static HashSet<string> EnglishWords(string english) =>
        [.. AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), english).Select(w => w.Term).Where(w => !FunctionWords.IsEnglishFunctionWord(w))];
}
