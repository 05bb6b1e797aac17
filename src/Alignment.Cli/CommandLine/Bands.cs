using System.Globalization;
using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>Match bands as CAT tools show them.</summary>
internal static class Bands
{
    /// <summary>
    /// The match's band, and its alignment doubt when it has one: a unit the aligner was unsure of says so wherever
    /// a match is shown (<c>75–84%, doubtful alignment: confidence 0.25, −23 points</c>).
    /// </summary>
    public static string Show(FuzzyMatch match, MatchPenalties penalties) =>
        match.Band == MatchBand.Context ? match.Context switch
        {
            MatchedContext.Previous => "context match: previous segment",
            MatchedContext.Next => "context match: next segment",
            _ => "context match: previous and next segments",
        }
        : match.Differences.HasFlag(MatchDifferences.LowConfidence)
            ? string.Create(CultureInfo.InvariantCulture, $"{Show(match.Band)}, {Doubt(match.Unit)}, −{penalties.ForConfidence(match.Unit.Provenance.Confidence)} points")
            : Show(match.Band);

    /// <summary>
    /// Whether <paramref name="unit"/> is one the aligner was unsure of, by the threshold lookup penalises below: an
    /// aligned unit under <see cref="MatchPenalties.LowConfidenceThreshold"/>; imported and reviewed units never are.
    /// </summary>
    public static bool IsDoubtful(Interchange.TranslationUnit unit, MatchPenalties penalties) =>
        unit.Origin == Interchange.UnitOrigin.Aligned && unit.Provenance.Confidence < penalties.LowConfidenceThreshold;

    /// <summary>What a display says of a doubtful unit, in the words lookup uses: <c>doubtful alignment: confidence 0.25</c>.</summary>
    public static string Doubt(Interchange.TranslationUnit unit) =>
        string.Create(CultureInfo.InvariantCulture, $"doubtful alignment: confidence {unit.Provenance.Confidence:0.00}");

    public static string Show(MatchBand band) => band switch
    {
        MatchBand.Context => "context match",
        MatchBand.Exact => "exact",
        MatchBand.Fuzzy95To99 => "95–99%",
        MatchBand.Fuzzy85To94 => "85–94%",
        MatchBand.Fuzzy75To84 => "75–84%",
        MatchBand.Fuzzy50To74 => "50–74%",
        _ => "below 50%",
    };
}
