using System.Buffers;

namespace Alignment.Documents.Reading;

/// <summary>
/// The row labels of a table that wrapped under their own row, as a word processor sets a table's cells from their
/// tops and an extractor that keeps the page's columns (<c>pdftotext -layout</c>) prints them: the figures stay on the
/// row's first line and the label goes on below, in the label's column (<c>Payables   for   investment      16     12</c>
/// / <c>transactions</c>). Read line by line, the row would end before the rest of its label, or take it after its
/// figures. Such a line starts where the row does, ends before the row's figures start, and its first word could not
/// have followed the label within the label's column (as wide as the widest label of the table's rows around it): a
/// group's name under a row (<c>Total assets  11,459  11,013</c> / <c>Liabilities</c>) would have fitted. Under the
/// widest label, which shows no column's edge but its own, only a line that goes on in lower case (or CJK text) does.
/// A line with a label of its own (a table's note, <c>1/ Includes …</c>) is none. The label's
/// lines are joined into the row's before its cells, each character still mapped to where it stands.
/// </summary>
internal static class LabelsUnderRows
{
    private static readonly SearchValues<char> FigureChars = SearchValues.Create("0123456789,.()%-–− ");

    /// <summary>A row's label wraps onto at most this many lines under it.</summary>
    private const int LinesUnder = 3;

    /// <summary>An extractor sets letters in character cells, which places the column's edge to a character or two.</summary>
    private const int ColumnSlack = 1;

    /// <summary>Rows looked at above and below a row for the table's widest label.</summary>
    private const int RowsAround = 12;

    /// <summary>
    /// Joins the label lines under the rows into the rows, in <paramref name="texts"/>; the lines so joined are given out
    /// (their texts left empty), to be skipped as no gap. A line that ends in figures after a label spread over its cell
    /// (<c>After-service   health   insurance   5   5</c>) is a row too where a row stands at most a few lines above it (the label lines
    /// between it and that row): its spread label kept it from being found as one.
    /// </summary>
    /// <param name="lines">The original lines.</param>
    /// <param name="texts">The laid-out lines, rows with a tab before each cell.</param>
    /// <param name="content">Whether each line carries content (neither blank nor page furniture).</param>
    /// <param name="rows">The lines that are rows of a table.</param>
    public static IReadOnlySet<int> Join(IReadOnlyList<SourceLine> lines, MappedText[] texts, IReadOnlyList<bool> content, IReadOnlySet<int> rows)
    {
        var joined = new HashSet<int>();
        var columns = new Dictionary<int, (int Start, int LabelEnd, int Cells, int LabelEndOffset)>();
        var sinceRow = int.MaxValue;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!content[i])
            {
                sinceRow = int.MaxValue;
                continue;
            }

