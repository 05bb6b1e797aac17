namespace Alignment.Documents;

/// <summary>
/// A block's label: as written in the text, and normalised into an anchor that means the same in every language
/// (<c>一.</c> and <c>I.</c> both anchor as <c>I</c>; <c>（一）</c> as <c>(1)</c>; <c>第3条</c> as <c>article 3</c>; <c>¹</c> as <c>1</c>,
/// the anchor that <see cref="Block.FootnoteReferences"/> lists).
/// </summary>
/// <param name="Written">The label exactly as it appears, e.g. <c>12.</c>, <c>- (b)</c>, <c>一.</c>.</param>
/// <param name="Anchor">The normalised label used to pair blocks across languages, e.g. <c>12</c>, <c>(b)</c>, <c>I</c>.</param>
/// <param name="Style">The numbering system of the label.</param>
public sealed record BlockLabel(string Written, string Anchor, LabelStyle Style)
{
    /// <summary>The label of an unlabelled block.</summary>
    public static BlockLabel None { get; } = new(string.Empty, string.Empty, LabelStyle.None);

    /// <summary>
    /// True when the document's list numbering generated the label (Word's automatic paragraph numbers): it is not
    /// part of the text, so a CAT tool's segments of the document do not hold it.
    /// </summary>
    public bool IsGenerated { get; init; }

    /// <summary>True for <see cref="None"/>.</summary>
    public bool IsNone => Style == LabelStyle.None;

    /// <inheritdoc/>
    public override string ToString() => Written;
}
