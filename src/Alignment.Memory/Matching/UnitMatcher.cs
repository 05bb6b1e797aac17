using Alignment.Interchange;

namespace Alignment.Memory.Matching;

/// <summary>Scores a stored unit against a lookup in a given direction, and orders the results.</summary>
internal static class UnitMatcher
{
    /// <summary>The match of <paramref name="unit"/>, seen from <paramref name="sourceCode"/> to <paramref name="targetCode"/>; false when the unit has not those two languages.</summary>
    public static bool TryMatch(FuzzyScorer scorer, TranslationUnit unit, string sourceCode, string targetCode, out FuzzyMatch match)
    {
        match = null!;
        var sameDirection = unit.Source.Language.Code == sourceCode;
        var (source, target) = sameDirection ? (unit.Source, unit.Target) : (unit.Target, unit.Source);
        if (source.Language.Code != sourceCode || target.Language.Code != targetCode)
        {
            return false;
        }

        var (score, differences) = scorer.Score(source.Text, CandidateFacts.Of(unit, sameDirection));
        match = new FuzzyMatch(unit, source, target, score, differences);
        return true;
    }

    /// <summary>
    /// The best <paramref name="count"/> matches at or above <paramref name="minimumScore"/>: highest score first,
    /// then the newest unit, then imported (people's) work before aligned, then the order the units were stored in.
    /// </summary>
    public static List<FuzzyMatch> Best(IEnumerable<(FuzzyMatch Match, int Order)> matches, int minimumScore, int count) =>
        [.. matches
            .Where(m => m.Match.Score.Value >= minimumScore)
            .OrderByDescending(m => m.Match.Score.Value)
            .ThenByDescending(m => m.Match.Unit.Created)
            .ThenBy(m => m.Match.Unit.Origin == UnitOrigin.Imported ? 0 : 1)
            .ThenBy(m => m.Order)
            .Take(count)
            .Select(m => m.Match)];
}
