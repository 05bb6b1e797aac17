namespace Alignment.Documents.Reading;

/// <summary>A block being assembled from lines: its label, its lines so far and, once closed, its placement.</summary>
internal sealed class DraftBlock
{
    private readonly List<ContentLine> lines = [];
    private readonly LineJoiner joiner;

    /// <summary>The text is joined as lines arrive, so that a long paragraph costs no more than its length.</summary>
    private readonly MappedTextBuilder text = new();

    public DraftBlock(ContentLine first, LabelCandidate? label, LineJoiner joiner)
    {
        this.joiner = joiner;
        Label = label;
        AnnexSection = label is null ? first.AnnexSection : string.Empty;
        lines.Add(first);
        joiner.Append(text, first.Text.Substring(label?.TextStart ?? 0), first.Source.BreakOffset);
    }

    /// <summary>The label the block starts with, or null when it has none.</summary>
    public LabelCandidate? Label { get; }

    /// <summary>The annex this block opens, or empty.</summary>
    public string AnnexSection { get; }

    public IReadOnlyList<ContentLine> Lines => lines;

    public bool IsFootnote => Label?.Style == LabelStyle.Footnote;

    public bool IsAnnexMarker => AnnexSection.Length > 0;

    /// <summary>The block is a table's cell (a Word table; a PDF's and a text's rows are found by their shape, see <see cref="TableRow"/>).</summary>
    public bool IsTableCell => lines[0].InTableCell;

    /// <summary>One unlabelled line that reads as a date, a language name or the like.</summary>
    public bool IsMetadataLine => Label is null && !IsAnnexMarker && lines.Count == 1 && lines[0].IsMetadata;

    /// <summary>The repaired text so far, without the label; valid until the next line is added.</summary>
    public ReadOnlySpan<char> Chars => text.Span;

    /// <summary>The repaired text without the label, with its offsets in the original.</summary>
    public MappedText ToMappedText() => text.ToMappedText();

    public Placement? Placement { get; set; }

    public void Add(ContentLine line)
    {
        joiner.Append(text, line.Text, lines[^1].Source.BreakOffset);
        lines.Add(line);
    }
}
