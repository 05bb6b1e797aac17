using System.Buffers;

namespace Alignment.Documents.Reading;

/// <summary>
/// The rows of a table that an extractor set out in columns with runs of spaces, as <c>pdftotext -layout</c> pads each
/// cell to where it stood on the page (<c>Provisions      4      (25)      (118)</c>). Such a row is written with a tab
/// between its cells, as the PDF reader writes the rows it finds.
/// </summary>
/// <remarks>
/// A row is known by its neighbours: consecutive lines of three or more cells each, where every gutter of one line (a
/// run of two or more spaces inside it) is blank, at least in part, in the line next to it, so the columns line up down
/// the table; and the run of such lines holds figures after the first cell on at least two lines, or is at least three
/// lines long (a table of words: <c>Family name      As shown in the passport      Yes</c>). A justified line that
/// the extractor stretched has gutters between all its words, but the next line's words stand across them; a paragraph
/// that hangs from its number (<c>1.      In its resolution …</c>) has two cells, not three; an indented or centred
/// line has no gutter inside it.
/// </remarks>
internal static class SpacedTable
{
    /// <summary>The fewest cells a row of such a table has.</summary>
    private const int MinCells = 3;

    /// <summary>The fewest lines of a table that hold figures.</summary>
    private const int MinFigureRows = 2;

    /// <summary>The fewest lines of a table of words alone (a table of fields, of names and functions).</summary>
    private const int MinWordRows = 3;

    private static readonly SearchValues<char> FigureChars = SearchValues.Create("0123456789,.()%-–− ");

    /// <summary>The lines that are rows of such tables.</summary>
    /// <param name="lines">The original lines: their columns are where the extractor set each cell.</param>
    /// <param name="content">Whether each line carries content (neither blank nor page furniture).</param>
    public static IReadOnlySet<int> Rows(IReadOnlyList<SourceLine> lines, IReadOnlyList<bool> content)
    {
        var rows = new HashSet<int>();
        var columns = lines.Select(line => line.Text.TrimStart('\f')).ToArray();
        var cells = columns.Select(Cells).ToArray();
        var start = 0;
        while (start < lines.Count)
        {
            var end = start;
            while (end + 1 < lines.Count && content[end] && content[end + 1] && LineUp(columns[end], cells[end], columns[end + 1], cells[end + 1]))
            {
                end++;
            }

            if (end > start && (end - start + 1 >= MinWordRows || Enumerable.Range(start, end - start + 1).Count(i => HasFigureAfterFirstCell(columns[i], cells[i])) >= MinFigureRows))
            {
                rows.UnionWith(Enumerable.Range(start, end - start + 1));
            }

            start = end + 1;
        }

        return rows;
    }

    /// <summary>The line with each run of two or more spaces between its cells made one tab.</summary>
    public static MappedText WithTabs(MappedText line)
    {
        var builder = new MappedTextBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (!char.IsWhiteSpace(line[i]))
            {
                builder.Append(line[i], line.OffsetOf(i));
            }
            else if (i > 0 && !char.IsWhiteSpace(line[i - 1]))
            {
                var run = i;
                while (run < line.Length && char.IsWhiteSpace(line[run]))
                {
                    run++;
                }

                if (run < line.Length)
                {
                    builder.Append(run - i >= 2 ? '\t' : ' ', line.OffsetOf(i));
                }
            }
        }

        return builder.ToMappedText();
    }

    /// <summary>Whether two lines' gutters line up, each line as the extractor set it in columns.</summary>
    private static bool LineUp(string line, List<Range> cells, string next, List<Range> nextCells) =>
         cells.Count >= MinCells && nextCells.Count >= MinCells && GuttersBlankIn(cells, next) && GuttersBlankIn(nextCells, line);

    /// <summary>Whether each gutter between <paramref name="cells"/> has a column where <paramref name="other"/> is blank.</summary>
    private static bool GuttersBlankIn(List<Range> cells, string other)
    {
        for (var k = 1; k < cells.Count; k++)
        {
            var blank = false;
            for (var column = cells[k - 1].End.Value; column < cells[k].Start.Value && !blank; column++)
            {
                blank = column >= other.Length || char.IsWhiteSpace(other[column]);
            }

            if (!blank)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasFigureAfterFirstCell(string line, List<Range> cells) =>
        cells.Skip(1).Any(cell => IsFigure(line.AsSpan(cell.Start.Value, cell.End.Value - cell.Start.Value)));

    /// <summary>A cell that is a figure and nothing else: <c>4,210</c>, <c>(25)</c>, <c>-3.1</c>, <c>12 %</c>, a nil dash.</summary>
    private static bool IsFigure(ReadOnlySpan<char> cell) =>
        cell is "—" or "–" or "-"
        || (cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyExcept(FigureChars));

    /// <summary>The cells of a line: its runs of text between runs of two or more spaces.</summary>
    private static List<Range> Cells(string line)
    {
        var cells = new List<Range>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            var start = i;
            while (i < line.Length && !(char.IsWhiteSpace(line[i]) && (i + 1 == line.Length || char.IsWhiteSpace(line[i + 1]))))
            {
                i++;
            }

            cells.Add(start..i);
        }

        return cells;
    }
}