            var isRow = (rows.Contains(i) || sinceRow <= LinesUnder) && Columns(lines[i]) is { } found && columns.TryAdd(i, found);
            sinceRow = isRow ? 1 : sinceRow == int.MaxValue ? sinceRow : sinceRow + 1;
        }

        // And the first row of such a table, over the label lines under it.
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if (content[i] && !columns.ContainsKey(i) && Enumerable.Range(i + 1, Math.Min(LinesUnder + 1, lines.Count - i - 1)).TakeWhile(j => content[j]).Any(columns.ContainsKey)
                && Columns(lines[i]) is { } found)
            {
                columns[i] = found;
            }
        }

        foreach (var i in columns.Keys.Order())
        {
            if (joined.Contains(i))
            {
                continue;
            }

            var (start, labelEnd, cells, labelEndOffset) = columns[i];
            var edge = columns.Where(c => Math.Abs(c.Key - i) <= RowsAround && c.Value.Start == start).Max(c => c.Value.LabelEnd);
            var under = new List<int>();
            var (before, above) = (labelEnd, lines[i].Text.AsSpan(0, labelEndOffset - lines[i].Start).Trim(' ').ToString());
            for (var j = i + 1; j < lines.Count && content[j] && !columns.ContainsKey(j); j++)
            {
                var line = lines[j].Text;
                var indent = line.Length - line.TrimStart().Length;
                var text = line.Trim();
                var end = TextShape.Width(line.AsSpan(0, indent)) + TextShape.Width(text);
                if (indent != start || end >= cells || LabelParser.Parse(text).Count > 0 || !GoesOn(above, before, text, edge))
                {
                    break;
                }

                under.Add(j);
                (before, above) = (end, text);
            }

            if (under.Count > 0)
            {
                texts[i] = WithLabelLines(texts[i], labelEndOffset, under.Select(j => (texts[j], lines[j].Start - 1)));
                foreach (var j in under)
                {
                    texts[j] = MappedText.Empty;
                    joined.Add(j);
                }
            }
        }

        return joined;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the label line <paramref name="above"/>, which ends at column
    /// <paramref name="before"/>: its first word would not have fitted within the column (to <paramref name="edge"/>),
    /// and the label shows it was cut: the next line goes on in lower case or in brackets, or the label leaves a bracket
    /// open, ends in a function word (<c>of</c>, <c>to</c>) or was spread to fill its cell; CJK text, which wraps anywhere,
    /// when the label reached the column's edge.
    /// </summary>
    private static bool GoesOn(string above, int before, string next, int edge)
    {
        if (before + 1 + TextShape.Width(TextShape.FirstWord(next)) < edge - ColumnSlack)
        {
            return false;
        }

        var open = above.Count(c => c is '(' or '（') > above.Count(c => c is ')' or '）');
        return char.IsLower(next[0]) || next[0] is '(' or '（' || open || TextShape.EndsWithFunctionWord(above)
            || above.Contains("  ", StringComparison.Ordinal) || (Chars.IsCjk(next[0]) && before + 2 > edge);
    }

    /// <summary>
    /// Where a row printed with its columns starts, where its label ends and where its figures start, in display columns,
    /// and the label's end in the original; null for a line that does not end in figures set apart from a label by runs
    /// of spaces (a PDF's row, with tabs of its own, among them). The label's own words may be spread apart (a justified
    /// cell).
    /// </summary>
    private static (int Start, int LabelEnd, int Cells, int LabelEndOffset)? Columns(SourceLine line)
    {
        var text = line.Text.TrimEnd();
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = -1;
        var end = text.Length;
        while (end > 0)
        {
            var gap = text.LastIndexOf("  ", end - 1, StringComparison.Ordinal);
            var chunkStart = gap < 0 ? 0 : gap + 2;
            while (chunkStart < end && text[chunkStart] == ' ')
            {
                chunkStart++;
            }

            if (gap < 0 || !IsFigures(text.AsSpan(chunkStart, end - chunkStart)))
            {
                break;
            }

            cells = chunkStart;
            end = text.AsSpan(0, gap).TrimEnd(' ').Length;
        }

        if (cells < 0 || end == 0 || text.AsSpan(0, end).Trim(' ').IsEmpty)
        {
            return null;
        }

        var indent = text.Length - text.TrimStart().Length;
        return (indent, TextShape.Width(text.AsSpan(0, end)), TextShape.Width(text.AsSpan(0, cells)), line.Start + end);
    }

    /// <summary>Whether a cell holds figures only (<c>11,459</c>, <c>(25)</c>, <c>2.2</c>, <c>..</c>, a nil dash; thousands set apart by a space).</summary>
    private static bool IsFigures(ReadOnlySpan<char> cell) =>
        cell is ".." or "—" or "–" or "-" || (cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyExcept(FigureChars));

    /// <summary>
    /// The row with the label lines joined after its label (each after a space mapped to the line break before it), then
    /// a tab and its cells: the label's words a space apart (their runs of spaces, or tabs where they were read as
    /// cells, made one), so that the row reads as one.
    /// </summary>
    private static MappedText WithLabelLines(MappedText row, int labelEndOffset, IEnumerable<(MappedText Text, int Break)> under)
    {
        var label = 0;
        while (label < row.Length && row.OffsetOf(label) < labelEndOffset)
        {
            label++;
        }

        var builder = new MappedTextBuilder(row.Length);
        for (var k = 0; k < label; k++)
        {
            if (!char.IsWhiteSpace(row[k]))
            {
                builder.Append(row[k], row.OffsetOf(k));
            }
            else if (!char.IsWhiteSpace(row[k - 1]))
            {
                builder.Append(' ', row.OffsetOf(k));
            }
        }

        foreach (var (text, lineBreak) in under)
        {
            builder.Append(' ', lineBreak);
            builder.Append(text);
        }

        var cells = label;
        while (cells < row.Length && char.IsWhiteSpace(row[cells]))
        {
            cells++;
        }

        if (cells > label)
        {
            builder.Append('\t', row.OffsetOf(label));
        }

        for (var k = cells; k < row.Length; k++)
        {
            builder.Append(row[k], row.OffsetOf(k));
        }

        return builder.ToMappedText();
    }
}
