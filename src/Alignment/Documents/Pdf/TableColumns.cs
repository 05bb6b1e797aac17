namespace Alignment.Documents.Pdf;

/// <summary>
/// The cells of a table set without rules. A PDF draws a table's cells as letters on shared baselines, and the gap
/// between two cells can be as narrow as a space (<c>Wells monitored Share with open data</c>) or, between Han
/// characters, narrower than the line finder's space (<c>监测水井数开放数据比例</c>): read alone, the row is one run of
/// words and, in Chinese, its cells run together. What tells a column is that it lines up on consecutive lines: its
/// cells start at the same place, or, as figures are set, end at the same place or have their decimal points there;
/// in at least two of those lines the gap before the cell is wide: an em or more, and not a justified line's space,
/// since a justified line widens all its spaces alike. A line without a cell there ends the column: the text of
/// numbered paragraphs lines up after their labels too, and a wrapped line between two of them that happens to leave a
/// gap at that place is no row. Such a cell is read after a tab, which is how the readers mark a table's cells
/// (<see cref="Reading.TableRow"/>); the tab after a label is read as any space after a label is. Cells mostly many ems
/// long are a column of running text beside another, not a table's. Not found this way: a row with an empty cell,
/// and tables on a page set in columns, whose narrow justified lines stretch their spaces too far to tell.
/// </summary>
internal static class TableColumns
{
    /// <summary>A gap of at least this many ems before a letter may separate cells.</summary>
    private const double CellGap = 0.25;

    /// <summary>A gap of at least this many ems is wider than a space.</summary>
    private const double WideGap = 1.0;

    /// <summary>Two gaps of a line that differ by at most this many ems are a justified line's spaces.</summary>
    private const double EvenGaps = 0.1;

    /// <summary>A wide gap is at least this many times the narrowest of a line whose spaces are justified.</summary>
    private const double WiderThanSpaces = 2.0;

    /// <summary>Cells of one column start, or end, within this many points of each other.</summary>
    private const double SameEdge = 0.5;

    /// <summary>Rows of one table follow each other within this many of their ems (cells are often padded).</summary>
    private const double RowPitch = 4;

    /// <summary>A column whose cells are mostly at least this many ems long is one of running text, not a table's.</summary>
    private const double PageColumnEms = 8;

    /// <summary>A gap after a line of running text narrower than this many ems is a gutter between a page's columns.</summary>
    private const double GutterEms = 4;

    /// <summary>A column of text set flush right is a table's when it has at least this many rows.</summary>
    private const int MinFlushRightRows = 3;

    /// <summary>A column is looked for on at most this many lines above and below a wide gap.</summary>
    private const int RowsLookedAt = 8;

    /// <summary>How the cells of a column line up.</summary>
    private enum Edge
    {
        /// <summary>Text: the cells start at one place.</summary>
        Start,

        /// <summary>Figures set flush right: the cells end at one place.</summary>
        End,

        /// <summary>Figures set on the decimal point: the points, or the ends of whole numbers, at one place.</summary>
        Point,
    }

    /// <summary>
    /// A piece of a line after a gap: its first letter's place in the page's list, where it starts, where its first word
    /// ends, how wide the gap before it is and where that gap starts, whether that gap is wide, where its decimal point is
    /// if it is a figure (its end for a whole number), where the run of words it starts ends (at the next wide gap), and
    /// how wide the gap after that run is (0 at the end of the line).
    /// </summary>
    private readonly record struct Cell(int Glyph, double Start, double WordEnd, double Gap, double GapStart, bool Wide, double? Point, double End, double After);

    private sealed record Line(double Baseline, double Size, double Right, Cell[] Cells);

    /// <summary>
    /// The letters (places in the page's list) that start a table cell, for lines given top to bottom, each the places
    /// of its letters.
    /// </summary>
    public static HashSet<int> CellStarts(IReadOnlyList<Glyph> glyphs, IReadOnlyList<List<int>> lines)
    {
        var measured = lines.Select(l => Measure(glyphs, l)).ToArray();
        var starts = new HashSet<int>();
        foreach (var edge in (ReadOnlySpan<Edge>)[Edge.Start, Edge.End, Edge.Point])
        {
            for (var i = 0; i < measured.Length; i++)
            {
                foreach (var (place, cell) in Candidates(measured[i], edge))
                {
                    if (cell.Wide && !starts.Contains(cell.Glyph))
                    {
                        MarkColumn(measured, i, place, edge, starts);
                    }
                }
            }
        }

        return starts;
    }

