namespace Alignment.Memory;

/// <summary>How a glossary is extracted from the memory.</summary>
public sealed record TermExtractionOptions
{
    /// <summary>The default options: up to 200 entries of terms seen in at least 3 units, equivalents scoring at least 0.3.</summary>
    public static TermExtractionOptions Default { get; } = new();

    /// <summary>The most entries the glossary gets.</summary>
    public int MaxEntries { get; init; } = 200;

    /// <summary>A source term must occur in at least this many units.</summary>
    public int MinOccurrences { get; init; } = 3;

    /// <summary>An equivalent must reach this association (Dice) to be entered.</summary>
    public double MinScore { get; init; } = 0.3;
}
