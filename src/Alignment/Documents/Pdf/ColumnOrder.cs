using Alignment.Documents.Reading;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Reading order for a page set in columns (a magazine, a bulletin, a two-column report). Letters on one baseline
/// across the page belong to different columns when an empty strip (a gutter) runs down the page between them: the
/// columns are then read one after the other, band by band, where a band ends at a line that crosses the gutter (a
/// title or heading across the page). The lines at the top and bottom of the page set apart by a wide gap (running
/// headers and footers) stay whole, so furniture is found as on any page. Only columns of running text count: each
/// holds several lines, is many ems wide and a good part of its lines fill its measure, which the label or figure
/// column of a table does not, and no more than half of its lines hold a table's cells. A line of ragged-right text
/// fills its measure when the next line's first word would not have fit after it: that is why the line broke there,
/// while a table's short labels break wherever the row ends.
/// </summary>
internal static class ColumnOrder
{
    /// <summary>A gutter is crossed by at most this share of the page's lines (a title across the page).</summary>
    private const double GutterCrossing = 0.15;

    /// <summary>A gutter is at least this many ems wide: wider than a space, however far a justified line stretches it.</summary>
    private const double GutterEms = 0.8;

    private const int MinColumnLines = 6;

    private const double MinColumnEms = 8;

    /// <summary>
    /// At least this share of a column's lines reach to within two ems of its right edge, end where the next word
    /// would not fit, or end in a figure: a column may hold a cover block or a table among its running text, or a
    /// whole table whose rows end in their figures, but a table's column of labels or figures alone fills too few.
    /// </summary>
    private const double FilledShare = 0.25;

    /// <summary>A column more than this share of whose lines hold a table's cells is a table's column, not one of text.</summary>
    private const double CellShare = 0.5;

    /// <summary>The space a wrapped word would have needed before it, in ems (a ragged line's spaces are not stretched).</summary>
    private const double WordSpace = 0.35;

    /// <summary>The share of a column's lines whose ends lie at or left of its measure's edge: a line or two running past it (a wide cover line) do not move the edge.</summary>
    private const double EdgeQuantile = 0.9;

    /// <summary>A gap this wide, in ems, between two letters is a space (as the line finder reads Latin text).</summary>
    private const double LatinSpace = 0.2;

    /// <summary>Type this many times the page's usual size or more is larger than the text's (a heading, a title).</summary>
    private const double LargerType = 1.1;

    /// <summary>A gap this many times the usual line pitch sets a line at the top or bottom of the page apart.</summary>
    private const double FurnitureGap = 1.5;

    /// <summary>
    /// A line's letters, as places in the page's list, with how far its column stands right of the first column and the
    /// letters that start a table's cells in its column.
    /// </summary>
    public readonly record struct Fragment(List<int> Indices, double Shift, HashSet<int> Cells);

    /// <summary>
    /// The lines (each a group of letters on one baseline, top to bottom) split at the gutters and put in reading
    /// order; null when the page is not set in columns.
    /// </summary>
    public static List<Fragment>? Arrange(IReadOnlyList<Glyph> glyphs, IReadOnlyList<List<int>> indices)
    {
        // Views, not copies: a page drawn to exhaust memory can hold a million letters.
        var lines = indices.Select(line => line.Select(i => glyphs[i])).ToList();
        if (lines.Count < 2 * MinColumnLines)
        {
            return null;
        }

        var em = Median(lines.SelectMany(l => l).Where(IsInk).Select(l => l.PointSize));
        var extents = lines.Select(l => l.Where(IsInk).Select(x => (x.X, Right: x.X + x.Width))).ToArray();
        var inked = extents.Where(e => e.Any()).ToArray();
        if (inked.Length < 2 * MinColumnLines || em <= 0)
        {
            return null;
        }

        var gutters = Gutters(inked, em);
        if (gutters.Count == 0)
        {
            return null;
        }

        var splits = lines.Select(l => Splits(l, gutters, em)).ToArray();
        var pageWide = PageWide(lines, splits, gutters, em);

        var columns = gutters.Count + 1;
        var fragments = new List<(int Line, int Column, List<int> Indices)>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageWide[i])
            {
                continue;
            }

