namespace Alignment.Aligning;

/// <summary>
/// The shape of a bead: how many source sentences are paired with how many target sentences
/// (<c>1-1</c>, <c>1-2</c>, <c>2-1</c>, <c>1-3</c>, <c>3-1</c>, <c>2-2</c>, and <c>1-0</c>/<c>0-1</c> for sentences without a counterpart).
/// </summary>
/// <param name="SourceCount">Number of source sentences.</param>
/// <param name="TargetCount">Number of target sentences.</param>
public readonly record struct BeadType(int SourceCount, int TargetCount)
{
    /// <summary>One sentence translated by one sentence.</summary>
    public static BeadType OneToOne { get; } = new(1, 1);

    /// <summary>A source sentence with no counterpart.</summary>
    public static BeadType Deletion { get; } = new(1, 0);

    /// <summary>A target sentence with no counterpart.</summary>
    public static BeadType Insertion { get; } = new(0, 1);

    /// <summary>The shape of a translation unit whose alignment is not known (imported from elsewhere).</summary>
    public static BeadType Unknown { get; }

    /// <summary>True when one side is empty.</summary>
    public bool IsDeletionOrInsertion => (SourceCount == 0) != (TargetCount == 0);

    /// <summary>Parses <c>1-2</c> back into a bead type.</summary>
    /// <exception cref="FormatException">The text is not two counts joined by a hyphen.</exception>
    public static BeadType Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && int.TryParse(text.AsSpan(0, dash), out var source) && int.TryParse(text.AsSpan(dash + 1), out var target)
            && source >= 0 && target >= 0)
        {
            return new BeadType(source, target);
        }

        throw new FormatException($"'{text}' is not a bead type such as 1-1 or 2-1.");
    }

    /// <inheritdoc/>
    public override string ToString() => $"{SourceCount}-{TargetCount}";
}
