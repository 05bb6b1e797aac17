namespace Alignment.Interchange;

/// <summary>What a reader does with the inline codes of a segment (TMX <c>bpt</c>, <c>ept</c>, <c>ph</c>, <c>it</c>, <c>hi</c>, <c>ut</c>).</summary>
public enum InlineCodes
{
    /// <summary>
    /// Keep them: <see cref="Segment.Markup"/> holds the segment's inline markup as read, so a TMX written from the unit
    /// carries the codes again. <see cref="Segment.Text"/> is the plain text either way.
    /// </summary>
    Keep,

    /// <summary>Drop them: segments carry plain text only.</summary>
    Strip,
}
