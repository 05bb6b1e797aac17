namespace Alignment.Memory;

/// <summary>
/// The points a match loses for differences that do not change its words, and for being an uncertain alignment
/// (<see cref="LookupOptions.Penalties"/>). Formatting penalties apply to otherwise identical text only, so that such
/// a match ranks just below 100 and above any match with a real edit in a segment of usual length; the confidence
/// penalty applies to every match of the unit. The defaults follow CAT tools: one point per kind of formatting
/// difference, five for a doubtful alignment.
/// </summary>
public sealed record MatchPenalties
{
    private readonly int whitespace = 1;
    private readonly int letterCase = 1;
    private readonly int width = 1;
    private readonly int label = 1;
    private readonly int lowConfidence = 5;
    private readonly double lowConfidenceThreshold = 0.5;

    /// <summary>One point for each kind of formatting difference, five for an aligned unit of confidence below 0.5.</summary>
    public static MatchPenalties Default { get; } = new();

    /// <summary>Points lost when only whitespace differs (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int Whitespace { get => whitespace; init => whitespace = Points(value); }

    /// <summary>Points lost when only letter case differs (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int Case { get => letterCase; init => letterCase = Points(value); }

    /// <summary>Points lost when only full-width/half-width forms differ (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int Width { get => width; init => width = Points(value); }

    /// <summary>Points lost when only the leading paragraph or list label differs, including a label on one side only (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int Label { get => label; init => label = Points(value); }

    /// <summary>Points lost by a unit the aligner produced with a confidence below <see cref="LowConfidenceThreshold"/> (default 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int LowConfidence { get => lowConfidence; init => lowConfidence = Points(value); }

    /// <summary>The aligner confidence below which an aligned unit is penalised (default 0.5); imported units never are.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–1.</exception>
    public double LowConfidenceThreshold
    {
        get => lowConfidenceThreshold;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            lowConfidenceThreshold = value;
        }
    }

    private static int Points(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 100);
        return value;
    }
}
