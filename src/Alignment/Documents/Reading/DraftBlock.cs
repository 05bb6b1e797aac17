namespace Alignment.Documents.Reading;

/// <summary>A block being assembled from lines: its label, its lines so far and, once closed, its placement.</summary>
internal sealed class DraftBlock
{
    private readonly List<ContentLine> lines = [];
    private readonly LineJoiner joiner;
    private MappedText? text;

    public DraftBlock(ContentLine first, LabelCandidate? label, LineJoiner joiner)
    {
        this.joiner = joiner;
        Label = label;
        AnnexSection = label is null ? first.AnnexSection : string.Empty;
        lines.Add(first);
    }

    /// <summary>The label the block starts with, or null when it has none.</summary>
    public LabelCandidate? Label { get; }

    /// <summary>The annex this block opens, or empty.</summary>
    public string AnnexSection { get; }

    public IReadOnlyList<ContentLine> Lines => lines;

    public bool IsFootnote => Label?.Style == LabelStyle.Footnote;

    public bool IsAnnexMarker => AnnexSection.Length > 0;

    /// <summary>One unlabelled line that reads as a date, a language name or the like.</summary>
    public bool IsMetadataLine => Label is null && !IsAnnexMarker && lines.Count == 1 && lines[0].IsMetadata;

    /// <summary>The repaired text without the label, joined from the lines.</summary>
    public MappedText Text => text ??= joiner.Join(Parts());

    public Placement? Placement { get; set; }

    public void Add(ContentLine line)
    {
        lines.Add(line);
        text = null;
    }

    private IEnumerable<(MappedText, int)> Parts()
    {
        var first = lines[0];
        yield return (first.Text.Substring(Label?.TextStart ?? 0), first.Source.BreakOffset);
        foreach (var line in lines.Skip(1))
        {
            yield return (line.Text, line.Source.BreakOffset);
        }
    }
}
