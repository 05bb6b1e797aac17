namespace Alignment.Aligning;

/// <summary>
/// A stretch of the two documents to be aligned on its own: the sentences of a pair of anchored blocks and of the
/// blocks after them up to the next anchor, or those before the first anchor. Sentence indices are global and ascending; they are usually consecutive, but a region may
/// skip a footnote that was aligned elsewhere, and no bead may then span the gap.
/// </summary>
internal sealed record AlignmentRegion(int[] Source, int[] Target, bool Anchored)
{
    /// <summary>Source position used to order regions: the first source sentence, or where an empty side sits.</summary>
    public int SourceOrder { get; init; }

    /// <summary>
    /// How many of the first sentences of each side belong to the anchored pair of blocks (none when not
    /// <see cref="Anchored"/>): the pair's lengths are a sample of the translation's length ratio, the blocks after
    /// it not.
    /// </summary>
    public (int Source, int Target) AnchorSentences { get; init; }
}
