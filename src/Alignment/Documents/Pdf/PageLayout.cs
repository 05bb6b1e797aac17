using Alignment.Documents.Reading;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Lays out the lines of a PDF for the text reader. Running headers and footers are the lines at the top and bottom
/// of a page that recur page after page (digits aside, so <c>2/9</c> and <c>3/9</c> are one footer) or are made only
/// of document symbols, job and page numbers. Footnotes are the lines in smaller type at the foot of a page (or of a
/// column, on a page set in columns); each starts with its number, and waits for the end of the paragraph that is
/// running when the page ends, so that a paragraph broken by the page is not cut in two. A paragraph starts after a
/// wider vertical gap, after a line that stops short of the measure (the next word would have fitted), where the type
/// changes (size or weight: a heading), where a line stands out to the left of the one before (a hanging label) or in
/// from it (an indented first line), wherever lines are set apart from the left edge (a cover block, centred lines),
/// and between two rows of a table that end in figures; a table's row that the typesetter wrapped stays one
/// (<see cref="WrappedRows"/>).
/// </summary>
internal sealed class PageLayout
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>At most this many lines at each end of a page are header or footer.</summary>
    private const int FurnitureLines = 3;

    /// <summary>A line recurring at the top or bottom of this share of the pages is a running header or footer.</summary>
    private const double RecurringShare = 0.4;

    /// <summary>A gap this many times the usual line pitch separates paragraphs.</summary>
    private const double ParagraphGap = 1.3;

    /// <summary>Distances between baselines that differ by at most this share of the body size are one pitch.</summary>
    private const double SamePitch = 0.05;

    /// <summary>An indented first line of a paragraph set in from the margin spans at least this share of the measure.</summary>
    private const double FullShare = 0.6;

    /// <summary>A paragraph's first line is set in from the rest by at most this many ems.</summary>
    private const double FirstLineIndent = 4;

    /// <summary>
    /// Baselines this many ems further apart than the pitch are set apart by a paragraph's spacing, too little to count
    /// as a gap between paragraphs of running text (<see cref="ParagraphGap"/>) but more than a line grows by.
    /// </summary>
    private const double RowSpacing = 0.15;

    /// <summary>A spacing between paragraphs smaller than a gap is the document's when this many paragraphs are set apart by it.</summary>
    private const int MinSpacings = 5;

    /// <summary>Baselines closer than this many ems are not two lines of running text (a superscript, a line set over another).</summary>
    private const double MinPitch = 0.8;

    /// <summary>The pitch is measured between lines of running text alone when the document has this many pairs of them.</summary>
    private const int MinRunningDistances = 20;

    /// <summary>Lines whose sizes differ by at most this share of the larger are set in one type.</summary>
    private const double SameSize = 0.1;

    /// <summary>A page's right edge is its running text's when it has at least this many lines of it beside a table's rows.</summary>
    private const int MinMeasureLines = 5;

    /// <summary>A centred line broken inside a sentence holds at least this many characters (a short line over another is a label or a heading's number).</summary>
    private const int MinCentredBreak = 8;

    /// <summary>Footnotes are set at most this share of the body size.</summary>
    private const double FootnoteSize = 0.92;

    private readonly IReadOnlyList<IReadOnlyList<TextLine>> pages;
    private readonly double bodySize;
    private readonly double pitch;
    private readonly double spacing;

    private PageLayout(IReadOnlyList<IReadOnlyList<TextLine>> pages)
    {
        this.pages = pages;
        var lines = pages.SelectMany(p => p).ToArray();
        bodySize = lines.GroupBy(l => Math.Round(l.Size, 1)).OrderByDescending(g => g.Sum(l => l.Text.Length)).First().Key;
        pitch = Pitch(pages, bodySize);
        spacing = Spacing(pages, bodySize, pitch);
    }

    /// <summary>The laid-out text of the pages' lines; pages without lines are skipped.</summary>
    public static LaidOutText Lay(IReadOnlyList<IReadOnlyList<TextLine>> pages)
    {
        var laid = new LaidOutText();
        if (pages.All(p => p.Count == 0))
        {
            return laid;
        }

        new PageLayout(pages).LayInto(laid);
        return laid;
    }

    private void LayInto(LaidOutText laid)
    {
        var furniture = RunningFurniture();
        var notes = new List<List<TextLine>>();
        TextLine? previous = null;
        var previousStarted = false;
        var previousLeft = 0.0;
        var previousRight = 0.0;
        var contents = pages.Select(page => WithMarkersJoined(Unfurnished(page, furniture))).ToList();
        var lastText = contents.FindLastIndex(c => c.Any(l => l.Size >= FootnoteSize * bodySize));
        for (var index = 0; index < contents.Count; index++)
        {
            var content = contents[index];
            // Endnotes: after the last page of text, pages of small type only that start with a note's number hold the
            // notes gathered from every page (a word processor's endnotes, a book's notes at the back).
            var (body, footnotes) = index > lastText && content.Count > 0 && WithMarker(content[0]) is not null
                ? ([], content)
                : BodyAndFootnotes(content);
            var (left, right) = Measure(body);
            (body, var goesOn) = WrappedRows.Untabbed(body, ParagraphGap * pitch, pitch + (RowSpacing * bodySize), right);
            var floated = 0;
            for (var k = 0; k < body.Count; k++)
            {
                var line = body[k];
                // Mirrored pages move the margins: the line before a page break is compared as if it stood on this page.
                // The leftmost lines (a paragraph number, or the text where none is) and the right edges of the two
                // pages show how far when they agree; when they do not, one edge moved with what the page holds (no
                // paragraph number on it, a few short lines at the end), and the smaller move is the margins'.
                var movedLeft = left - previousLeft;
                var movedRight = right - previousRight;
                var moved = Math.Abs(movedLeft - movedRight) <= bodySize || Math.Abs(movedLeft) <= Math.Abs(movedRight) ? movedLeft : movedRight;
                var shifted = previous is null ? null : previous with { Left = previous.Left + moved, Right = previous.Right + moved };
                if (k == 0 && shifted is not null && FloatAtTop(body, shifted, previousStarted, left, right) is var top and > 0)
                {
                    // A figure's caption (or another block in smaller type) floated to the top of the page, over a paragraph
                    // that runs on from the page before: it waits, as footnotes do, until that paragraph has ended.
                    HoldFloat(body[..top], notes);
                    floated = top;
                    k = top - 1;
                    continue;
                }

                var starts = shifted is null || (!goesOn[k] && (StartsParagraph(shifted, previousStarted, line, left, right) || OpensPageIndented(shifted, body, k, left))
                    && !(k > floated && WrapsInOwnMeasure(body, k)));
                if (starts)
                {
                    Flush(laid, notes);
                    laid.StartParagraph();
                }

                laid.AddLine(line.Text, new PageLocation(line.Page, line.PageLeft, line.Baseline));
                previousStarted = starts;
                previous = line;
                previousLeft = left;
                previousRight = right;
            }

            ReadFootnotes(footnotes, notes);
        }

        Flush(laid, notes);
    }

    /// <summary>
    /// The page's lines without its headers and footers. A line set apart at the top or bottom of a page set in columns
    /// was kept whole to be found as furniture; when it is not (it is on this page only: a heading at the top of the first
    /// column level with the second column's first line, or a column's line that the page's first lines stand apart
    /// from), each of its pieces is read in its column: at the column's start for a line at the top, at its end for one
    /// at the bottom.
    /// </summary>
    private static List<TextLine> Unfurnished(IReadOnlyList<TextLine> page, HashSet<TextLine> furniture)
    {
        var lines = page.Where(l => !furniture.Contains(l)).ToList();
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (line.Pieces.Count == 0)
            {
                continue;
            }

            lines.RemoveAt(k);
            if (!lines.Take(k).Any(l => l.Shift != 0))
            {
                // At the top: each piece before its column's first line (the last column's first, so that the others' stay put).
                foreach (var piece in line.Pieces.Reverse())
                {
                    var first = lines.FindIndex(k, l => l.Shift == piece.Shift);
                    lines.Insert(first >= 0 ? first : k, piece);
                }
            }
            else
            {
                // At the bottom: each piece after its column's last line above the line.
                var end = k;
                foreach (var piece in line.Pieces)
                {
                    var last = lines.FindLastIndex(end - 1, end, l => l.Shift == piece.Shift);
                    lines.Insert(last >= 0 ? last + 1 : end, piece);
                    end++;
                }
            }

            // The line now at this place has not been looked at (the pieces have no pieces).
            k--;
        }

        return lines;
    }

    /// <summary>
    /// A footnote marker that the typesetter pushed onto a line of its own (after the last character of a paragraph)
    /// goes back to the end of the line before, as a superscript.
    /// </summary>
    private List<TextLine> WithMarkersJoined(List<TextLine> lines)
    {
        for (var i = lines.Count - 1; i > 0; i--)
        {
            var line = lines[i];
            if (line.Text.Length > 3 || !line.Text.All(c => char.IsAsciiDigit(c) || Superscripts.Contains(c)) || line.Size >= FootnoteSize * bodySize)
            {
                continue;
            }

            var marker = string.Concat(line.Text.Select(c => char.IsAsciiDigit(c) ? Superscripts[c - '0'] : c));
            if (i + 1 < lines.Count && NumbersNote(line, lines[i + 1]))
            {
                // The note's own number, raised over the note's first line: it starts the note.
                lines[i + 1] = lines[i + 1] with { Text = marker + " " + lines[i + 1].Text, Left = line.Left };
                lines.RemoveAt(i);
            }
            else if (lines[i - 1].Baseline - line.Baseline < 1.5 * pitch && lines[i - 1].Size >= FootnoteSize * bodySize)
            {
                lines[i - 1] = lines[i - 1] with { Text = lines[i - 1].Text + marker };
                lines.RemoveAt(i);
            }
        }

        return lines;
    }

    /// <summary>
    /// Whether a number in small type stands raised just over the first line of a note in small type, in its column,
    /// ending where the note's text starts: the note's number, which a superscript set too high sets on a line of its own.
    /// </summary>
    private bool NumbersNote(TextLine number, TextLine note) =>
        note.Size < FootnoteSize * bodySize && note.Shift == number.Shift && number.Baseline > note.Baseline
        && number.Baseline - note.Baseline < 0.5 * note.Size && Math.Abs(note.Left - number.Right) <= 0.5 * note.Size;

    /// <summary>
    /// How many lines at the top of a page are a block in smaller type set over a paragraph that runs on from the page
    /// before (whose last line ends no sentence, and whose next line in running type goes on from it): a figure's or a
    /// table's caption that the typesetter floated to the page's head. None when the page opens otherwise.
    /// </summary>
    private int FloatAtTop(List<TextLine> body, TextLine previous, bool previousStarted, double left, double right)
    {
        var top = body.FindIndex(l => l.Size >= (1 - SameSize) * bodySize);
        if (top <= 0 || TextShape.EndsWithTerminal(previous.Text))
        {
            return 0;
        }

        return StartsParagraph(previous, previousStarted, body[top], left, right) ? 0 : top;
    }

    /// <summary>A floated block held back with the footnotes, a paragraph for each run of lines in one type without a gap.</summary>
    private void HoldFloat(List<TextLine> lines, List<List<TextLine>> held)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            var apart = k == 0 || Math.Abs(lines[k].Size - lines[k - 1].Size) > SameSize * bodySize
                || lines[k - 1].Baseline - lines[k].Baseline > ParagraphGap * pitch * Math.Max(1, lines[k].Size / bodySize);
            if (apart)
            {
                held.Add([]);
            }

            held[^1].Add(lines[k]);
        }
    }

    /// <summary>Footnotes held back until the paragraph that runs across the page break has ended.</summary>
    private static void Flush(LaidOutText laid, List<List<TextLine>> notes)
    {
        foreach (var note in notes)
        {
            laid.StartParagraph();
            foreach (var line in note)
            {
                laid.AddLine(line.Text, new PageLocation(line.Page, line.PageLeft, line.Baseline));
            }
        }

        notes.Clear();
    }

    /// <summary>Splits the footnote area into notes, each starting at its number; a first line without one continues the note before.</summary>
    private static void ReadFootnotes(List<TextLine> area, List<List<TextLine>> notes)
    {
        foreach (var line in area)
        {
            var marked = WithMarker(line);
            if (marked is not null || notes.Count == 0)
            {
                notes.Add([marked ?? line]);
            }
            else
            {
                notes[^1].Add(line);
            }
        }
    }

    /// <summary>The line with its leading footnote number written as a marker (<c>¹</c>), or null when it has none.</summary>
    private static TextLine? WithMarker(TextLine line)
    {
        var text = line.Text;
        var digits = 0;
        while (digits < text.Length && (Superscripts.Contains(text[digits]) || char.IsAsciiDigit(text[digits])))
        {
            digits++;
        }

        if (digits == 0 || digits > 3 || digits == text.Length)
        {
            return null;
        }

        var plain = !Superscripts.Contains(text[0]);
        if (plain && text[digits] != ' ')
        {
            return null;
        }

        var marker = string.Concat(text[..digits].Select(c => char.IsAsciiDigit(c) ? Superscripts[c - '0'] : c));
        return line with { Text = marker + " " + text[digits..].TrimStart() };
    }

    /// <summary>
    /// The page's body and its footnotes: the lines in smaller type at the foot of the page and, on a page set in
    /// columns, at the foot of each column before the last (a note is set in the column that refers to it), in order.
    /// </summary>
    private (List<TextLine> Body, List<TextLine> Footnotes) BodyAndFootnotes(List<TextLine> content)
    {
        var last = FootnoteArea(content);
        var rest = content[..^last.Count];
        var body = new List<TextLine>();
        var footnotes = new List<TextLine>();
        var start = 0;
        for (var i = 1; i <= rest.Count; i++)
        {
            // A column's lines are measured from where it stands: the next column starts where that changes.
            if (i == rest.Count || rest[i].Shift != rest[i - 1].Shift)
            {
                // Only a column the next one stands right of ends at the foot of the page: a block read before the columns
                // though set over a later one (a by-line in small type under the title) is followed by the first column.
                var column = rest[start..i];
                var notes = i == rest.Count || rest[i].Shift < rest[i - 1].Shift ? [] : FootnoteArea(column);
                body.AddRange(column[..^notes.Count]);
                footnotes.AddRange(notes);
                start = i;
            }
        }

        footnotes.AddRange(last);
        return (body, footnotes);
    }

    /// <summary>The lines in smaller type at the foot of the page, below the body and apart from it.</summary>
    private List<TextLine> FootnoteArea(List<TextLine> content)
    {
        var start = content.Count;
        while (start > 0 && content[start - 1].Size < FootnoteSize * bodySize)
        {
            start--;
        }

        // A page of nothing but small type is a page of small type, not of footnotes.
        return start == 0 || start == content.Count ? [] : content[start..];
    }

    private bool StartsParagraph(TextLine previous, bool previousStarted, TextLine line, double left, double right)
    {
        var samePage = previous.Page == line.Page;
        var em = Math.Max(line.Size, previous.Size);
        if (Math.Abs(previous.Size - line.Size) > 0.1 * em || previous.Bold != line.Bold)
        {
            return true;
        }

        if (samePage && previous.Baseline - line.Baseline > ParagraphGap * pitch * Math.Max(1, line.Size / bodySize))
        {
            return true;
        }

        // Two lines that end in figures are two rows of a table, however little space the rows are set apart.
        if (FigureRows.EndsInFigures(previous.Text) && FigureRows.EndsInFigures(line.Text))
        {
            return true;
        }

        // The distance the document sets paragraphs apart by when it is less than a gap (a small page's tight spacing),
        // between lines of the text's size: lines in larger type (a title) are set at a wider pitch of their own, which
        // can come near that distance.
        if (samePage && Math.Abs(previous.Baseline - line.Baseline - spacing) <= SamePitch * bodySize && line.Size < 1.1 * bodySize)
        {
            return true;
        }

        // A row of a table that ends in its figure, then a paragraph's spacing: the next row, whatever it ends with (a
        // label that wraps in a narrow column, a row whose figure is not available). Larger type is set at a wider pitch.
        if (samePage && WrappedRows.EndsWithFigure(previous.Text) && previous.Baseline - line.Baseline > (pitch * Math.Max(1, line.Size / bodySize)) + (RowSpacing * em))
        {
            return true;
        }

        // Centred lines (a title, a heading) that the typesetter wrapped: the next line shares the centre of the one
        // before, and its first word would not have fitted on it within the measure.
        if (CentredRunOn(previous, line, left, right) || (samePage && CentredInOwnMeasure(previous, line, left, right)))
        {
            return false;
        }

        // A title in larger type wrapped before a word in lower case (… report of the Board / of Auditors), set in from
        // the right margin so that the next word would have fitted: it goes on, at the same left edge.
        if (samePage && line.Size > 1.1 * bodySize && Math.Abs(previous.Left - line.Left) <= 0.5 * em && line.Text.Length > 0
            && char.IsLower(line.Text[0]) && !TextShape.EndsWithTerminal(previous.Text))
        {
            return false;
        }

        // A paragraph set in from the margin with its first line indented further (a summary, a quotation): the first
        // line filled the measure, so the line under it, back at the paragraph's edge, goes on from it. A cover block's
        // lines are short, and stay lines of their own.
        if (samePage && previousStarted && line.Left < previous.Left - (0.5 * em) && previous.Left - line.Left <= FirstLineIndent * em
            && previous.Right >= right - em && previous.Right - previous.Left >= FullShare * (right - left) && LabelParser.Parse(previous.Text).Count == 0)
        {
            return false;
        }

        // Set apart from the left edge (a cover block, centred or right-aligned lines): every line is its own; but an
        // item indented under its paragraph, its label hanging, goes on in the column its text started in.
        var hangsUnderLabel = line.Left > previous.Left && line.Left - previous.Left <= FirstLineIndent * em && LabelParser.Parse(previous.Text).Count > 0;
        if (previous.Left > left + (3 * em) && Math.Abs(previous.Left - line.Left) > 0.5 * em && !hangsUnderLabel)
        {
            return true;
        }

        // A first line may hang out to the left of the rest (a label) or be set in from it (an indented first line, as
        // books, magazines and Chinese text set paragraphs), but a later line sticking out starts a paragraph, and so
        // does one set in from the line before unless that was a first line. Across a page break the margins may move
        // with what each page holds, so a line at the margin after one set in there is not taken to run on.
        var previousFirst = previousStarted || LabelParser.Parse(previous.Text).Count > 0;
        // Across a break the margins' move is known when the line before it filled the measure, as far as the next
        // line's first word allows: a first line indented there goes on at the next page's left edge.
        var filledBeforeBreak = !samePage && previous.Right + line.FirstWordWidth + (0.35 * em) >= right;
        var afterIndentedFirst = (samePage || filledBeforeBreak) && previousFirst && Math.Abs(line.Left - left) <= 0.8 * em
            && previous.Left - line.Left <= FirstLineIndent * em && LabelParser.Parse(line.Text).Count == 0;
        if ((line.Left < previous.Left - (0.8 * em) && !afterIndentedFirst) || (line.Left > previous.Left + (0.8 * em) && !previousFirst))
        {
            return true;
        }

        // A block set beside another wrapped where the other starts.
        var measureRight = Math.Min(samePage ? right : Math.Max(right, previous.Right), previous.BlockRight);
        return previous.Right + line.FirstWordWidth + (0.35 * em) < measureRight;
    }

    /// <summary>
    /// Whether a line goes on a sentence centred in larger or bold type on a measure narrower than the page's (a pull
    /// quote in a box inside its column), whose edge the lines do not show: the line shares the centre of the one
    /// before, a line under it, both set in from the page's edges; the line before is the wider, as a wrapped centred
    /// paragraph's lines are, and broke inside the sentence, before a word in lower case or between two Han characters.
    /// </summary>
    private bool CentredInOwnMeasure(TextLine previous, TextLine line, double left, double right)
    {
        var em = Math.Max(line.Size, previous.Size);
        var display = line.Bold || line.Size > 1.1 * bodySize;
        var centred = Math.Abs(previous.Left + previous.Right - line.Left - line.Right) <= em && previous.Left > left + em && previous.Right < right - em;
        var before = previous.Text.TrimEnd();
        var after = line.Text.TrimStart();
        var inside = before.Length >= MinCentredBreak && after.Length > 0 && !TextShape.EndsWithTerminal(before)
            && (char.IsLower(after[0]) || (Chars.IsHan(before[^1]) && Chars.IsHan(after[0])));
        return display && centred && inside && previous.Right - previous.Left > line.Right - line.Left
            && previous.Baseline - line.Baseline <= 1.8 * em;
    }

    /// <summary>
    /// Whether a page's first line is an indented first line after a sentence ended on the page before: set in from the
    /// page's left edge by no more than a first line's indent, with the page's next line back at the edge. The line
    /// before the break may have come as near the right edge as a word's width (a Chinese line of one sentence, one
    /// character short), which alone would carry the paragraph on.
    /// </summary>
    private static bool OpensPageIndented(TextLine previous, List<TextLine> body, int k, double left)
    {
        var line = body[k];
        var em = Math.Max(line.Size, previous.Size);
        return previous.Page != line.Page && k + 1 < body.Count && TextShape.EndsWithTerminal(previous.Text)
            && line.Left - left > 0.8 * em && line.Left - left <= FirstLineIndent * em
            && Math.Abs(body[k + 1].Left - left) <= 0.8 * em && body[k + 1].Page == line.Page && Math.Abs(body[k + 1].Size - line.Size) <= 0.1 * em
            && LabelParser.Parse(line.Text).Count == 0;
    }

    /// <summary>
    /// Whether a line in larger type than the text's goes on from the line before in a block of its own measure: the
    /// lines of the block (same type, same left edge, on one page) are set in a frame or indented narrower than the
    /// page's measure (a pull quote), so the line before is measured against the block's widest line, not the page's:
    /// when the line's first word would not have fitted after it there, and it ends no sentence, the typesetter wrapped.
    /// </summary>
    private bool WrapsInOwnMeasure(List<TextLine> body, int k)
    {
        var (previous, line) = (body[k - 1], body[k]);
        if (line.Size <= 1.1 * bodySize || !InBlock(previous) || TextShape.EndsWithTerminal(previous.Text)
            || previous.Baseline - line.Baseline > ParagraphGap * pitch * line.Size / bodySize)
        {
            return false;
        }

        var first = k - 1;
        while (first > 0 && InBlock(body[first - 1]))
        {
            first--;
        }

        var last = k;
        while (last + 1 < body.Count && InBlock(body[last + 1]))
        {
            last++;
        }

        var blockRight = body[first..(last + 1)].Max(l => l.Right);
        return previous.Right + line.FirstWordWidth + (0.35 * line.Size) >= blockRight;

        bool InBlock(TextLine other) => other.Page == line.Page && other.Bold == line.Bold && Math.Abs(other.Size - line.Size) <= SameSize * line.Size
            && Math.Abs(other.Left - line.Left) <= 0.5 * line.Size;
    }

    /// <summary>
    /// Whether a line set in from the line before on both sides by the same amount (their centres within half an em)
    /// goes on with it: the line before was too wide for the next one's first word to have fitted after it within the
    /// page's measure, so the typesetter had to wrap there. A centred cover block's short lines (a date under a
    /// symbol) would each have fitted on the line before, and stay lines of their own.
    /// </summary>
    private static bool CentredRunOn(TextLine previous, TextLine line, double left, double right)
    {
        var em = Math.Max(line.Size, previous.Size);
        var setIn = line.Left - previous.Left;
        if (setIn <= 0.8 * em || Math.Abs(setIn - (previous.Right - line.Right)) > em || right <= left)
        {
            return false;
        }

        return previous.Right - previous.Left + (0.35 * em) + line.FirstWordWidth > right - left;
    }

    /// <summary>
    /// The left edge of the body lines of a page, and their right edge: not the rightmost line, since punctuation may
    /// hang into the margin, but the edge that a tenth of the lines reach.
    /// </summary>
    private (double Left, double Right) Measure(List<TextLine> body)
    {
        var lines = body.Where(l => Math.Abs(l.Size - bodySize) < 0.1 * bodySize).ToList();
        if (lines.Count == 0)
        {
            return (0, 0);
        }

        // Headings in bold may stand out to the left of the running text (a book's or a web page's headings at the
        // margin, its paragraphs indented): the measure is the running text's where the page has any, or a page with a
        // heading on it would seem to have its margins moved against one without.
        if (lines.Any(l => !l.Bold))
        {
            lines = [.. lines.Where(l => !l.Bold)];
        }

        // A table's figures may reach past the running text's right edge (a word processor's table set wider than the
        // text, figures set flush with the page's margin): on a page of many rows they would be a tenth of its lines, and
        // every line of text that ends short of them would seem to stop short of the measure. The right edge is the
        // running text's where the page has enough of it. Rows are the lines with cells that end in a figure here: a line
        // of Chinese that wraps after a year (`… 2019 年和 2020` / `年举行的…`) ends in a figure and is text, and a list's
        // items may have a tab after their labels.
        // Only ever nearer: without the rows, fewer lines are counted, and a tenth of them may reach into the margin with
        // hung punctuation.
        var text = lines.Where(l => !(l.Text.Contains('\t', StringComparison.Ordinal) && WrappedRows.EndsWithFigure(l.Text))).ToList();
        var right = Edge(lines);
        return (lines.Min(l => l.Left), text.Count >= MinMeasureLines ? Math.Min(right, Edge(text)) : right);

        // A line of Chinese that ends in a full-width mark may hang it in the margin, a full em past where the text's
        // characters stop: ragged Chinese lines end in one often enough to be a tenth of them, and the edge they reach
        // would leave room for one more character after every full line. Such a line counts where its mark starts.
        static double Edge(List<TextLine> lines)
        {
            var rights = lines.Select(l => EndsInFullWidthMark(l.Text) ? l.Right - l.Size : l.Right).OrderDescending().ToList();
            return rights[Math.Min(rights.Count - 1, rights.Count / 10)];
        }
    }

    /// <summary>Whether a line ends in a full-width mark after Chinese (<c>，</c>, <c>。</c>, <c>”</c> after a character), which a typesetter may hang.</summary>
    private static bool EndsInFullWidthMark(string text)
    {
        var end = text.TrimEnd();
        return end.Length >= 2 && Chars.NeverStartsALine(end[^1]) && (Chars.IsCjk(end[^2]) || Chars.NeverStartsALine(end[^2]));
    }

    /// <summary>
    /// The header and footer lines of every page: among the first and last lines of each page, those recurring on
    /// many pages and those made only of symbols and numbers. A running header or footer is set in one size on every
    /// page, and once a page: the same words in another size are a title or a heading (a book's or a manual's title
    /// under the running title that repeats it on its first page), and of two lines of the same words at one end of a
    /// page, only the outer one is the page's furniture.
    /// </summary>
    private HashSet<TextLine> RunningFurniture()
    {
        var ends = pages.Select(EndLines).ToArray();
        var shapes = ends.Select(e => e.Select(l => (l.Line, l.Top, Shape: Shape(l.Line))).ToArray()).ToArray();
        var threshold = Math.Max(2, RecurringShare * pages.Count);
        var byShape = shapes.SelectMany((e, page) => e.Select(s => (Page: page, s.Line, s.Shape))).ToLookup(s => s.Shape, StringComparer.Ordinal);
        bool Recurs(TextLine line, string shape) =>
            byShape[shape].Where(o => Math.Abs(o.Line.Size - line.Size) <= SameSize * line.Size).Select(o => o.Page).Distinct().Count() >= threshold;

        var furniture = new HashSet<TextLine>();
        foreach (var end in shapes)
        {
            var seen = new HashSet<(string, bool)>();
            foreach (var (line, top, shape) in end)
            {
                // The ends list a page's top lines from the top down and its bottom lines from the bottom up: the first of a
                // shape met at each end is the outer one.
                if ((Recurs(line, shape) && seen.Add((shape, top))) || PageFurniture.IsFurnitureText(line.Text))
                {
                    furniture.Add(line);
                }
            }
        }

        // A header that appears once (the running title of a two-page document) is still smaller type set apart above the text.
        foreach (var page in pages.Where(p => p.Count > 1))
        {
            if (page[0].Size < FootnoteSize * bodySize && page[0].Baseline - page[1].Baseline > ParagraphGap * pitch && page[1].Size >= FootnoteSize * bodySize)
            {
                furniture.Add(page[0]);
            }
        }

        FirstPageHeader(furniture);
        return furniture;
    }

    /// <summary>
    /// The first page's own header, which recurs nowhere: a name beside the symbol that the other pages' headers show
    /// (<c>United Nations  A/82/230</c>), at the top of the first page, and the distribution line right under it
    /// (<c>Distr.: General</c>), as UN documents and any with a different first page set them.
    /// </summary>
    private void FirstPageHeader(HashSet<TextLine> furniture)
    {
        var first = pages[0];
        if (first.Count < 2)
        {
            return;
        }

        // A header showing the symbol alone is furniture by now; one naming the organisation beside it is found here.
        var alone = furniture.Contains(first[0]) && PageFurniture.IsLoneSymbol(first[0].Text);
        if (!alone && (furniture.Contains(first[0]) || PageFurniture.NamedHeaderSymbol(first[0].Text) is not { } symbol
            || !furniture.Any(l => l.Page != first[0].Page && l.Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Contains(symbol))))
        {
            return;
        }

        furniture.Add(first[0]);
        if (first[0].Baseline - first[1].Baseline < ParagraphGap * pitch && PageFurniture.IsDistributionLine(first[1].Text))
        {
            furniture.Add(first[1]);
        }
    }

    /// <summary>
    /// The first and last lines of a page that stand apart from the lines next to them, the first from the top down and
    /// the last from the bottom up, each with whether it is one of the first.
    /// </summary>
    private List<(TextLine Line, bool Top)> EndLines(IReadOnlyList<TextLine> page)
    {
        // By height on the page, not by reading order: a page set in columns lists a head's part over the last column
        // (the page number at the right of a running head) after the first column's lines.
        var down = page.OrderByDescending(l => l.Baseline).ToList();
        var ends = new List<(TextLine, bool)>();
        for (var i = 0; i < Math.Min(FurnitureLines, down.Count); i++)
        {
            ends.Add((down[i], true));
            if (i + 1 < down.Count && down[i].Baseline - down[i + 1].Baseline < ParagraphGap * pitch && down[i].Size >= bodySize)
            {
                break;
            }
        }

        for (var i = down.Count - 1; i >= Math.Max(0, down.Count - FurnitureLines); i--)
        {
            ends.Add((down[i], false));
            if (i > 0 && down[i - 1].Baseline - down[i].Baseline < ParagraphGap * pitch && down[i].Size >= bodySize)
            {
                break;
            }
        }

        return ends;
    }

    /// <summary>A line's text with digits and spaces ignored: page numbers change, the footer does not.</summary>
    private static string Shape(TextLine line) =>
        string.Concat(line.Text.Where(c => !char.IsDigit(c) && !Superscripts.Contains(c) && !char.IsWhiteSpace(c)));

    /// <summary>
    /// The distance between the baselines of two paragraphs of body text when the document sets them apart by a spacing
    /// too small to count as a gap: the usual distance of consecutive body lines wider than the pitch by a paragraph's
    /// spacing and narrower than a gap, when the document has several; otherwise nothing does (infinity). A line made
    /// taller by what it holds (a larger letter) is a distance that seldom recurs.
    /// </summary>
    private static double Spacing(IReadOnlyList<IReadOnlyList<TextLine>> pages, double bodySize, double pitch)
    {
        // Between lines of one weight: a heading in the text's size (bold) is told by its weight, and the space after it
        // may be any.
        var distances = Distances(pages, bodySize, sameWeight: true).Where(d => d > pitch + (RowSpacing * bodySize) && d <= ParagraphGap * pitch).ToList();
        var (distance, count) = MostCommon(distances, SamePitch * bodySize);
        return count >= MinSpacings ? distance : double.PositiveInfinity;
    }

    /// <summary>
    /// The distance between the baselines of consecutive lines of running text: the most common distance between body
    /// lines that are not a table's rows (between any body lines in a document of little running text), unless a
    /// narrower one is shared by at least half as many pairs of lines.
    /// </summary>
    private static double Pitch(IReadOnlyList<IReadOnlyList<TextLine>> pages, double bodySize)
    {
        var distances = Distances(pages, bodySize, sameWeight: false);
        if (distances.Count == 0)
        {
            return bodySize * 1.2;
        }

        // A table's rows and one-line paragraphs, each set a paragraph's spacing below the line before, can outnumber the
        // lines of running text (a financial statement): their distance would then be taken for the pitch, and the
        // spacing between two paragraphs, or between a table and the note under it, for no gap at all.
        // The narrower distance is counted between lines of running text only: a table's rows set solid (a financial
        // statement's, line spacing 100%) can be as many as the running text's lines, set wider, and would be taken for
        // its pitch, every line of it then a paragraph's spacing below the one before.
        // Rows set solid can also be narrower than the running text and outnumber its lines (Chinese, which takes fewer
        // lines for the same text, beside a statement's tables): the running text's own distance is then the pitch, the
        // rows' only when the document has too little running text to tell.
        var running = Distances(pages, bodySize, sameWeight: false, withoutRows: true);
        var (common, count) = MostCommon(running.Count >= MinRunningDistances ? [.. running] : distances, SamePitch * bodySize);
        var (narrower, narrowerCount) = MostCommon([.. running.Where(d => d < common - (SamePitch * bodySize))], SamePitch * bodySize);
        return 2 * narrowerCount >= count && narrower > MinPitch * bodySize ? narrower : common;
    }

    /// <summary>
    /// The distances between the baselines of consecutive lines of body size (and of one weight, if asked; and neither of
    /// them a table's row, if asked), to a tenth of a point.
    /// </summary>
    private static List<double> Distances(IReadOnlyList<IReadOnlyList<TextLine>> pages, double bodySize, bool sameWeight, bool withoutRows = false)
    {
        static bool IsRow(TextLine line) => line.Text.Contains('\t') || WrappedRows.EndsWithFigure(line.Text);

        var distances = new List<double>();
        foreach (var page in pages)
        {
            for (var i = 1; i < page.Count; i++)
            {
                if (Math.Abs(page[i].Size - bodySize) < 0.1 && Math.Abs(page[i - 1].Size - bodySize) < 0.1 && (!sameWeight || page[i].Bold == page[i - 1].Bold)
                    && !(withoutRows && (IsRow(page[i]) || IsRow(page[i - 1]))))
                {
                    distances.Add(Math.Round(page[i - 1].Baseline - page[i].Baseline, 1));
                }
            }
        }

        return distances;
    }

    /// <summary>The most common of the distances, and how many share it; nothing (0) among none.</summary>
    private static (double Distance, int Count) MostCommon(List<double> distances, double window)
    {
        if (distances.Count == 0)
        {
            return (0, 0);
        }

        // Baselines are placed to a fraction of a point, so one pitch shows as neighbouring distances (13.3 and 13.4)
        // that, counted apart, can each be outnumbered by a wider one (table rows set a paragraph gap apart): the
        // pitch is the middle of the narrow window that holds the most distances.
        distances.Sort();
        var (best, bestStart, bestEnd) = (0, 0, 0);
        for (int start = 0, end = 0; start < distances.Count; start++)
        {
            while (end < distances.Count && distances[end] - distances[start] <= window)
            {
                end++;
            }

            if (end - start > best)
            {
                (best, bestStart, bestEnd) = (end - start, start, end);
            }
        }

        return (distances[(bestStart + bestEnd - 1) / 2], best);
    }
}
