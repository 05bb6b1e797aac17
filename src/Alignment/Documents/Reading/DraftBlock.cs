namespace Alignment.Documents.Reading;

/// <summary>
/// A block being assembled from lines: its label, its lines so far and, once closed, its placement. A closed draft
/// keeps only what the block is built from (its text, where it stands, its label and placement): a document has as
/// many drafts as blocks, all alive until the last is built, so the lines and the builder go as soon as no more
/// lines can come.
/// </summary>
internal sealed class DraftBlock
{
    private readonly LineJoiner joiner;

    /// <summary>The lines so far; null once closed.</summary>
    private List<ContentLine>? lines;

    /// <summary>
    /// The text joined so far, once a second line has come; the text is joined as lines arrive, so that a long
    /// paragraph costs no more than its length. Most blocks are one line, whose text is that line's, not a copy.
    /// </summary>
    private MappedTextBuilder? joined;

    /// <summary>The text while the block is one line, and once it is closed.</summary>
    private MappedText text;

    public DraftBlock(ContentLine first, LabelCandidate? label, LineJoiner joiner)
    {
        this.joiner = joiner;
        Label = label;
        AnnexSection = label is null ? first.AnnexSection : string.Empty;
        StyledHeading = first.Heading;
        lines = [first];
        text = first.Text.Substring(label?.TextStart ?? 0);
        LabelOffset = first.Text.OffsetOf(0);
        if (label is not null)
        {
            LabelText = Prefix(first.Text, first.Text.Text.AsSpan(0, label.TextStart).TrimEnd().Length);
        }
    }

    /// <summary>The label as the line wrote it, with its offsets in the original; empty when the block has none.</summary>
    public MappedText LabelText { get; } = MappedText.Empty;

    /// <summary>The label the block starts with, or null when it has none.</summary>
    public LabelCandidate? Label { get; }

    /// <summary>The annex this block opens, or empty.</summary>
    public string AnnexSection { get; }

    /// <summary>The lines so far; only while the draft is open.</summary>
    public IReadOnlyList<ContentLine> Lines => lines ?? throw new InvalidOperationException("A closed draft keeps no lines.");

    /// <summary>What the style of the block's paragraph makes it (Word's heading styles); none for text.</summary>
    public StyledHeading StyledHeading { get; }

    public bool IsFootnote => Label?.Style == LabelStyle.Footnote;

    public bool IsAnnexMarker => AnnexSection.Length > 0;

    /// <summary>The block is a table's cell (a Word table; a PDF's and a text's rows are found by their shape, see <see cref="TableRow"/>).</summary>
    public bool IsTableCell => Lines[0].InTableCell;

    /// <summary>One unlabelled line that reads as a date, a language name or the like.</summary>
    public bool IsMetadataLine => Label is null && !IsAnnexMarker && Lines.Count == 1 && Lines[0].IsMetadata;

    /// <summary>The repaired text so far, without the label; valid until the next line is added.</summary>
    public ReadOnlySpan<char> Chars => joined is null ? text.Text : joined.Span;

    /// <summary>Where the block's first line (its label, if it has one) starts in the original.</summary>
    public int LabelOffset { get; }

    /// <summary>The repaired text without the label, with its offsets in the original; once closed.</summary>
    public MappedText Text => lines is null ? text : throw new InvalidOperationException("The draft is still open.");

    /// <summary>
    /// The block's extent in the original, from its label or first character to the character that stands last there;
    /// once closed.
    /// </summary>
    public TextSpan Source { get; private set; }

    public Placement? Placement { get; set; }

    /// <summary>The widest line, in display columns, that a next line went on from: a measure the block's lines had.</summary>
    public int WidestWrapped { get; private set; }

    public void Add(ContentLine line)
    {
        var open = lines ?? throw new InvalidOperationException("A closed draft takes no more lines.");
        if (joined is null)
        {
            joined = new MappedTextBuilder(text.Length);
            joined.Append(text);
        }

        joiner.Append(joined, line.Text, open[^1].Source.BreakOffset);
        WidestWrapped = Math.Max(WidestWrapped, TextShape.Width(open[^1].Text.Text));
        open.Add(line);
    }

    /// <summary>No more lines will come: keeps the text and where the block stands, and lets the lines go.</summary>
    public void Close()
    {
        if (lines is null)
        {
            return;
        }

        if (joined is not null)
        {
            text = joined.ToMappedText();
            joined = null;
        }

        var first = lines[0].Text;
        var (min, max) = text.Length > 0 ? text.Offsets.Bounds(0, text.Length) : first.Offsets.Bounds(0, first.Length);
        Source = TextSpan.FromBounds(Math.Min(LabelOffset, min), max + 1);
        lines = null;
    }

    private static MappedText Prefix(MappedText line, int length)
    {
        var offsets = new OffsetMap.Builder();
        for (var i = 0; i < length; i++)
        {
            offsets.Add(line.OffsetOf(i));
        }

        return new MappedText(line.Text[..length], offsets.ToMap());
    }
}