    /// <summary>
    /// Marks the cells lining up at <paramref name="place"/> with a cell of line <paramref name="row"/>, if at least two of
    /// them are set apart widely. A line that ends well before a column of figures starts does not end it: it is a
    /// label of the table that wrapped in its narrow column, a line of the row above or below.
    /// </summary>
    private static void MarkColumn(Line?[] lines, int row, double place, Edge edge, HashSet<int> starts)
    {
        var column = new List<Cell> { CellAt(lines[row]!, place, edge)!.Value };
        // Lines without a cell there between two of the column's cells: a column of text has a cell on every row.
        var skipped = 0;
        foreach (var step in (ReadOnlySpan<int>)[-1, 1])
        {
            var previous = lines[row]!;
            var pending = 0;
            for (var j = row + step; j >= 0 && j < lines.Length && Math.Abs(j - row) <= RowsLookedAt; j += step)
            {
                if (lines[j] is not { } line || !Follows(previous, line, step))
                {
                    break;
                }

                previous = line;
                if (CellAt(line, place, edge) is { } found)
                {
                    // A line of running text under a table (its note) may have a space there: set no wider, and running on
                    // for many ems, it is no row.
                    if (!found.Wide && found.End - found.Start >= PageColumnEms * line.Size)
                    {
                        break;
                    }

                    column.Add(found);
                    skipped += pending;
                    pending = 0;
                }
                else if (edge == Edge.Start || line.Right >= column.Min(c => c.Start) - (WideGap * line.Size))
                {
                    break;
                }
                else
                {
                    pending++;
                }
            }
        }

        if (column.Count(c => c.Wide) >= 2 && !IsPageColumn(column, lines[row]!.Size)
            && (edge == Edge.Start || IsFigures(column) || (edge == Edge.End && skipped == 0 && IsFlushRight(column, lines[row]!.Size))))
        {
            starts.UnionWith(column.Select(c => c.Glyph));
        }
    }

