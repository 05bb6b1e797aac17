namespace Alignment.Documents;

/// <summary>
/// One structural unit of a document: a paragraph, heading, list item, footnote, title or metadata line,
/// with its text repaired (wrapped lines rejoined, page furniture removed) and a map back to the original text.
/// </summary>
public sealed class Block
{
    private readonly OffsetMap sourceOffsets;

    /// <summary>Creates a block whose <paramref name="text"/> appears verbatim in the original at <paramref name="textStart"/>.</summary>
    /// <param name="index">Position of the block in its document, from 0.</param>
    /// <param name="kind">What the block is.</param>
    /// <param name="label">The block's label, or <see cref="BlockLabel.None"/>.</param>
    /// <param name="path">Where the block sits in the document structure.</param>
    /// <param name="text">The block's text, without its label.</param>
    /// <param name="source">The block's extent in the original text, label included.</param>
    /// <param name="textStart">Offset in the original text where <paramref name="text"/> begins.</param>
    public Block(int index, BlockKind kind, BlockLabel label, BlockPath path, string text, TextSpan source, int textStart)
        : this(index, kind, label, path, text, source, OffsetMap.Contiguous(textStart, text?.Length ?? 0), [])
    {
    }

    internal Block(
        int index,
        BlockKind kind,
        BlockLabel label,
        BlockPath path,
        string text,
        TextSpan source,
        OffsetMap sourceOffsets,
        IReadOnlyList<string> footnoteReferences)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(footnoteReferences);
        if (sourceOffsets.Length != text.Length)
        {
            throw new ArgumentException("Every character of the text needs its offset in the original.", nameof(sourceOffsets));
        }

        Index = index;
        Kind = kind;
        Label = label;
        Path = path;
        Text = text;
        Source = source;
        this.sourceOffsets = sourceOffsets;
        FootnoteReferences = footnoteReferences;
    }

    /// <summary>Position of the block in its document, from 0.</summary>
    public int Index { get; }

    /// <summary>What the block is.</summary>
    public BlockKind Kind { get; }

    /// <summary>The block's label as written and as an anchor; <see cref="BlockLabel.None"/> when unlabelled.</summary>
    public BlockLabel Label { get; }

    /// <summary>Where the block sits in the document structure.</summary>
    public BlockPath Path { get; }

    /// <summary>The repaired text of the block without its label; footnote markers stay in place as references.</summary>
    public string Text { get; }

    /// <summary>
    /// The block's extent in the original text, from its label (or first character) to the character that stands last
    /// there: text an extractor printed out of reading order, put back in its place, may come from further on.
    /// </summary>
    public TextSpan Source { get; }

    /// <summary>Anchors of the footnotes this block refers to (<c>1</c> for a <c>¹</c> in the text), in order of appearance.</summary>
    public IReadOnlyList<string> FootnoteReferences { get; }

    /// <summary>
    /// Maps a span of <see cref="Text"/> to the original text. The result runs from the lowest original position of the
    /// span's characters to just after the highest, so it may cover removed page furniture in between; usually those
    /// are the span's first and last characters, but not where the reader put back text an extractor had printed out of
    /// reading order.
    /// </summary>
    public TextSpan MapToSource(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The block text has {Text.Length} characters.");
        }

        if (span.Length == 0)
        {
            var at = span.Start < sourceOffsets.Length ? sourceOffsets[span.Start] : Source.End;
            return new TextSpan(at, 0);
        }

        var (min, max) = sourceOffsets.Bounds(span.Start, span.End);
        return TextSpan.FromBounds(min, max + 1);
    }

    /// <summary>The original offset of character <paramref name="index"/> of <see cref="Text"/>.</summary>
    public int SourceOffsetOf(int index) => sourceOffsets[index];

    /// <inheritdoc/>
    public override string ToString() => Label.IsNone ? $"{Kind} {Path}: {Text}" : $"{Kind} {Path}: {Label.Written} {Text}";
}
