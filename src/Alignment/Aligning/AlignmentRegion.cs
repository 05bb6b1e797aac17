namespace Alignment.Aligning;

/// <summary>
/// A stretch of the two documents to be aligned on its own: the sentences of a pair of anchored blocks, or those
/// between two anchors. Sentence indices are global and ascending; they are usually consecutive, but a region may
/// skip a footnote that was aligned elsewhere, and no bead may then span the gap.
/// </summary>
internal sealed record AlignmentRegion(int[] Source, int[] Target, bool Anchored)
{
    /// <summary>Source position used to order regions: the first source sentence, or where an empty side sits.</summary>
    public int SourceOrder { get; init; }
}