    /// <summary>The cell of <paramref name="line"/> that lines up at <paramref name="place"/>, if any.</summary>
    private static Cell? CellAt(Line line, double place, Edge edge)
    {
        foreach (var (at, cell) in Candidates(line, edge))
        {
            if (Math.Abs(at - place) <= SameEdge)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the cells of a line would line up at <paramref name="edge"/>, each with the cell to read after a tab. A cell
    /// of text starts at its place. A cell of figures ends a run of words with a gap of an em or more after it, or the
    /// line; the run starts after such a gap too, not at the start of the line (a justified paragraph's lines all end
    /// at the margin). A justified line's spaces may be that wide, so only the gaps that are wide, not only an em,
    /// count towards finding a column.
    /// </summary>
    private static IEnumerable<(double Place, Cell Cell)> Candidates(Line? line, Edge edge)
    {
        var cells = line?.Cells ?? [];
        var em = line?.Size ?? 0;
        var run = -1;
        for (var c = 0; c < cells.Length; c++)
        {
            if (edge == Edge.Start)
            {
                yield return (cells[c].Start, cells[c]);
                continue;
            }

            run = cells[c].Gap >= WideGap * em ? c : run;
            var next = c + 1 < cells.Length ? cells[c + 1] : (Cell?)null;
            if (run >= 0 && (next is null || next.Value.Gap >= WideGap * em)
                && (edge == Edge.End ? cells[c].WordEnd : cells[c].Point) is { } place)
            {
                yield return (place, cells[run] with { End = cells[c].WordEnd, After = next?.Gap ?? 0, Point = run == c ? cells[c].Point : null });
            }
        }
    }

    /// <summary>
    /// Whether most cells of a column lined up at their ends are figures (a header may be a word): the lines of a
    /// page's column of justified text read across the page end together too, after the gutter.
    /// </summary>
    private static bool IsFigures(List<Cell> column) => column.Count(c => c.Point is not null) * 2 > column.Count;

    /// <summary>
    /// Whether the cells are a column of text set flush right, as a table's columns often are (<c>Description</c> over
    /// <c>As shown in the passport</c>, <c>Required</c> over <c>Yes</c> and <c>No</c>): at least three rows, each set
    /// widely apart from the cell before, ending together and starting apart. A page's column of justified lines, read
    /// across a gutter, ends together too, but starts together: at its margin.
    /// </summary>
    private static bool IsFlushRight(List<Cell> column, double size) =>
        column.Count >= MinFlushRightRows && column.All(c => c.Wide) && column.Max(c => c.Start) - column.Min(c => c.Start) >= WideGap * size;

    /// <summary>
    /// Whether the cells are lines of a column of running text beside another (on a page whose columns the reader did
    /// not find, or a cover's blocks side by side): most of them many ems long and running to the end of the line or to
    /// a gutter, where a table's are a few words, or as long but followed by a wide gap before the next column.
    /// </summary>
    private static bool IsPageColumn(List<Cell> column, double size) =>
        column.Count(c => c.End - c.Start >= PageColumnEms * size && c.After < GutterEms * size) * 2 > column.Count;

    /// <summary>Whether <paramref name="next"/> is the line just above (step −1) or below (step 1) <paramref name="line"/> in one block.</summary>
    private static bool Follows(Line line, Line next, int step)
    {
        var drop = (line.Baseline - next.Baseline) * step;
        return drop > 0 && drop <= RowPitch * Math.Max(line.Size, next.Size);
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
            var wordEnd = c + 1 < gaps.Count ? gaps[c + 1].GapStart : right;
            var last = c + 1 < gaps.Count ? gaps[c + 1].Letter : ink.Length;
            var wide = gap >= WideGap * size && !Justified(gap);
            cells[c] = new Cell(ink[letter], start, wordEnd, gap, gapStart, wide, DecimalPoint(glyphs, ink.AsSpan(letter, last - letter), wordEnd), right, 0);
        }

        // A cell runs to the next wide gap: the words of a cell, or of a column's line, are a space apart.
        for (var c = cells.Length - 2; c >= 0; c--)
        {
            var next = cells[c + 1];
            cells[c] = next.Wide ? cells[c] with { End = next.GapStart, After = next.Gap } : cells[c] with { End = next.End, After = next.After };
        }

        return new Line(glyphs[ink[0]].Y, size, right, cells);

        // A justified line widens all its spaces alike: a gap about as wide as another of the line's, or, where the
        // narrowest gap has such a twin, one no wider than twice the narrowest. A table's gaps differ from cell to cell,
        // but two may be alike (two columns of figures as wide, 16 ⇥12); set more than twice as wide as the narrowest
        // gap (Payables for investment ⇥16 ⇥12, its label's words spread to fill a narrow column), they are no spaces.
        bool Justified(double gap) =>
            gap < WiderThanSpaces * widths.Min() && (HasTwin(gap) || (widths.Length > 2 && HasTwin(widths.Min())));

        bool HasTwin(double gap) => widths.Count(w => Math.Abs(w - gap) <= EvenGaps * size) >= 2;
    }

    /// <summary>
    /// Where a figure's decimal point is (a full stop between digits; the figure's end for a whole number, whose point is
    /// left out, and for a dash that stands for nil); null for a cell that is not a figure.
    /// </summary>
    private static double? DecimalPoint(IReadOnlyList<Glyph> glyphs, ReadOnlySpan<int> letters, double end)
    {
        double? point = null;
        var digits = 0;
        for (var k = 0; k < letters.Length; k++)
        {
            var value = glyphs[letters[k]].Value;
            if (value.Length != 1)
            {
                return null;
            }

            switch (value[0])
            {
                case >= '0' and <= '9':
                    digits++;
                    break;
                case '.' when k > 0 && k + 1 < letters.Length && char.IsAsciiDigit(glyphs[letters[k + 1]].Value[0]):
                    point = glyphs[letters[k]].X;
                    break;
                case ',' or '(' or ')' or '%' or '-' or '−' or '–' or '—' or '.':
                    break;
                default:
                    return null;
            }
        }

        return digits == 0 && !(letters.Length == 1 && glyphs[letters[0]].Value is "—" or "–" or "-" or "−") ? null : point ?? end;
    }
}
