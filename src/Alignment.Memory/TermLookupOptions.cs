namespace Alignment.Memory;

/// <summary>What a term lookup returns and how it ranks.</summary>
public sealed record TermLookupOptions
{
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
    public int SampleSize { get; init; } = 500;
}
