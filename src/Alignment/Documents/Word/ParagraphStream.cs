using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using StyledHeading = Alignment.Documents.Reading.StyledHeading;

namespace Alignment.Documents.Word;

/// <summary>
/// The paragraphs inside an element of a Word part, read as the part streams past: a part of millions of paragraphs
/// is never held as objects, only the paragraphs the reader is inside. Each paragraph's text is in reading order, a
/// manual line break a new line; hidden runs, deleted text, the old place of moved text, field codes and the fallback copies of text boxes are
/// left out, and a paragraph in a text box is a paragraph of its own, handed on after the one that anchors it (in the
/// order paragraphs start, as Word lists them). Note references become the markers <c>noteMarker</c> writes, asked for in that
/// same order. A paragraph inside a table cell is marked with the cell's place (row and column of the innermost table).
/// Not thread-safe.
/// </summary>
/// <param name="label">The label of a paragraph from its properties (null when it has none); asked once per paragraph, in the order paragraphs start.</param>
/// <param name="noteMarker">What stands in the text for a note reference.</param>
/// <param name="heading">What a paragraph's properties (null when it has none) make it, by its style; none when not given.</param>
internal sealed class ParagraphStream(Func<ParagraphProperties?, string> label, Func<NoteReference, string> noteMarker, Func<ParagraphProperties?, StyledHeading>? heading = null)
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The paragraphs the reader is inside, innermost last.</summary>
    private readonly List<OpenParagraph> open = [];

    /// <summary>Paragraphs started and not yet handed on, in the order they started: one in a text box waits for its anchor's end.</summary>
    private readonly Queue<OpenParagraph> started = new();

    /// <summary>The table rows the reader is inside, innermost last: the row's depth, its number and the cell it is in.</summary>
    private readonly List<(int Depth, int Row, int Column)> rows = [];

    private int count;

    private int rowCount;

    /// <summary>Reads from the start of the element <paramref name="reader"/> is on to its end, handing on every paragraph inside it.</summary>
    public void Read(OpenXmlReader reader, Action<StreamedParagraph> paragraph)
    {
        var top = reader.Depth;
        var path = new List<Type>();
        var skippedAt = -1;
        while (reader.Read())
        {
            var depth = reader.Depth;
            if (reader.IsEndElement)
            {
                if (depth <= top)
                {
                    break;
                }

                if (path[^1] == typeof(Run) && open.Count > 0)
                {
                    // A custom mark is the text of the reference's own run, if any.
                    open[^1].CustomMarkAt = -1;
                }

                path.RemoveAt(path.Count - 1);
                if (rows.Count > 0 && rows[^1].Depth == depth)
                {
                    rows.RemoveAt(rows.Count - 1);
                }

                if (skippedAt < 0)
                {
                    End(depth, top, paragraph);
                }
                else if (skippedAt == depth)
                {
                    skippedAt = -1;
                }

                continue;
            }

            if (!reader.IsStartElement)
            {
                continue;
            }

            if (skippedAt < 0 && !Start(reader, depth, top, path))
            {
                // A fallback copy repeats its alternative's text, and its paragraphs are not paragraphs of the document.
                skippedAt = depth;
            }

            if (!reader.IsEndElement)
            {
                path.Add(reader.ElementType);
            }
        }
    }

    /// <summary>Takes in one element's start; false for one whose content is left out altogether.</summary>
    private bool Start(OpenXmlReader reader, int depth, int top, List<Type> path)
    {
        var type = reader.ElementType;
        var current = open.Count > 0 ? open[^1] : null;
        if (current is { Label: null } && depth == current.Depth + 1)
        {
            if (type == typeof(ParagraphProperties))
            {
                // Loading moves the reader to the element's end, which is then not seen as an end of its own.
                Describe(current, reader.LoadCurrentElement() as ParagraphProperties);
                return true;
            }

            Describe(current, null);
        }

        if (type == typeof(AlternateContentFallback))
        {
            return false;
        }

        if (type == typeof(TableRow))
        {
            rows.Add((depth, ++rowCount, 0));
        }
        else if (type == typeof(TableCell) && rows.Count > 0)
        {
            rows[^1] = rows[^1] with { Column = rows[^1].Column + 1 };
        }

        if (type == typeof(Paragraph))
        {
            CellPlace? cell = path.Contains(typeof(TableCell)) && rows.Count > 0 ? new CellPlace(rows[^1].Row, rows[^1].Column) : null;
            var paragraph = new OpenParagraph(++count, depth, depth - top, cell);
            open.Add(paragraph);
            started.Enqueue(paragraph);
            return true;
        }

        if (current is null || current.SuppressedAt >= 0)
        {
            return true;
        }

        if (type == typeof(RunProperties) && path.Count > 0 && path[^1] == typeof(Run))
        {
            if (reader.LoadCurrentElement() is RunProperties { Vanish: { } vanish } && (vanish.Val is null || vanish.Val.Value))
            {
                current.SuppressedAt = depth - 1;
            }
        }
        else if (type == typeof(MoveFromRun))
        {
            // Tracked changes keep moved text at its old place too, as ordinary text: only the new place is read.
            current.SuppressedAt = depth;
        }
        else if (type == typeof(TextBoxContent))
        {
            // A text box's paragraphs are paragraphs of their own.
            current.SuppressedAt = depth;
        }
        else if (type == typeof(Text) && current.CustomMarkAt == depth && current.References.Count > 0)
        {
            // The mark a reference with a custom mark prints stands in the text after it: it is the reference's marker.
            var (at, reference) = current.References[^1];
            current.References[^1] = (at, reference with { CustomMark = reader.GetText() });
            current.CustomMarkAt = -1;
        }
        else if (type == typeof(Text))
        {
            // Each text element after the first starts a new run (or a run's new text): the markup in between is one
            // inline code for a CAT tool, whatever formatting the runs have.
            if (current.HasText)
            {
                current.Boundaries.Add(current.Text.Length);
            }

            current.Text.Append(reader.GetText());
            current.HasText = true;
        }
        else if (type == typeof(TabChar) || type == typeof(PositionalTab))
        {
            current.Text.Append('\t');
        }
        else if (type == typeof(Break) || type == typeof(CarriageReturn))
        {
            current.Text.Append('\n');
        }
        else if (type == typeof(NoBreakHyphen))
        {
            current.Text.Append('-');
        }
        else if (type == typeof(FootnoteReference) || type == typeof(EndnoteReference))
        {
            current.References.Add((current.Text.Length, new NoteReference(type == typeof(EndnoteReference), IdOf(reader))));
            current.CustomMarkAt = CustomMarkFollows(reader) ? depth : -1;
        }

        return true;
    }

    private void End(int depth, int top, Action<StreamedParagraph> paragraph)
    {
        if (open.Count == 0)
        {
            return;
        }

        var current = open[^1];
        if (current.SuppressedAt == depth)
        {
            current.SuppressedAt = -1;
        }

        if (current.Depth != depth)
        {
            return;
        }

        if (current.Label is null)
        {
            Describe(current, null);
        }

        current.Ended = true;
        open.RemoveAt(open.Count - 1);
        while (started.Count > 0 && started.Peek().Ended)
        {
            var next = started.Dequeue();
            paragraph(new StreamedParagraph(next.Number, next.RelativeDepth, next.Label!, TextOf(next, out var codes), next.Cell) { Codes = codes, Heading = next.Heading, Centred = next.Centred, EndsSection = next.EndsSection });
        }
    }

    /// <summary>The paragraph's label and what its style makes it, from its properties; asked once per paragraph.</summary>
    private void Describe(OpenParagraph paragraph, ParagraphProperties? properties)
    {
        paragraph.Label = label(properties);
        paragraph.Centred = properties?.Justification?.Val?.Value == JustificationValues.Center;
        paragraph.Heading = heading?.Invoke(properties) ?? StyledHeading.None;
        paragraph.EndsSection = properties?.SectionProperties is not null;
    }

    /// <summary>The paragraph's text with its note markers, and where the run boundaries and markers stand in it.</summary>
    private string TextOf(OpenParagraph paragraph, out RunCode[] codes)
    {
        if (paragraph.References.Count == 0)
        {
            codes = [.. paragraph.Boundaries.Select(b => new RunCode(b, 0))];
            return paragraph.Text.ToString();
        }

        var text = new StringBuilder();
        var found = new List<RunCode>();
        var at = 0;
        var boundary = 0;
        foreach (var (position, reference) in paragraph.References)
        {
            for (; boundary < paragraph.Boundaries.Count && paragraph.Boundaries[boundary] <= position; boundary++)
            {
                found.Add(new RunCode(text.Length + paragraph.Boundaries[boundary] - at, 0));
            }

            text.Append(paragraph.Text, at, position - at);
            var marker = noteMarker(reference);
            found.Add(new RunCode(text.Length, marker.Length));
            text.Append(marker);
            at = position;
        }

        for (; boundary < paragraph.Boundaries.Count; boundary++)
        {
            found.Add(new RunCode(text.Length + paragraph.Boundaries[boundary] - at, 0));
        }

        codes = [.. found];
        return text.Append(paragraph.Text, at, paragraph.Text.Length - at).ToString();
    }

    /// <summary>The element's <c>w:id</c>, or null when it has none that is a number.</summary>
    public static long? IdOf(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "id" && attribute.NamespaceUri == WordNamespace)
            {
                return long.TryParse(attribute.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id) ? id : null;
            }
        }

        return null;
    }

    /// <summary>Whether a note reference's <c>w:customMarkFollows</c> is on: the mark printed is the text that follows, not a number.</summary>
    private static bool CustomMarkFollows(OpenXmlReader reader)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "customMarkFollows" && attribute.NamespaceUri == WordNamespace)
            {
                return attribute.Value is "1" or "true" or "on";
            }
        }

        return false;
    }

    private sealed class OpenParagraph(int number, int depth, int relativeDepth, CellPlace? cell)
    {
        public int Number { get; } = number;

        public int Depth { get; } = depth;

        public int RelativeDepth { get; } = relativeDepth;

        public CellPlace? Cell { get; } = cell;

        public string? Label { get; set; }

        public StyledHeading Heading { get; set; }

        public bool Centred { get; set; }

        public bool EndsSection { get; set; }

        public StringBuilder Text { get; } = new();

        public List<(int At, NoteReference Reference)> References { get; } = [];

        /// <summary>Where a text element other than the paragraph's first starts, in <see cref="Text"/>.</summary>
        public List<int> Boundaries { get; } = [];

        public bool HasText { get; set; }

        /// <summary>The depth of the text element that holds the custom mark of the last note reference; -1 when none is awaited.</summary>
        public int CustomMarkAt { get; set; } = -1;

        /// <summary>The depth of the element whose text the paragraph leaves out (a hidden run, a text box) while the reader is in it; -1 when none.</summary>
        public int SuppressedAt { get; set; } = -1;

        public bool Ended { get; set; }
    }
}

