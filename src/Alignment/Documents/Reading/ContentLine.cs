namespace Alignment.Documents.Reading;

/// <summary>A line that carries content, cleaned, with what its start looks like and whether a gap precedes it.</summary>
/// <param name="Source">The original line.</param>
/// <param name="Text">The cleaned line.</param>
/// <param name="GapBefore">Blank lines or page furniture stand between this line and the previous content line.</param>
/// <param name="PageBreakBefore">
/// Page furniture, a form feed or two or more blank lines stand between this line and the previous content line: a page ended, and a paragraph
/// may go on after it.
/// </param>
/// <param name="Labels">The labels the line may start with, most likely first.</param>
/// <param name="AnnexSection">The annex this line opens (<c>annex</c>, <c>annex II</c>), or empty.</param>
/// <param name="IsMetadata">The whole line is a date, a language name or similar front-matter item.</param>
/// <param name="InTableCell">The line is in a table's cell, as the reader that laid the text out knows (Word); false for text.</param>
/// <param name="Heading">What the line's paragraph style makes it, as the reader that laid the text out knows (Word); none for text.</param>
internal sealed record ContentLine(
    SourceLine Source,
    MappedText Text,
    bool GapBefore,
    bool PageBreakBefore,
    IReadOnlyList<LabelCandidate> Labels,
    string AnnexSection,
    bool IsMetadata,
    bool InTableCell,
    StyledHeading Heading = StyledHeading.None)
{
    /// <summary>
    /// One blank line separates paragraphs; more are what an extractor leaves where a page ended and its furniture was
    /// taken out, unless it marks where pages end with form feeds: then more blank lines are only a wider space before a
    /// heading or after a title, inside the page.
    /// </summary>
    private const int PageBreakBlankLines = 2;

    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    private static readonly IReadOnlyDictionary<int, StyledHeading> NoHeadings = new Dictionary<int, StyledHeading>();

    /// <summary>The lines that are neither blank nor furniture, in order.</summary>
    /// <param name="lines">The original lines.</param>
    /// <param name="cleaned">Each line cleaned.</param>
    /// <param name="furniture">Why each line is furniture, or null.</param>
    /// <param name="labels">Labels found apart from the line they belong to, by line (see <see cref="ExtractedText"/>).</param>
    /// <param name="tableCellLines">Where the lines that stand in table cells start.</param>
    /// <param name="styledHeadings">Where the lines of paragraphs styled as headings start, and what they are; null for none.</param>
    public static IReadOnlyList<ContentLine> Select(
        IReadOnlyList<SourceLine> lines,
        IReadOnlyList<MappedText> cleaned,
        RemovalReason?[] furniture,
        IReadOnlyDictionary<int, IReadOnlyList<LabelCandidate>> labels,
        IReadOnlySet<int> tableCellLines,
        IReadOnlyDictionary<int, StyledHeading>? styledHeadings = null)
    {
        styledHeadings ??= NoHeadings;
        var content = new List<ContentLine>();
        var texts = LaidOut(lines, cleaned, furniture, labels, out var rows, out var joined);
        var gap = false;
        var pageBreak = false;
        var blank = 0;
        var pagesMarked = MarksPages(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = texts[i];
            pageBreak |= furniture[i] is not null || lines[i].Text.Contains('\f', StringComparison.Ordinal);
            if (joined.Contains(i))
            {
                // Read into the row above it: no line, and no gap.
                continue;
            }

            if (text.Length == 0 || furniture[i] is not null)
            {
                gap = true;
                blank++;
                pageBreak |= !pagesMarked && blank >= PageBreakBlankLines;
                continue;
            }

            // A table's row starts with a cell, however much it looks like a label (a row numbered 1., a note (a)).
            var found = labels.TryGetValue(i, out var apart) ? apart : rows.Contains(i) ? [] : LabelParser.Parse(text.Text);
            var annex = AnnexMarker.TryParse(text.Text, out var section) ? section : string.Empty;
            content.Add(new ContentLine(
                lines[i], text, gap && content.Count > 0, pageBreak && content.Count > 0, found, annex, MetadataLine.IsMatch(text.Text), tableCellLines.Contains(lines[i].Start),
                styledHeadings.GetValueOrDefault(lines[i].Start)));
            gap = false;
            pageBreak = false;
            blank = 0;
        }

        return content;
    }

    /// <summary>
    /// Whether a form feed stands before some text, so that the extractor marked where a page ended and the next began; one
    /// at the very end (a single page's text) marks no page break inside it.
    /// </summary>
    private static bool MarksPages(IReadOnlyList<SourceLine> lines)
    {
        var feed = false;
        foreach (var line in lines)
        {
            var text = line.Text;
            var at = text.IndexOf('\f', StringComparison.Ordinal);
            if (feed && text.Any(c => !char.IsWhiteSpace(c)))
            {
                return true;
            }

            if (at >= 0)
            {
                feed = true;
                if (text[(at + 1)..].Any(c => !char.IsWhiteSpace(c)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Each line with its spaces as they tell: in text laid out on pages, a table's row with a tab between cells and any
    /// other line single-spaced; elsewhere as written. The rows found here are given out as <c>rows</c>, and the lines
    /// of row labels read into the rows above them (<see cref="LabelsUnderRows"/>) as <c>joined</c>.
    /// </summary>
    private static MappedText[] LaidOut(
        IReadOnlyList<SourceLine> lines,
        IReadOnlyList<MappedText> cleaned,
        RemovalReason?[] furniture,
        IReadOnlyDictionary<int, IReadOnlyList<LabelCandidate>> labels,
        out IReadOnlySet<int> rows,
        out IReadOnlySet<int> joined)
    {
        var texts = cleaned.ToArray();
        if (!IsPaged(lines, cleaned, furniture))
        {
            rows = None;
            joined = None;
            return texts;
        }

        var content = cleaned.Select((text, i) => text.Length > 0 && furniture[i] is null).ToArray();
        var spaced = SpacedTable.Rows(lines, content);
        for (var i = 0; i < texts.Length; i++)
        {
            if (spaced.Contains(i))
            {
                texts[i] = SpacedTable.WithTabs(texts[i]);
            }
            else if (content[i])
            {
                var found = labels.TryGetValue(i, out var apart) ? apart : LabelParser.Parse(texts[i].Text);
                if (!TableRow.IsRow(texts[i].Text, found.Count > 0 ? found[0].TextStart : 0))
                {
                    texts[i] = SingleSpaced(texts[i]);
                }
            }
        }

        var figures = FigureRows.Rows(texts, [.. content.Select((isContent, i) => isContent && !spaced.Contains(i))], [.. furniture.Select(f => f is not null)]);
        foreach (var i in figures)
        {
            texts[i] = FigureRows.WithTabs(texts[i]);
        }

        rows = spaced.Union(figures).ToHashSet();
        joined = LabelsUnderRows.Join(lines, texts, content, rows.Union(Enumerable.Range(0, texts.Length).Where(i => content[i] && TableRow.IsRow(texts[i].Text, 0))).ToHashSet());
        return texts;
    }

    /// <summary>
    /// Whether the text was laid out on pages: it has page furniture, form feeds or runs of blank lines. A scene break
    /// or a pull quote is no page's furniture: a story or an article has them however it is set.
    /// </summary>
    private static bool IsPaged(IReadOnlyList<SourceLine> lines, IReadOnlyList<MappedText> cleaned, RemovalReason?[] furniture)
    {
        var blank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (furniture[i] is not null and not RemovalReason.SceneBreak and not RemovalReason.PullQuote || lines[i].Text.Contains('\f', StringComparison.Ordinal))
            {
                return true;
            }

            blank = cleaned[i].Length == 0 ? blank + 1 : 0;
            if (blank >= PageBreakBlankLines)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The line with each run of whitespace made one space. In text laid out on pages, the spaces between words are the
    /// extractor's (it pads justified lines and indents), not the writer's; only a table row keeps its runs (or has a tab
    /// for each, when its columns line up with the rows around it, see <see cref="SpacedTable"/>).
    /// </summary>
    private static MappedText SingleSpaced(MappedText line)
    {
        if (!line.Text.Any(char.IsWhiteSpace))
        {
            return line;
        }

        var builder = new MappedTextBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]))
            {
                builder.Append(line[i], line.OffsetOf(i));
            }
            else if (!char.IsWhiteSpace(line[i - 1]))
            {
                builder.Append(' ', line.OffsetOf(i));
            }
        }

        return builder.ToMappedText();
    }
}
