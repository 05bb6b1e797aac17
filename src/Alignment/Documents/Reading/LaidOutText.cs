using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// Text that a PDF or Word reader has already laid out: its lines in reading order, a blank line wherever a paragraph
/// (or a footnote) starts for certain, page furniture left out, and where every line came from. The text reader then
/// finds labels and structure in it as in any text, but trusts these paragraph boundaries instead of guessing them.
/// </summary>
internal sealed class LaidOutText
{
    private StringBuilder text = new();
    private List<int> starts = [];
    private List<SourceLocation> locations = [];
    private readonly HashSet<int> generatedLabels = [];
    private readonly HashSet<int> tableCellLines = [];
    private readonly Dictionary<int, StyledHeading> styledHeadings = [];
    private bool paragraphPending;
    private bool isFinished;
    private bool inTableCell;
    private StyledHeading heading;

    public int Length => text.Length;

    /// <summary>
    /// Whether the lines are those of a plain text file (a hard-wrapped text opened in a word processor), to be read
    /// by the text file's rules: lines joined as wrapped text, page furniture looked for; otherwise every paragraph
    /// break is where the layout put it.
    /// </summary>
    public bool ReadAsText { get; init; }

    /// <summary>The next line starts a paragraph.</summary>
    public void StartParagraph() => (paragraphPending, inTableCell, heading) = (true, false, StyledHeading.None);

    /// <summary>
    /// The next line starts a paragraph that its style makes a heading or title; it and the lines after it, up to the
    /// next start, are the heading's.
    /// </summary>
    public void StartHeading(StyledHeading styled) => (paragraphPending, inTableCell, heading) = (true, false, styled);

    /// <summary>The next line starts a paragraph that is a table's cell; it and the lines after it, up to the next start, are the cell's.</summary>
    public void StartTableCell() => (paragraphPending, inTableCell, heading) = (true, true, StyledHeading.None);

    /// <summary>Adds a line (no line breaks in it) that came from <paramref name="location"/>.</summary>
    public void AddLine(string line, SourceLocation location) => AddLine(line, location, generatedLabel: false);

    /// <summary>
    /// Adds a line that starts with a label the document's list numbering generated (Word's automatic paragraph
    /// numbers): it is read as any label, but it is not part of the text a CAT tool segments.
    /// </summary>
    public void AddLabelledLine(string line, SourceLocation location) => AddLine(line, location, generatedLabel: true);

    /// <summary>Where the lines that start with a generated label start in the text.</summary>
    public IReadOnlySet<int> GeneratedLabels => generatedLabels;

    /// <summary>Where the lines of table cells start in the text.</summary>
    public IReadOnlySet<int> TableCellLines => tableCellLines;

    /// <summary>Where the lines of paragraphs styled as headings or titles start in the text, and which they are.</summary>
    public IReadOnlyDictionary<int, StyledHeading> StyledHeadings => styledHeadings;

    private void AddLine(string line, SourceLocation location, bool generatedLabel)
    {
        if (isFinished)
        {
            throw new InvalidOperationException("The text was handed over: no line can be added.");
        }

        if (text.Length > 0)
        {
            text.Append(paragraphPending ? "\n\n" : "\n");
        }

        paragraphPending = false;
        starts.Add(text.Length);
        locations.Add(location);
        if (generatedLabel)
        {
            generatedLabels.Add(text.Length);
        }

        if (inTableCell)
        {
            tableCellLines.Add(text.Length);
        }

        if (heading != StyledHeading.None)
        {
            styledHeadings[text.Length] = heading;
        }

        text.Append(line);
    }

    /// <summary>
    /// The text and where its lines came from, handed over once: the layout lets go of its own copies, so that a
    /// long document is not held twice while the text reader reads it. No line can be added after. The locations are
    /// null when no line was added.
    /// </summary>
    public (string Text, LocationMap? Locations) Finish()
    {
        var finished = (text.ToString(), starts.Count == 0 ? null : new LocationMap([.. starts], [.. locations]));
        (text, starts, locations, isFinished) = (new StringBuilder(), [], [], true);
        return finished;
    }
}
