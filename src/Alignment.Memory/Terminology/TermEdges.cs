using Alignment.Memory.Searching;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Where a term's words stand as the other language orders them. A capitalised English name writes what qualifies its
/// head after a preposition (Board of Auditors, Convention on … in Respect of Intercountry Adoption) and a name's number
/// last (general comment No. 19, Convention No. 138); Chinese writes both first (审计委员会, 跨国收养方面…公约,
/// 第19号一般性意见). So a Chinese translation's first words answer such a name's words after its first preposition, and
/// its last words the words before it; the number English writes last, with its No., and the number Chinese writes
/// first, with its 第 and 号, stand apart from that order. Other terms keep their order (smuggling of migrants, 偷运移民:
/// a verb's noun and its object). Stateless; thread-safe.
/// </summary>
internal static class TermEdges
{
    /// <summary>Prepositions after which English writes what Chinese writes before the noun they follow.</summary>
    private static readonly HashSet<string> Postmodifying = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "on", "in", "to", "against", "with", "from", "by" };

    /// <summary>
    /// Whether the term, whose words in <paramref name="words"/> are <paramref name="span"/>, holds a word of
    /// <paramref name="unexplained"/> where a translation's first words (<c>AtStart</c>) and its last words
    /// (<c>AtEnd</c>) answer it.
    /// </summary>
    public static (bool AtStart, bool AtEnd) UnexplainedAtEdges(List<AnalyzedToken> words, string text, HashSet<int> span, HashSet<int> unexplained, bool chinese)
    {
        var ordered = span.Order().ToList();
        var first = 0;
        var last = ordered.Count - 1;
        bool IsNumberPart(int at) =>
            TermShingles.IsNumberWord(words[ordered[at]], text, chinese) || Surface(words[ordered[at]], text) is "No" or "Nos" or "No." or "第" or "号";
        while (chinese && first < last && IsNumberPart(first))
        {
            first++;
        }

        while (!chinese && last > first && IsNumberPart(last))
        {
            last--;
        }

        var preposition = chinese || !char.IsUpper(text[words[ordered[first]].Start]) ? -1
            : ordered.FindIndex(first, last - first + 1, i => Postmodifying.Contains(Surface(words[i], text)));
        if (preposition <= first)
        {
            return (unexplained.Contains(ordered[first]), unexplained.Contains(ordered[last]));
        }

        return (ordered.Skip(preposition + 1).Take(last - preposition).Any(unexplained.Contains),
            ordered.Skip(first).Take(preposition - first).Any(unexplained.Contains));
    }

    private static string Surface(AnalyzedToken word, string text) => text[word.Start..word.End];
}