/// <summary>A footnote or endnote reference, by the note's id (null when the reference has none).</summary>
internal readonly record struct NoteReference(bool Endnote, long? Id)
{
    /// <summary>The mark the file prints for the reference in place of its number (<c>w:customMarkFollows</c>); null for a numbered one.</summary>
    public string? CustomMark { get; init; }
}

/// <summary>A paragraph read from a Word part.</summary>
/// <param name="Number">Its place among the paragraphs read, from 1.</param>
/// <param name="Depth">How far below the element read it is: 1 for a child.</param>
/// <param name="Label">What its list numbering makes its label; empty for none.</param>
/// <param name="Text">Its text, note references as their markers.</param>
/// <param name="Cell">The place of the table cell it stands in (the innermost, when tables nest); null outside tables.</param>
internal readonly record struct StreamedParagraph(int Number, int Depth, string Label, string Text, CellPlace? Cell)
{
    /// <summary>Where the file has markup between characters of <see cref="Text"/> (a run boundary, a note reference), in order.</summary>
    public IReadOnlyList<RunCode> Codes { get; init; } = [];

    /// <summary>What its style makes it: a heading, a title or neither.</summary>
    public StyledHeading Heading { get; init; }

    /// <summary>It is centred by its own properties (<c>w:jc</c>), as a caption, a title or a cover's lines are.</summary>
    public bool Centred { get; init; }

    /// <summary>Its properties end a section of the document (<c>w:sectPr</c>): the page setup changes after it.</summary>
    public bool EndsSection { get; init; }

    /// <summary>It stands in a table's cell (at any depth of nesting).</summary>
    public bool InTableCell => Cell is not null;
}

/// <summary>
/// Markup inside a paragraph's text that a CAT tool shows as an inline tag: a boundary between two runs (
/// <paramref name="Length"/> 0) or a note reference, whose marker takes <paramref name="Length"/> characters of the text.
/// </summary>
/// <param name="At">Where it stands in the paragraph's text.</param>
/// <param name="Length">How many characters of the text stand for it.</param>
internal readonly record struct RunCode(int At, int Length);

/// <summary>Where a table cell stands: its row, numbered through the part from 1, and its column in the row, from 1.</summary>
internal readonly record struct CellPlace(int Row, int Column);
