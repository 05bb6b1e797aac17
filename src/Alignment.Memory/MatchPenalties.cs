namespace Alignment.Memory;

/// <summary>
/// The points a match loses for differences that do not change its words, and for being an uncertain alignment
/// (<see cref="LookupOptions.Penalties"/>). Formatting penalties apply to otherwise identical text only, so that such
/// a match ranks just below 100 and above any match with a real edit in a segment of usual length; the confidence
/// penalty applies to every match of the unit and grows with its doubt, so that a pair the aligner was unsure of
/// never looks like a near-exact match. The defaults follow CAT tools: one point per kind of formatting difference,
/// five for an alignment just below the threshold, rising to forty for one of confidence 0.
/// </summary>
public sealed record MatchPenalties
{
    private readonly int whitespace = 1;
    private readonly int letterCase = 1;
    private readonly int width = 1;
    private readonly int label = 1;
    private readonly int script = 1;
    private readonly int lowConfidence = 5;
    private readonly int noConfidence = 40;
    private readonly double lowConfidenceThreshold = 0.5;

    /// <summary>One point for each kind of formatting difference; five to forty for an aligned unit of confidence below 0.5.</summary>
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

    /// <summary>Points lost when only the Chinese script differs, traditional against simplified characters (default 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int Script { get => script; init => script = Points(value); }

    /// <summary>Points lost by a unit the aligner produced with a confidence just below <see cref="LowConfidenceThreshold"/> (default 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int LowConfidence { get => lowConfidence; init => lowConfidence = Points(value); }

    /// <summary>
    /// Points lost by an aligned unit of confidence 0 (default 40). Between 0 and <see cref="LowConfidenceThreshold"/>
    /// the penalty runs in a straight line from this to <see cref="LowConfidence"/>: with the defaults a unit of
    /// confidence 0.25 loses 23 points, so its exact match shows as 77%.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    public int NoConfidence { get => noConfidence; init => noConfidence = Points(value); }

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

    /// <summary>The points lost by an aligned unit of <paramref name="confidence"/>: 0 at or above <see cref="LowConfidenceThreshold"/>.</summary>
    public int ForConfidence(double confidence)
    {
        if (!(confidence < lowConfidenceThreshold))
        {
            return 0;
        }

        var doubt = (lowConfidenceThreshold - Math.Max(confidence, 0)) / lowConfidenceThreshold;
        return (int)Math.Round(lowConfidence + ((noConfidence - lowConfidence) * doubt), MidpointRounding.AwayFromZero);
    }

    private static int Points(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 100);
        return value;
    }
}
