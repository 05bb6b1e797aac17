namespace Alignment.Documents.Pdf;

/// <summary>
/// The cells of a table set without rules. A PDF draws a table's cells as letters on shared baselines, and the gap
/// between two cells can be as narrow as a space (<c>Wells monitored Share with open data</c>) or, between Han
/// characters, narrower than the line finder's space (<c>监测水井数开放数据比例</c>): read alone, the row is one run of
/// words and, in Chinese, its cells run together. What tells a column is that it lines up: its cells start at the same
/// place on consecutive lines, each after a gap, and in at least two of those lines the gap is wide: an em or more, and
/// wider than the line's other gaps, since a justified line widens all its spaces alike. A line without a cell there
/// ends the column: the text of numbered paragraphs lines up after their labels too, and a wrapped line between two of
/// them that happens to leave a gap at that place is no row. Such a cell is read after a tab, which is how the readers
/// mark a table's cells (<see cref="Reading.TableRow"/>); the tab after a label is read as any space after a label is.
/// Cells mostly many ems long are a column of running text beside another, not a table's. Not found this way: figures set
/// flush right (their cells end together, not start), a row with an empty cell, and tables on a page set in columns,
/// whose narrow justified lines stretch their spaces too far to tell.
/// </summary>
internal static class TableColumns
{
    /// <summary>A gap of at least this many ems before a letter may separate cells.</summary>
    private const double CellGap = 0.25;

    /// <summary>A gap of at least this many ems is wider than a space.</summary>
    private const double WideGap = 1.0;

    /// <summary>Two gaps of a line that differ by at most this many ems are a justified line's spaces.</summary>
    private const double EvenGaps = 0.1;

    /// <summary>A wide gap is at least this many times the narrowest of a line with more than two gaps.</summary>
    private const double WiderThanSpaces = 2.0;

    /// <summary>Cells of one column start, or end, within this many points of each other.</summary>
    private const double SameEdge = 0.5;

    /// <summary>Rows of one table follow each other within this many of their ems (cells are often padded).</summary>
    private const double RowPitch = 4;

    /// <summary>A column whose cells are mostly at least this many ems long is one of running text, not a table's.</summary>
    private const double PageColumnEms = 8;

    /// <summary>A column is looked for on at most this many lines above and below a wide gap.</summary>
    private const int RowsLookedAt = 8;

    /// <summary>A cell after a gap: its first letter's place in the page's list, where it starts, where it ends (at the next wide gap), and where the gap before it starts.</summary>
    private readonly record struct Cell(int Glyph, double Start, double End, double GapStart, bool Wide);

    private sealed record Line(double Baseline, double Size, Cell[] Cells);

    /// <summary>
    /// The letters (places in the page's list) that start a table cell, for lines given top to bottom, each the places
    /// of its letters.
    /// </summary>
    public static HashSet<int> CellStarts(IReadOnlyList<Glyph> glyphs, IReadOnlyList<List<int>> lines)
    {
        var measured = lines.Select(l => Measure(glyphs, l)).ToArray();
        var starts = new HashSet<int>();
        for (var i = 0; i < measured.Length; i++)
        {
            foreach (var cell in measured[i]?.Cells ?? [])
            {
                if (cell.Wide && !starts.Contains(cell.Glyph))
                {
                    MarkColumn(measured, i, cell, starts);
                }
            }
        }

        return starts;
    }

    /// <summary>Marks the cells starting where <paramref name="cell"/> does, if at least two of them are set apart widely.</summary>
    private static void MarkColumn(Line?[] lines, int row, Cell cell, HashSet<int> starts)
    {
        var edge = cell.Start;
        var column = new List<Cell> { cell };
        var wide = 1;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var previous = lines[row]!;
            for (var j = row + step; j >= 0 && j < lines.Length && Math.Abs(j - row) <= RowsLookedAt; j += step)
            {
                if (lines[j] is not { } line || !Follows(previous, line, step))
                {
                    break;
                }

                if (CellAt(line, edge) is not { } found)
                {
                    break;
                }

                column.Add(found);
                wide += found.Wide ? 1 : 0;

                previous = line;
            }
        }

        if (wide >= 2 && !IsPageColumn(column, lines[row]!.Size))
        {
            starts.UnionWith(column.Select(c => c.Glyph));
        }
    }

    /// <summary>
    /// Whether the cells are lines of a column of running text beside another (on a page whose columns the reader did
    /// not find, or a cover's blocks side by side): most of them many ems long, where a table's are a few words.
    /// </summary>
    private static bool IsPageColumn(List<Cell> column, double size) =>
        column.Count(c => c.End - c.Start >= PageColumnEms * size) * 2 > column.Count;

    /// <summary>Whether <paramref name="next"/> is the line just above (step −1) or below (step 1) <paramref name="line"/> in one block.</summary>
    private static bool Follows(Line line, Line next, int step)
    {
        var drop = (line.Baseline - next.Baseline) * step;
        return drop > 0 && drop <= RowPitch * Math.Max(line.Size, next.Size);
    }

    private static Cell? CellAt(Line line, double edge)
    {
        foreach (var cell in line.Cells)
        {
            if (Math.Abs(cell.Start - edge) <= SameEdge)
            {
                return cell;
            }
        }

        return null;
    }

    private static Line? Measure(IReadOnlyList<Glyph> glyphs, List<int> indices)
    {
        var ink = indices.Where(i => !LineFinder.IsSpace(glyphs[i])).OrderBy(i => glyphs[i].X).ToArray();
        if (ink.Length == 0)
        {
            return null;
        }

        var size = ink.Max(i => glyphs[i].PointSize);
        var gaps = new List<(int Letter, double GapStart)>();
        var right = glyphs[ink[0]].X + glyphs[ink[0]].Width;
        for (var k = 1; k < ink.Length; k++)
        {
            var glyph = glyphs[ink[k]];
            if (glyph.X - right >= CellGap * size)
            {
                gaps.Add((k, right));
            }

            right = Math.Max(right, glyph.X + glyph.Width);
        }

        var widths = gaps.Select(g => glyphs[ink[g.Letter]].X - g.GapStart).ToArray();
        var cells = new Cell[gaps.Count];
        for (var c = 0; c < gaps.Count; c++)
        {
            var (letter, gapStart) = gaps[c];
            var start = glyphs[ink[letter]].X;
            var gap = start - gapStart;
            cells[c] = new Cell(ink[letter], start, right, gapStart, gap >= WideGap * size && !Justified(gap));
        }

        // A cell runs to the next wide gap: the words of a cell, or of a column's line, are a space apart.
        for (var c = cells.Length - 2; c >= 0; c--)
        {
            cells[c] = cells[c] with { End = cells[c + 1].Wide ? cells[c + 1].GapStart : cells[c + 1].End };
        }

        return new Line(glyphs[ink[0]].Y, size, cells);

        // A justified line widens all its spaces alike: two about equal, or one of three or more no wider than twice the narrowest.
        bool Justified(double gap) => widths.Length switch
        {
            1 => false,
            2 => Math.Abs(widths[0] - widths[1]) <= EvenGaps * size,
            _ => gap < WiderThanSpaces * widths.Min(),
        };
    }
}
