namespace Alignment.Memory;

/// <summary>
/// The points a match loses for differences that do not change its words, and for being an uncertain alignment.
/// Formatting penalties apply to otherwise identical text only, so that such a match ranks just below 100 and above
/// any match with a real edit in a segment of usual length; the confidence penalty applies to every match of the unit.
/// </summary>
public static class MatchPenalty
{
    /// <summary>Points lost when only whitespace differs.</summary>
    public const int Whitespace = 1;

    /// <summary>Points lost when only letter case differs.</summary>
    public const int Case = 1;

    /// <summary>Points lost when only full-width/half-width forms differ.</summary>
    public const int Width = 1;

    /// <summary>Points lost when only the leading paragraph or list label differs (including a label on one side only).</summary>
    public const int Label = 1;

    /// <summary>Points lost by a unit the aligner produced with a confidence below <see cref="LowConfidenceThreshold"/>.</summary>
    public const int LowConfidence = 5;

    /// <summary>The aligner confidence below which an aligned unit is penalised; imported units are never penalised.</summary>
    public const double LowConfidenceThreshold = 0.5;
}