            foreach (var group in indices[i].GroupBy(k => ColumnOf(glyphs[k], splits[i]!)))
            {
                // A large letter (a title in one column) gathers the lines of the next column beside it onto its baseline.
                foreach (var line in LineFinder.Lines(glyphs, group))
                {
                    fragments.Add((i, group.Key, line));
                }
            }
        }

        var lefts = new double[columns];
        var edges = new double[columns];
        var cellStarts = new HashSet<int>[columns];
        for (var c = 0; c < columns; c++)
        {
            var inColumn = fragments.Where(f => f.Column == c).Select(f => f.Indices.Select(k => glyphs[k]).Where(IsInk).OrderBy(l => l.X).ToArray()).Where(l => l.Length > 0).ToArray();
            if (inColumn.Length < MinColumnLines)
            {
                return null;
            }

            var spans = inColumn.Select(l => (Left: l[0].X, Right: l.Max(x => x.X + x.Width))).ToArray();
            var left = spans.Min(e => e.Left);
            var edge = spans.Select(e => e.Right).Order().ElementAt((int)(EdgeQuantile * (spans.Length - 1)));
            var filled = Enumerable.Range(0, spans.Length)
                .Count(k => spans[k].Right >= edge - (2 * em) || (k + 1 < spans.Length && spans[k].Right + (WordSpace * em) + FirstWordWidth(inColumn[k + 1], em) > edge)
                    || EndsWithFigure(inColumn[k], em));
            if (spans.Max(e => e.Right) - left < MinColumnEms * em || filled < FilledShare * spans.Length)
            {
                return null;
            }

            // A table's columns side by side (labels and notes, then figures) can fill a narrow page as text columns
            // would; the cells that line up inside one tell them apart. A table's figures, apart from its labels, start
            // each row with a figure; a whole table set in a page's column starts its rows with their labels.
            var columnLines = fragments.Where(f => f.Column == c).Select(f => f.Indices).ToList();
            var cells = TableColumns.CellStarts(glyphs, columnLines);
            var rows = columnLines.Where(l => l.Any(cells.Contains)).ToList();
            if (rows.Count >= CellShare * columnLines.Count && rows.Count(l => StartsWithFigure(glyphs, l)) * 2 >= rows.Count)
            {
                return null;
            }

            lefts[c] = left;
            cellStarts[c] = cells;
            edges[c] = inColumn.Select(l => l.Where(x => !IsPunctuation(x)).Select(x => x.X + x.Width).DefaultIfEmpty(l[^1].X + l[^1].Width).Max())
                .Order().ElementAt((int)(EdgeQuantile * (inColumn.Length - 1)));
        }

        // The columns of a page share one measure. Their leftmost starts (a paragraph number, or the text where none is)
        // give how far apart they stand, unless one column holds no paragraph number; their right edges (where most
        // lines end, punctuation hung past it aside) tell that case apart, and then give the distance themselves.
        var shifts = Enumerable.Range(0, columns).Select(c => Math.Abs(lefts[c] - lefts[0] - (edges[c] - edges[0])) <= em ? lefts[c] - lefts[0] : edges[c] - edges[0]).ToArray();

        var ordered = new List<Fragment>();
        var band = Enumerable.Range(0, columns).Select(_ => new List<Fragment>()).ToArray();
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageWide[i])
            {
                Flush();
                ordered.Add(new Fragment(indices[i], 0, []));
                continue;
            }

            for (; next < fragments.Count && fragments[next].Line == i; next++)
            {
                var (_, column, line) = fragments[next];
                band[column].Add(new Fragment(line, shifts[column], cellStarts[column]));
            }
        }

        Flush();
        return ordered;

        void Flush()
        {
            foreach (var column in band)
            {
                ordered.AddRange(column.OrderByDescending(f => f.Indices.Max(k => glyphs[k].Y)));
                column.Clear();
            }
        }
    }

    /// <summary>The empty strips between the columns, left to right, each as its left and right edge.</summary>
    private static List<(double Left, double Right)> Gutters(IEnumerable<(double X, double Right)>[] lines, double em)
    {
        var x0 = lines.Min(l => l.Min(e => e.X));
        var x1 = lines.Max(l => l.Max(e => e.Right));
        var bins = (int)Math.Ceiling(x1 - x0) + 1;

        // Room for two columns and a gutter: a narrow measure set in two columns holds little more.
        if (bins < ((2 * MinColumnEms) + GutterEms) * em)
        {
            return [];
        }

        // How many lines put ink in each point-wide strip of the page.
        var coverage = new int[bins];
        var seen = new int[bins];
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var (x, right) in lines[i])
            {
                for (var b = Math.Max(0, (int)(x - x0)); b <= Math.Min(bins - 1, (int)(right - x0)); b++)
                {
                    if (seen[b] != i + 1)
                    {
                        seen[b] = i + 1;
                        coverage[b]++;
                    }
                }
            }
        }

        var crossing = GutterCrossing * lines.Length;
        var strips = new List<(int Start, int End)>();
        var start = -1;
        for (var b = 0; b <= bins; b++)
        {
            var empty = b < bins && coverage[b] <= crossing;
            if (empty && start < 0)
            {
                start = b;
            }
            else if (!empty && start >= 0)
            {
                if (b - start >= GutterEms * em)
                {
                    // Two strips closer than a column's width are one gutter: paragraph numbers set in it (a column's
                    // labels) divide it in two, and make no column of their own.
                    if (strips.Count > 0 && start - strips[^1].End < MinColumnEms * em)
                    {
                        strips[^1] = (strips[^1].Start, b);
                    }
                    else
                    {
                        strips.Add((start, b));
                    }
                }

                start = -1;
            }
        }

        // Only strips inside the text, with a column's width on either side, are gutters; a ragged right edge is not.
        return [.. strips.Where(s => s.Start >= MinColumnEms * em && bins - s.End >= MinColumnEms * em).Select(s => (x0 + s.Start, (double)x0 + s.End))];
    }

    /// <summary>
    /// The lines read across the whole page: those that cross a gutter, and those at the top and bottom of the page
    /// that a wide gap sets apart from the text.
    /// </summary>
    private static bool[] PageWide(List<IEnumerable<Glyph>> lines, double[]?[] splits, List<(double Left, double Right)> gutters, double em)
    {
        var wide = splits.Select(s => s is null).ToArray();

        // The pitch of one column's lines: the lines of two columns side by side need not share baselines.
        var baselines = lines.Select(l => l.Max(x => x.Y)).ToArray();
        var firstColumn = lines.Select(l => l.Where(x => IsInk(x) && x.X + x.Width <= gutters[0].Left + 1).Select(x => x.Y).DefaultIfEmpty(double.NaN).Max())
            .Where(y => !double.IsNaN(y)).ToArray();
        var pitch = Median(Enumerable.Range(1, Math.Max(0, firstColumn.Length - 1)).Select(k => firstColumn[k - 1] - firstColumn[k]).Where(d => d > 0.5 * em));
        pitch = pitch > 0 ? pitch : 1.2 * em;
        // Headers and footers are set no larger than the text: a heading set apart at the top of a column is the column's.
        var larger = lines.Select(l => l.Where(IsInk).Select(x => x.PointSize).DefaultIfEmpty(0).Max() > LargerType * em).ToArray();
        for (var i = 0; i + 1 < lines.Count && baselines[i] - baselines[i + 1] > FurnitureGap * pitch && !larger[i]; i++)
        {
            wide[i] = true;
            if (i >= 2)
            {
                break;
            }
        }

        for (var i = lines.Count - 1; i > 0 && baselines[i - 1] - baselines[i] > FurnitureGap * pitch && !larger[i]; i--)
        {
            wide[i] = true;
            if (i <= lines.Count - 3)
            {
                break;
            }
        }

        return wide;
    }

    /// <summary>
    /// Where the line divides into its columns, one place for each gutter; null when the line crosses a gutter. A line
    /// divides in the first gap between its letters as wide as a gutter that reaches into the gutter, so that a
    /// paragraph number set in the gutter before a column's text stays with that column, and a comma that CJK
    /// typesetting hangs past a column's edge stays with its line. A line without such a gap belongs to the first
    /// column when it ends short of the gutter's middle; otherwise it crosses.
    /// </summary>
    private static double[]? Splits(IEnumerable<Glyph> line, List<(double Left, double Right)> gutters, double em)
    {
        var ink = line.Where(IsInk).OrderBy(l => l.X).ToArray();
        var splits = new double[gutters.Count];
        for (var g = 0; g < gutters.Count; g++)
        {
            var (left, right) = gutters[g];
            if (ink.Length == 0 || ink[0].X >= left - 1)
            {
                splits[g] = left;
                continue;
            }

            // The first gap as wide as a gutter that reaches into it: a paragraph number set in the gutter before the
            // second column's text has such a gap on either side, and belongs to the text after it. Punctuation hung
            // past a column's edge may leave less of the gutter than that before the next column's text. A line that
            // ends inside the gutter has no second column's text to divide from: a figure of a table in the first
            // column may stand in a strip that too few rows fill to count as text.
            var split = double.NaN;
            var reachesPast = ink[^1].X + ink[^1].Width > right + 1;
            for (var k = 1; k < ink.Length && double.IsNaN(split) && reachesPast; k++)
            {
                var from = ink[k - 1].X + ink[k - 1].Width;
                var to = ink[k].X;
                var hung = IsPunctuation(ink[k - 1]) && ink[k - 1].X >= left - 1 && to >= right - 1 && to > from;
                if ((to - from >= GutterEms * em || hung) && to > left && from < right)
                {
                    split = (from + to) / 2;
                }
            }

            // Without one, a line that stops short of the second column is the first column's when only punctuation
            // (hung past the edge) reaches into the gutter, or nothing reaches past its middle: a ragged line's last word
            // may reach into the strip that most lines leave empty, a title across the page reaches past it.
            var end = ink[^1].X + ink[^1].Width;
            if (double.IsNaN(split) && end <= right + 1 && (end <= (left + right) / 2 || ink.Where(l => !IsPunctuation(l)).All(l => l.X + l.Width <= left + 1)))
            {
                split = right;
            }

            if (double.IsNaN(split))
            {
                return null;
            }

            splits[g] = split;
        }

        return splits;
    }

    private static int ColumnOf(Glyph letter, double[] splits)
    {
        var centre = letter.X + (letter.Width / 2);
        var column = 0;
        while (column < splits.Length && centre > splits[column])
        {
            column++;
        }

        return column;
    }

    /// <summary>How wide the first word of a line is (its letters, left to right, up to the first gap of a space or more); a Han character is a word.</summary>
    private static double FirstWordWidth(Glyph[] ink, double em)
    {
        var end = ink[0].X + ink[0].Width;
        for (var k = 1; k < ink.Length && ink[k].X - end < LatinSpace * em && !Chars.IsCjk(ink[k - 1].Value[0]); k++)
        {
            end = Math.Max(end, ink[k].X + ink[k].Width);
        }

        return end - ink[0].X;
    }

    private static bool IsInk(Glyph letter) => !LineFinder.IsSpace(letter);

    /// <summary>Whether a line starts with a figure (<c>412</c>, <c>(25)</c>, <c>−3.1</c>, a nil dash).</summary>
    private static bool StartsWithFigure(IReadOnlyList<Glyph> glyphs, List<int> line)
    {
        var ink = line.Select(k => glyphs[k]).Where(IsInk).OrderBy(l => l.X).ToArray();
        var end = 1;
        while (end < ink.Length && ink[end].X - (ink[end - 1].X + ink[end - 1].Width) < LatinSpace * ink[end].PointSize)
        {
            end++;
        }

        return ink.Length > 0 && IsFigure(ink.AsSpan(0, end));
    }

    /// <summary>Whether a line (its letters left to right) ends with a figure, as a table's row does.</summary>
    private static bool EndsWithFigure(Glyph[] ink, double em)
    {
        var start = ink.Length - 1;
        while (start > 0 && ink[start].X - (ink[start - 1].X + ink[start - 1].Width) < LatinSpace * em)
        {
            start--;
        }

        return IsFigure(ink.AsSpan(start));
    }

    /// <summary>Whether a word is a figure: digits with their separators, brackets and signs (<c>1,161</c>, <c>(25)</c>, <c>4.3%</c>), or a nil dash.</summary>
    private static bool IsFigure(ReadOnlySpan<Glyph> word)
    {
        var digits = 0;
        foreach (var letter in word)
        {
            if (letter.Value is not [var c])
            {
                return false;
            }

            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (',' or '.' or '(' or ')' or '%' or '-' or '−' or '–' or '—'))
            {
                return false;
            }
        }

        return digits > 0 || word is [{ Value: "—" or "–" or "-" }];
    }

    private static bool IsPunctuation(Glyph letter) => letter.Value.All(char.IsPunctuation);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }
}
