using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Matching;

/// <summary>
/// Fuzzy lookup by scoring every unit, with the same scorer and ordering as <see cref="TranslationMemory.Lookup(string, Language, Language, LookupOptions)"/>.
/// It is the reference the indexed lookup's recall and speed are measured against (OmegaT works this way).
/// </summary>
internal static class BruteForceLookup
{
    public static List<FuzzyMatch> Lookup(IReadOnlyList<TranslationUnit> units, string text, Language sourceLanguage, Language targetLanguage, LookupOptions options)
    {
        var scorer = new FuzzyScorer(text, options.Context, options.MinimumScore, options.Penalties);
        if (scorer.QueryLength == 0)
        {
            return [];
        }

        var matches = new List<(FuzzyMatch, int)>();
        for (var i = 0; i < units.Count; i++)
        {
            if (UnitMatcher.TryMatch(scorer, units[i], sourceLanguage.Code, targetLanguage.Code, out var match) && match.Score.Value >= options.MinimumScore)
            {
                matches.Add((match, i));
            }
        }

        return UnitMatcher.Best(matches, options.MinimumScore, options.MaxResults);
    }
}
