using System.Buffers;

namespace Alignment.Documents.Reading;

/// <summary>
/// The rows of a table of figures that an extractor wrote with one space between cells, as <c>pdftotext -raw</c> does
/// (<c>现金和现金等价物 3 4,210 3,876</c>): where one cell ends is lost, but the figures and notes a row ends with
/// (<c>3</c>, <c>(a)</c>, <c>1.</c>, <c>4,210</c>, <c>(25)</c>, a nil dash) are cells of their own. Such a row is written
/// with a tab before each of them, as the PDF reader writes the rows it finds.
/// </summary>
/// <remarks>
/// A line of running text may end with a number or two (<c>from 17 to 21</c>, a Chinese line wrapped inside a date);
/// rows of a table come together, so a line is a row only beside another that ends the same way, each with two cells
/// or more at its end, one of them a figure. A table of one column of figures has one cell at the end of each row
/// (<c>Funded ratio (%) 107.9</c>): its rows are those of a run of at least three lines that each end in a figure
/// after their text, which wrapped running text hardly ever makes. A line of figures and nothing else
/// (<c>2026 2025</c>, a column header) is a row wherever it stands.
/// </remarks>
internal static class FigureRows
{
    private const int MinCells = 2;

    /// <summary>The fewest consecutive lines ending in one figure each that are a table's rows.</summary>
    private const int MinSingleFigureRows = 3;

    private static readonly SearchValues<char> FigureChars = SearchValues.Create("0123456789,.()%-–−");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>The lines that are rows of such tables.</summary>
    /// <param name="lines">The lines, single-spaced.</param>
    /// <param name="content">Whether each line carries content (neither blank nor page furniture).</param>
    public static IReadOnlySet<int> Rows(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> content)
    {
        var rows = new HashSet<int>();
        var ends = lines.Select((line, i) => content[i] && EndsInFigures(line.Text)).ToArray();
        var endsInOne = lines.Select((line, i) => content[i] && EndsInFigure(line.Text)).ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            if ((ends[i] && ((i > 0 && ends[i - 1]) || (i + 1 < lines.Count && ends[i + 1]))) || (content[i] && IsFiguresOnly(lines[i].Text)))
            {
                rows.Add(i);
            }
        }

        for (var start = 0; start < lines.Count;)
        {
            var end = start;
            while (end < lines.Count && endsInOne[end])
            {
                end++;
            }

            if (end - start >= MinSingleFigureRows)
            {
                rows.UnionWith(Enumerable.Range(start, end - start));
            }

            start = Math.Max(end, start + 1);
        }

        return rows;
    }

    /// <summary>The row with a tab, instead of the space, before each cell it ends with.</summary>
    public static MappedText WithTabs(MappedText row)
    {
        var cells = TrailingCells(row.Text);
        var builder = new MappedTextBuilder(row.Length);
        for (var i = 0; i < row.Length; i++)
        {
            var startsCell = i + 1 < row.Length && cells.Contains(i + 1);
            builder.Append(row[i] == ' ' && startsCell ? '\t' : row[i], row.OffsetOf(i));
        }

        return builder.ToMappedText();
    }

    /// <summary>Whether the line ends in two or more figures and notes, one of them a figure (<c>Other liabilities 2 3</c>).</summary>
    public static bool EndsInFigures(string line)
    {
        var cells = TrailingCells(line);
        return cells.Count >= MinCells && cells.Any(start => IsFigure(line.AsSpan(start, CellEnd(line, start) - start)));
    }

    /// <summary>
    /// Whether the line ends in a figure after some text of its own: <c>Funded ratio (%) 107.9</c>, or one whose thousands
    /// are set apart by a space (<c>Interest income 121 109</c>, which may as well be two figures of a row).
    /// </summary>
    private static bool EndsInFigure(string line)
    {
        var cells = TrailingCells(line);
        if (cells.Count == 0 || cells[^1] == 0)
        {
            return false;
        }

        foreach (var part in line.AsSpan(cells[0]).Split(' '))
        {
            if (!IsFigure(line.AsSpan(cells[0])[part]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line is two or more figures and nothing else: <c>2026 2025</c>.</summary>
    private static bool IsFiguresOnly(string line)
    {
        var cells = TrailingCells(line);
        return cells.Count >= MinCells && cells[^1] == 0 && cells.All(start => IsFigure(line.AsSpan(start, CellEnd(line, start) - start)));
    }

    /// <summary>Where each of the figures and notes the line ends with starts, last first.</summary>
    private static List<int> TrailingCells(string line)
    {
        var starts = new List<int>();
        var end = line.Length;
        while (end > 0)
        {
            var start = line.LastIndexOf(' ', end - 1) + 1;
            var cell = line.AsSpan(start, end - start);
            if (!(IsFigure(cell) || IsNote(cell)))
            {
                break;
            }

            // A group of three digits after a figure of three or fewer is its thousands, as Chinese and French write
            // them (6 218): one cell.
            if (start > 1 && cell.Length == 3 && !cell.ContainsAnyExcept(Digits) && PreviousToken(line, start - 1) is { Length: >= 1 and <= 3 } before
                && !before.ContainsAnyExcept(Digits))
            {
                start -= before.Length + 1;
            }

            starts.Add(start);
            end = start - 1;
        }

        return starts;
    }

    private static ReadOnlySpan<char> PreviousToken(string line, int space)
    {
        var start = line.LastIndexOf(' ', space - 1) + 1;
        return line.AsSpan(start, space - start);
    }

    private static int CellEnd(string line, int start)
    {
        var space = line.IndexOf(' ', start);
        return space < 0 ? line.Length : space;
    }

    /// <summary>A figure: <c>4,210</c>, <c>(25)</c>, <c>-3.1</c>, <c>12%</c>, a nil dash.</summary>
    private static bool IsFigure(ReadOnlySpan<char> cell) =>
        cell is "—" or "–" or "-" || (cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyExcept(FigureChars) && !IsNote(cell));

    /// <summary>A note or row number: <c>(a)</c>, <c>1.</c>.</summary>
    private static bool IsNote(ReadOnlySpan<char> cell) =>
        (cell.Length == 3 && cell[0] == '(' && cell[1] is >= 'a' and <= 'z' && cell[2] == ')')
        || (cell.Length is >= 2 and <= 3 && cell[^1] == '.' && !cell[..^1].ContainsAnyExcept(Digits));
}
