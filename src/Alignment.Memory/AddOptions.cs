namespace Alignment.Memory;

/// <summary>How <see cref="TranslationMemory.Add(IEnumerable{Interchange.TranslationUnit}, AddOptions)"/> treats the units it is given.</summary>
public sealed record AddOptions
{
    /// <summary>The default of <see cref="MaxSegmentLength"/>; searches also bound their work per unit by it, for units stored before the limit existed.</summary>
    internal const int DefaultMaxSegmentLength = 10_000;

    private readonly int maxSegmentLength = DefaultMaxSegmentLength;

    /// <summary>Duplicates are kept out; segments of up to 10,000 characters.</summary>
    public static AddOptions Default { get; } = new();

    /// <summary>What to do with a unit whose languages and texts are already in the memory (default: keep the stored one).</summary>
    public DuplicatePolicy Duplicates { get; init; } = DuplicatePolicy.Keep;

    /// <summary>
    /// The longest segment a unit may have, in UTF-16 code units (a Chinese character or a Latin letter counts one):
    /// a unit with a longer side is skipped and counted in <see cref="AddReport.TooLong"/>. The default, 10,000, is
    /// several times the longest sentence of a legal text and a long paragraph of a paragraph-segmented TMX; what
    /// exceeds it is a whole document in one segment, which would cost seconds and gigabytes to index and to search
    /// and could never be a useful match.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxSegmentLength
    {
        get => maxSegmentLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxSegmentLength = value;
        }
    }
}
