namespace Alignment.Memory;

/// <summary>What a term lookup returns and how it ranks.</summary>
public sealed record TermLookupOptions
{
    private readonly int countLimit = 10_000;

    /// <summary>The default options: 5 candidates with 3 examples each, ranked by Dice.</summary>
    public static TermLookupOptions Default { get; } = new();

    /// <summary>How many candidate equivalents at most.</summary>
    public int MaxCandidates { get; init; } = 5;

    /// <summary>How many example units per candidate.</summary>
    public int ExamplesPerCandidate { get; init; } = 3;

    /// <summary>How candidates are ranked.</summary>
    public TermAssociation Association { get; init; } = TermAssociation.Dice;

    /// <summary>
    /// How many of the units containing the term are read to find candidates. Counts over more units are
    /// estimated from these; the memory-wide frequency of each candidate is always exact.
    /// </summary>
    public int SampleSize { get; init; } = 200;

    /// <summary>
    /// How many units holding the term are counted one by one (default 10,000). Beyond, the number is estimated from
    /// an evenly spread sample (<see cref="TermEquivalents.OccurrencesAreExact"/> is then false): counting every unit
    /// of a term found in half of a million-unit memory costs more than the rest of the lookup together.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int CountLimit
    {
        get => countLimit;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            countLimit = value;
        }
    }
}
