using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>
/// Finds where the sentences of a text end: the candidates are ICU's sentence boundaries and the positions
/// where an SRX break rule applies; at each candidate the rules decide, and where none applies, ICU does.
/// </summary>
/// <remarks>
/// A candidate stands for the whole run of whitespace around it (ICU breaks after the spaces, SRX rules are
/// usually written to break before them), so the rules are tried at every position of that run.
/// </remarks>
internal static class BreakFinder
{
    /// <summary>The positions where <paramref name="text"/> is cut into sentences, in order, each at the start of the whitespace between two sentences.</summary>
    public static List<int> Find(string text, Language language, LanguageRules rules)
    {
        var icu = new List<int>();
        IcuSentenceBoundaries.Find(text, language, icu);
        var fromRules = new List<int>();
        rules.FindBreakRulePositions(text, fromRules);
        fromRules.Sort();

        var cuts = new List<int>();
        int i = 0, j = 0;
        while (i < icu.Count || j < fromRules.Count)
        {
            var candidate = j == fromRules.Count || (i < icu.Count && icu[i] <= fromRules[j]) ? icu[i] : fromRules[j];
            var (first, last) = WhitespaceAround(text, candidate);

            // Every candidate up to the end of this run of whitespace is the same place; ICU breaks at that
            // place when any of its boundaries lies in the run.
            var icuBreaks = i < icu.Count && icu[i] <= last;
            while (i < icu.Count && icu[i] <= last)
            {
                i++;
            }

            while (j < fromRules.Count && fromRules[j] <= last)
            {
                j++;
            }

            if (first == 0 || last == text.Length)
            {
                continue;
            }

            var decision = rules.Decide(text, first, last);
            if (decision == BreakDecision.Break || (decision == BreakDecision.Undecided && icuBreaks))
            {
                cuts.Add(first);
            }
        }

        return cuts;
    }

    private static (int First, int Last) WhitespaceAround(string text, int position)
    {
        var first = position;
        while (first > 0 && char.IsWhiteSpace(text[first - 1]))
        {
            first--;
        }

        var last = position;
        while (last < text.Length && char.IsWhiteSpace(text[last]))
        {
            last++;
        }

        return (first, last);
    }
}
