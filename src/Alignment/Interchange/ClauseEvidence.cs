using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// What pieces of Chinese and English text have in common, as keys: the lexicon's concepts (a Chinese term and its
/// translations), numbers (<c>4 000</c> and <c>4,000</c> alike), words written in Latin letters in the Chinese
/// (names, acronyms), and, where both sides quote as often, each quotation by its place in the order. A key found in one Chinese piece and one English piece says those pieces translate each other.
/// </summary>
internal static class ClauseEvidence
{
    /// <summary>The keys of each Chinese and each English piece.</summary>
    public static (List<HashSet<string>> Chinese, List<HashSet<string>> English) Between(
        IReadOnlyList<string> chinese, IReadOnlyList<string> english, Lexicon lexicon)
    {
        // A single character's word (说, 年) is in most clauses of a sentence: it would place no cut, only blur one.
        int[][] concepts = [.. LexiconMatcher.ChineseConcepts(lexicon, chinese).Select(c => c.Where(t => !lexicon.Terms.IsCharacter(t)).ToArray())];
        var matcher = new LexiconMatcher(lexicon, concepts.SelectMany(c => c));
        var chineseKeys = chinese.Select((text, i) => Keys(text, concepts[i], chinese: true)).ToList();
        var englishKeys = english.Select(text => Keys(text, lexicon.IsEmpty ? [] : matcher.EnglishConcepts(text), chinese: false)).ToList();
        if (Quotations(chinese, IsChineseOpeningQuote) is var zh && Quotations(english, IsEnglishOpeningQuote) is var en && zh.Count == en.Count)
        {
            // Dialogue keeps its turns in order: the n-th quotation of one side is the n-th of the other.
            for (var n = 0; n < zh.Count; n++)
            {
                var key = "q" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                chineseKeys[zh[n]].Add(key);
                englishKeys[en[n]].Add(key);
            }
        }

        return (chineseKeys, englishKeys);
    }

    /// <summary>The piece each quotation opens in, in order.</summary>
    private static List<int> Quotations(IReadOnlyList<string> pieces, Func<string, int, bool> opens)
    {
        var found = new List<int>();
        for (var p = 0; p < pieces.Count; p++)
        {
            for (var i = 0; i < pieces[p].Length; i++)
            {
                if (opens(pieces[p], i))
                {
                    found.Add(p);
                }
            }
        }

        return found;
    }

    private static bool IsChineseOpeningQuote(string text, int i) => text[i] is '「' or '『' or '“';

    private static bool IsEnglishOpeningQuote(string text, int i) =>
        text[i] == '“' || (text[i] == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '('));

    /// <summary>The piece's concepts and what translation carries over unchanged, as the aligner reads it (<see cref="InvariantTokens"/>).</summary>
    private static HashSet<string> Keys(string text, int[] concepts, bool chinese)
    {
        var keys = concepts.Select(c => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        var (invariants, latin) = (new List<string>(), new List<string>());
        InvariantTokens.Extract(text, chinese, invariants, latin, []);
        keys.UnionWith(invariants);
        keys.UnionWith(latin.Where(w => w.Length > 3 && !Writing.FunctionWords.IsEnglishFunctionWord(w.AsSpan(2))));
        return keys;
    }
}
