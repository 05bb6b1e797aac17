using Alignment.Interchange;
using Alignment.Writing;

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

        var facts = CandidateFacts.Of(unit, sameDirection);
        var (score, differences) = scorer.Score(source.Text, facts);
        var suggestion = differences.HasFlag(MatchDifferences.Label) ? target with { Text = Relabel(target.Text, scorer.QueryText) } : target;
        match = new FuzzyMatch(unit, source, suggestion, score, differences)
        {
            Context = score.Band == MatchBand.Context ? scorer.ContextOf(facts) : MatchedContext.None,
        };
        return true;
    }

    /// <summary>
    /// Gives a suggested translation the looked-up segment's leading label in place of the stored one, as CAT tools
    /// treat numbers as placeables: looking up <c>会员国应…</c> suggests <c>Member States should…</c>, not the stored
    /// <c>18. Member States should…</c>, and <c>19. 会员国应…</c> suggests <c>19. Member States should…</c>.
    /// </summary>
    internal static string Relabel(string translation, string query)
    {
        var (queryLabel, _) = LeadingLabel.Split(query);
        var (_, rest) = LeadingLabel.Split(translation);
        rest = rest.TrimStart();
        if (queryLabel.Length == 0 || rest.Length == 0)
        {
            return rest.Length == 0 ? translation : rest;
        }

        // A label written against Chinese text ("（一）会员国", "三、会员国") takes no space.
        var joined = queryLabel[^1] is '、' or '）' or '．' && Han.IsIdeograph(rest[0]);
        return joined ? queryLabel + rest : queryLabel + " " + rest;
    }

    /// <summary>
    /// The best <paramref name="count"/> matches at or above <paramref name="minimumScore"/>: highest score first,
    /// then the newest unit, then people's work (imported, confirmed or edited) before the aligner's, then by text and id, so that equal matches
    /// come in the same order whatever order indexing threads stored them in.
    /// </summary>
    public static List<FuzzyMatch> Best(IEnumerable<(FuzzyMatch Match, int Order)> matches, int minimumScore, int count) =>
        [.. matches
            .Where(m => m.Match.Score.Value >= minimumScore)
            .OrderByDescending(m => m.Match.Score.Value)
            .ThenByDescending(m => m.Match.Unit.Created)
            .ThenBy(m => m.Match.Unit.Origin == UnitOrigin.Aligned ? 1 : 0)
            .ThenBy(m => m.Match.Source.Text, StringComparer.Ordinal)
            .ThenBy(m => m.Match.Unit.Id, StringComparer.Ordinal)
            .ThenBy(m => m.Order)
            .Take(count)
            .Select(m => m.Match)];
}
