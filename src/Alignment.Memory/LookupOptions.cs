namespace Alignment.Memory;

/// <summary>How many fuzzy matches to return and how good they must be.</summary>
public sealed record LookupOptions
{
    private readonly int maxResults = 5;
    private readonly int minimumScore = 70;

    /// <summary>The CAT-tool defaults: five results of at least 70%, no context.</summary>
    public static LookupOptions Default { get; } = new();

    /// <summary>The most matches to return, best first (default 5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 1.</exception>
    public int MaxResults
    {
        get => maxResults;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxResults = value;
        }
    }

    /// <summary>The lowest score returned, 0–101 (default 70).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–101.</exception>
    public int MinimumScore
    {
        get => minimumScore;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MatchScore.ContextValue);
            minimumScore = value;
        }
    }

    /// <summary>The neighbouring source segments, for context (101%) matches.</summary>
    public LookupContext Context { get; init; } = LookupContext.None;

    /// <summary>The points a match loses for formatting differences and doubtful alignments (<see cref="MatchPenalties.Default"/>).</summary>
    public MatchPenalties Penalties { get; init; } = MatchPenalties.Default;
}
