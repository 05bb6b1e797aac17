using Alignment.Documents.Reading;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Reading order for a page set in columns (a magazine, a bulletin, a two-column report). Letters on one baseline
/// across the page belong to different columns when an empty strip (a gutter) runs down the page between them: the
/// columns are then read one after the other, band by band, where a band ends at a line that crosses the gutter (a
/// title or heading across the page). The lines at the top and bottom of the page set apart by a wide gap (running
/// headers and footers) stay whole, so furniture is found as on any page. Only columns of running text count: each
/// holds several lines (the last column of a document may end a line or two down its page), is many ems wide and a
/// good part of its lines fill its measure, which the label or figure column of a table does not, and no more than
/// half of its lines hold a table's cells. A line of ragged-right text fills its measure when the next line's first
/// word would not have fit after it: that is why the line broke there, while a table's short labels break wherever
/// the row ends.
/// </summary>
internal static class ColumnOrder
{
    /// <summary>
    /// A gutter is crossed by at most this share of the page's lines: a title across the page, and on a newsletter's
    /// first page its wrapped title, by-line and lead paragraph too (about a sixth of its lines); a page of one column
    /// crosses it on most lines.
    /// </summary>
    private const double GutterCrossing = 0.25;

    /// <summary>A gutter is at least this many ems wide: wider than a space, however far a justified line stretches it.</summary>
    private const double GutterEms = 0.8;

    /// <summary>A gutter is left blank by more than this share of the lines that reach across it (a column's word spaces line up on few).</summary>
    private const double OpenShare = 0.5;

    /// <summary>Columns that share a measure may still differ in width by an indent or hanging labels, this many ems.</summary>
    private const double Reindent = 2;

    /// <summary>A column holds at least this many lines, unless it is the last and ends early.</summary>
    private const int MinColumnLines = 6;

    /// <summary>Two columns whose first baselines are at most this many ems apart start level (a heading in larger type may stand higher).</summary>
    private const double LevelEms = 2;

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

    /// <summary>Distances between baselines that differ by at most this many ems are one pitch.</summary>
    private const double SamePitch = 0.05;

    /// <summary>Lines whose baselines are at most this many ems apart are on one baseline.</summary>
    private const double OwnBaseline = 0.15;

    /// <summary>Type whose size differs from the text's by more than this share is another type (a by-line a point smaller or larger).</summary>
    private const double HeadSize = 0.05;

    /// <summary>A line that starts more than this many ems in from its column's left edge is set apart from it (centred or set right), not indented.</summary>
    private const double HeadIndentEms = 4;

    /// <summary>A gap this many times the usual line pitch sets a line at the top or bottom of the page apart.</summary>
    private const double FurnitureGap = 1.5;

    /// <summary>
    /// A line's letters, as places in the page's list, with how far its column stands right of the first column and the
    /// letters that start a table's cells in its column. A line at the top or bottom of the page set apart from the text
    /// and kept whole (a running header or footer is found whole) has its <see cref="Pieces"/> when it divides at the
    /// gutters into text of a later column: the line as the columns would read it, should it not be furniture.
    /// </summary>
    public readonly record struct Fragment(List<int> Indices, double Shift, HashSet<int> Cells)
    {
        public IReadOnlyList<Fragment> Pieces { get; init; } = [];
    }

    /// <summary>
    /// The lines (each a group of letters on one baseline, top to bottom) split at the gutters and put in reading
    /// order; null when the page is not set in columns.
    /// </summary>
    public static List<Fragment>? Arrange(IReadOnlyList<Glyph> glyphs, IReadOnlyList<List<int>> indices) => Arrange(glyphs, indices, [], out _);

    /// <summary>
    /// As <see cref="Arrange(IReadOnlyList{Glyph}, IReadOnlyList{List{int}})"/>, given the gutters of the page before
    /// (none when it was not set in columns), and giving this page's (none when it is not).
    /// </summary>
    /// <remarks>
    /// A page with too few lines to show its own gutters (the last page of an article, where its columns end a few lines
    /// down) goes on in the columns of the page before when every one of its lines but those set apart at the top and
    /// bottom (its header and footer) divides at their gutters and each column holds some of its text: the columns
    /// were measured on the page before, so however short its lines, they are the columns' text.
    /// </remarks>
    public static List<Fragment>? Arrange(IReadOnlyList<Glyph> glyphs, IReadOnlyList<List<int>> indices, IReadOnlyList<(double Left, double Right)> before, out IReadOnlyList<(double Left, double Right)> found)
    {
        found = [];

        // Views, not copies: a page drawn to exhaust memory can hold a million letters.
        var lines = indices.Select(line => line.Select(i => glyphs[i])).ToList();
        var em = Median(lines.SelectMany(l => l).Where(IsInk).Select(l => l.PointSize));
        var inked = lines.Where(l => l.Any(IsInk)).ToArray();
        if (inked.Length == 0 || em <= 0)
        {
            return null;
        }

        var gutters = lines.Count < 2 * MinColumnLines || inked.Length < 2 * MinColumnLines ? [] : OwnGutters();
        var continued = gutters.Count == 0 && before.Count > 0;
        if (continued)
        {
            gutters = [.. before];
        }

        if (gutters.Count == 0)
        {
            return null;
        }

        var splits = lines.Select(l => Splits(l, gutters, em, [])).ToArray();
        if (continued && PageWide(lines, [.. splits.Select(_ => Array.Empty<double>())], gutters, em).Where((furniture, i) => splits[i] is null && !furniture).Any())
        {
            return null;
        }

        if (splits.Any(s => s is null))
        {
            // A column whose lines are mostly short (a table's rows) leaves a wide strip before the gutter that few lines
            // reach: a line of its running text whose punctuation hangs past the middle of that strip is still the
            // column's when its letters end where the column's other lines of text end.
            var textEdges = ColumnEdges(lines, splits, gutters.Count);
            splits = [.. lines.Select((l, i) => splits[i] ?? Splits(l, gutters, em, textEdges))];
        }

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
        var tops = new double[columns];
        var starts = new double[columns][];
        for (var c = 0; c < columns; c++)
        {
            var inColumn = fragments.Where(f => f.Column == c).Select(f => f.Indices.Select(k => glyphs[k]).Where(IsInk).OrderBy(l => l.X).ToArray()).Where(l => l.Length > 0).ToArray();
            // The last column of a document may end a line or two down its last page: it starts level with the first.
            var top = inColumn.Select(l => l.Max(x => x.Y)).DefaultIfEmpty(double.NaN).Max();
            tops[c] = top;
            var endsEarly = c > 0 && c == columns - 1 && Math.Abs(top - tops[0]) <= LevelEms * em;
            if (continued ? inColumn.Length == 0 : inColumn.Length < MinColumnLines && !endsEarly)
            {
                return null;
            }

            var spans = inColumn.Select(l => (Left: l[0].X, Right: l.Max(x => x.X + x.Width))).ToArray();
            var left = spans.Min(e => e.Left);
            var edge = spans.Select(e => e.Right).Order().ElementAt((int)(EdgeQuantile * (spans.Length - 1)));
            var filled = Enumerable.Range(0, spans.Length)
                .Count(k => spans[k].Right >= edge - (2 * em) || (k + 1 < spans.Length && spans[k].Right + (WordSpace * em) + FirstWordWidth(inColumn[k + 1], em) > edge)
                    || EndsWithFigure(inColumn[k], em));
            if (!continued && (spans.Max(e => e.Right) - left < MinColumnEms * em || filled < FilledShare * spans.Length))
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
            starts[c] = [.. spans.Select(e => e.Left)];
            cellStarts[c] = cells;
            // A column that ends early is measured by its lines before its last, which ends a paragraph.
            var ends = inColumn.Select(l => l.Where(x => !IsPunctuation(x)).Select(x => x.X + x.Width).DefaultIfEmpty(l[^1].X + l[^1].Width).Max()).ToArray();
            edges[c] = inColumn.Length < MinColumnLines ? ends[..Math.Max(1, ends.Length - 1)].Max() : ends.Order().ElementAt((int)(EdgeQuantile * (inColumn.Length - 1)));
        }

        // The columns of a page share one measure. Their leftmost starts (a paragraph number, or the text where none is)
        // give how far apart they stand, unless one column holds no paragraph number; their right edges (where most
        // lines end, punctuation hung past it aside) tell that case apart, and then give the distance themselves.
        // A column that ends early has too few lines for its right edge to tell much: its edge gives the distance only
        // when it sets the column's lines where lines of the first column start (an indented item, a paragraph's text).
        // A column of a table's rows ends them where their figures end, which may fall short of the measure by a few
        // points: where most lines of each column start (the text of their paragraphs, the rows' labels), when that
        // agrees with the edges to within an em, gives the distance to the point.
        var shifts = Enumerable.Range(0, columns).Select(c => Math.Abs(lefts[c] - lefts[0] - (edges[c] - edges[0])) <= em
            || (starts[c].Length < MinColumnLines && !starts[c].All(x => starts[0].Any(s => Math.Abs(x - (edges[c] - edges[0]) - s) <= LatinSpace * em)))
            ? lefts[c] - lefts[0] : ByStarts(c, edges[c] - edges[0])).ToArray();

        var ordered = new List<Fragment>();
        var band = Enumerable.Range(0, columns).Select(_ => new List<Fragment>()).ToArray();
        var next = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageWide[i])
            {
                Flush();
                ordered.Add(new Fragment(indices[i], 0, []) { Pieces = Pieces(i) });
                continue;
            }

            for (; next < fragments.Count && fragments[next].Line == i; next++)
            {
                var (_, column, line) = fragments[next];
                band[column].Add(new Fragment(line, shifts[column], cellStarts[column]));
            }
        }

        Flush();
        found = gutters;
        return ordered;

        // Punctuation hung past a column's edge can close a narrow gutter on a page with few lines across it; it is left
        // out only then, since on a page whose first column holds a table's short rows it marks where that column's text
        // ends, which places the gutter.
        List<(double Left, double Right)> OwnGutters()
        {
            var own = Gutters([.. inked.Select(l => l.Where(IsInk).Select(x => (x.X, Right: x.X + x.Width)))], em);
            return own.Count > 0 ? own : Gutters([.. inked.Select(l => Unhung(l, em))], em);
        }

        // A line set apart at the top or bottom of the page that divides at the gutters, divided; none when it crosses a
        // gutter, or when all of it stands in the first column at the top of the page, where it is read in its place
        // either way. At the bottom even a line all in the first column is not: the first column's last rows at the foot
        // of a page whose last column ends higher are read before that column.
        List<Fragment> Pieces(int i)
        {
            if (splits[i] is not { } at)
            {
                return [];
            }

            var pieces = indices[i].GroupBy(k => ColumnOf(glyphs[k], at)).OrderBy(g => g.Key)
                .Select(g => new Fragment([.. g], shifts[g.Key], cellStarts[g.Key])).ToList();
            var atBottom = i > Array.IndexOf(pageWide, false);
            return atBottom || pieces.Any(p => p.Shift != 0) ? pieces : [];
        }

        double ByStarts(int column, double distance)
        {
            var common = CommonStart(starts[column], em) - CommonStart(starts[0], em);
            return Math.Abs(common - distance) <= em ? common : distance;
        }

        void Flush()
        {
            var read = Enumerable.Range(0, columns).Select(c => Regrouped(band[c], shifts[c], cellStarts[c])).ToArray();
            var heads = read.Select((lines, c) => HeadLines(lines, lefts[c], edges[c], c == 0)).ToArray();
            var bodyTop = Enumerable.Range(0, columns).Where(c => read[c].Count > heads[c]).Select(c => Baseline(read[c][heads[c]])).DefaultIfEmpty(double.NaN).Max();

            // A block set apart at the top of a column, centred over it in type of its own or set right (a title, a
            // by-line), that stands higher than where every column's text starts is read before the columns, in order
            // down the page: it heads them all, though the typesetter set it over one. A heading at the column's left
            // edge is the column's own.
            var lifted = Enumerable.Range(0, columns)
                .SelectMany(c => read[c].Take(heads[c]).Where(f => Baseline(f) > bodyTop + (LevelEms * em)).Select(f => (Column: c, Line: f)))
                .OrderByDescending(h => Baseline(h.Line)).ThenBy(h => h.Column).ToList();
            ordered.AddRange(lifted.Select(h => h.Line));
            for (var c = 0; c < columns; c++)
            {
                ordered.AddRange(read[c].Skip(lifted.Count(h => h.Column == c)));
                band[c].Clear();
            }
        }

        // A column's lines top to bottom, those on one baseline made one: a letter in larger type (a pull quote's) is
        // first put on the line of the page whose baseline is nearest, which may be another column's, and its line in its
        // own column then comes out in pieces, one for each line of the page it was put on.
        List<Fragment> Regrouped(List<Fragment> inColumn, double shift, HashSet<int> cells)
        {
            var merged = new List<Fragment>();
            foreach (var line in inColumn.OrderByDescending(Baseline))
            {
                if (merged.Count > 0 && Math.Abs(MainBaseline(merged[^1]) - MainBaseline(line)) <= OwnBaseline * em)
                {
                    merged[^1] = new Fragment([.. merged[^1].Indices.Concat(line.Indices).Order()], shift, cells);
                }
                else
                {
                    merged.Add(line);
                }
            }

            return merged;
        }

        // The baseline most of a line's letters stand on (a drop cap beside it stands lower, a superscript higher).
        double MainBaseline(Fragment line) =>
            line.Indices.GroupBy(k => Math.Round(glyphs[k].Y, 1)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;

        double Baseline(Fragment line) => line.Indices.Max(k => glyphs[k].Y);

        // How many of a column's first lines (top to bottom) make a block at its head: lines centred between the column's
        // edges in type of another size than the text's, or standing in from its left edge by more than a first line's
        // indent (set right, or centred in the text's size), set apart from the text under them by a wider gap than its lines'.
        // Over the first column, which is read first whatever heads it, a title at the left edge in type of its own is one too.
        int HeadLines(List<Fragment> lines, double left, double right, bool first)
        {
            var count = 0;
            while (count < lines.Count && IsHeadLine(lines[count]))
            {
                count++;
            }

            if (count == 0 || count + 2 > lines.Count)
            {
                return 0;
            }

            var pitch = Baseline(lines[count]) - Baseline(lines[count + 1]);
            return Baseline(lines[count - 1]) - Baseline(lines[count]) > FurnitureGap * pitch ? count : 0;

            bool IsHeadLine(Fragment line)
            {
                var ink = line.Indices.Select(k => glyphs[k]).Where(IsInk).ToArray();
                if (ink.Length == 0)
                {
                    return false;
                }

                var (before, after) = (ink.Min(x => x.X) - left, right - ink.Max(x => x.X + x.Width));
                var centred = Math.Abs(before - after) <= em;
                return ((centred || first) && Math.Abs(Median(ink.Select(x => x.PointSize)) - em) > HeadSize * em) || before > HeadIndentEms * em;
            }
        }
    }

    /// <summary>
    /// The empty strips between the columns, left to right, each as its left and right edge. A strip is empty where few
    /// of the page's lines put ink and most of the lines that stand on both sides of it leave it blank: a column that ends
    /// early (the short last column of a document) holds few of the page's lines, but those lines fill it.
    /// </summary>
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

        // How many lines put ink in each point-wide strip of the page, and how many reach across it from its left to its right.
        var coverage = new int[bins];
        var spanned = new int[bins + 1];
        var seen = new int[bins];
        for (var i = 0; i < lines.Length; i++)
        {
            var from = bins;
            var to = -1;
            foreach (var (x, right) in lines[i])
            {
                var first = Math.Max(0, (int)(x - x0));
                var last = Math.Min(bins - 1, (int)(right - x0));
                (from, to) = (Math.Min(from, first), Math.Max(to, last));
                for (var b = first; b <= last; b++)
                {
                    if (seen[b] != i + 1)
                    {
                        seen[b] = i + 1;
                        coverage[b]++;
                    }
                }
            }

            if (from <= to)
            {
                spanned[from]++;
                spanned[to + 1]--;
            }
        }

        var crossing = GutterCrossing * lines.Length;
        var strips = new List<(int Start, int End)>();
        var start = -1;
        var across = 0;
        for (var b = 0; b <= bins; b++)
        {
            across += b < bins ? spanned[b] : 0;
            var empty = b < bins && coverage[b] <= crossing && coverage[b] <= OpenShare * across;
            if (empty && start < 0)
            {
                start = b;
            }
            else if (!empty && start >= 0)
            {
                // Only strips inside the text, with a column's width on either side, are gutters; a ragged right edge is not.
                if (b - start >= GutterEms * em && start >= MinColumnEms * em && bins - b >= MinColumnEms * em)
                {
                    strips.Add((start, b));
                }

                start = -1;
            }
        }

        // Strips closer than a column's width make one gutter between two columns: paragraph numbers set in the gutter
        // (a column's labels) divide it in two, and so do the figures of a table set at tab stops in the first column,
        // though too few lines hold them to count. The columns part in the leftmost stretch of it that nothing set apart
        // inside covers, so that a paragraph number goes with the column after it, unless a stretch further right leaves
        // the columns on either side closer to one width by more than an indent: the columns share a measure, and the
        // figures on the first column's side of that stretch are the first column's.
        var gutters = new List<(double Left, double Right)>();
        for (var k = 0; k < strips.Count;)
        {
            var end = k + 1;
            while (end < strips.Count && strips[end].Start - strips[end - 1].End < MinColumnEms * em)
            {
                end++;
            }

            var before = gutters.Count > 0 ? gutters[^1].Right - x0 : 0;
            var after = end < strips.Count ? strips[end].Start : bins;
            var parts = Parts(lines, x0, strips[k].Start, strips[end - 1].End, GutterEms * em);
            var best = parts[0];
            foreach (var part in parts.Skip(1))
            {
                if (Imbalance(part) < Imbalance(best) - (Reindent * em))
                {
                    best = part;
                }
            }

            gutters.Add((x0 + best.Start, x0 + best.End));
            k = end;

            double Imbalance((int Start, int End) part) => Math.Abs(part.Start - before - (after - part.End));
        }

        return gutters;
    }

    /// <summary>
    /// The runs at least <paramref name="width"/> wide between <paramref name="from"/> and <paramref name="to"/> (in
    /// points from <paramref name="x0"/>) that nothing set apart inside the stretch covers: a paragraph number or a
    /// table's figure, a gutter's width clear of anything on its line at either side. A line that reaches into the
    /// stretch from either side, or crosses it, covers none of it. The whole stretch when no such run is left.
    /// </summary>
    private static List<(int Start, int End)> Parts(IEnumerable<(double X, double Right)>[] lines, double x0, int from, int to, double width)
    {
        var covered = new bool[to - from];
        foreach (var line in lines)
        {
            var ink = line.OrderBy(e => e.X).ToArray();
            for (var k = 0; k < ink.Length;)
            {
                // One piece of the line: its letters up to a gap as wide as a gutter.
                var (start, right) = ink[k];
                var next = k + 1;
                while (next < ink.Length && ink[next].X - right < width)
                {
                    right = Math.Max(right, ink[next++].Right);
                }

                if (start - x0 >= from && right - x0 <= to)
                {
                    for (var b = (int)(start - x0); b < Math.Min(to, (int)Math.Ceiling(right - x0)); b++)
                    {
                        covered[b - from] = true;
                    }
                }

                k = next;
            }
        }

        var runs = new List<(int Start, int End)>();
        for (int b = 0, run = -1; b <= covered.Length; b++)
        {
            if (b < covered.Length && !covered[b])
            {
                run = run < 0 ? b : run;
            }
            else if (run >= 0)
            {
                if (b - run >= width)
                {
                    runs.Add((from + run, from + b));
                }

                run = -1;
            }
        }

        return runs.Count > 0 ? runs : [(from, to)];
    }

    /// <summary>
    /// The lines read across the whole page: those that cross a gutter, and those at the top and bottom of the page
    /// that a wide gap sets apart from the text.
    /// </summary>
    private static bool[] PageWide(List<IEnumerable<Glyph>> lines, double[]?[] splits, List<(double Left, double Right)> gutters, double em)
    {
        var wide = splits.Select(s => s is null).ToArray();

        // The pitch of one column's lines: the lines of two columns side by side need not share baselines. A column that
        // holds a table is set wider apart, row by row, than the text beside it: the text's pitch is the narrowest.
        var baselines = lines.Select(l => l.Max(x => x.Y)).ToArray();
        var pitch = Enumerable.Range(0, gutters.Count + 1).Select(ColumnPitch).Where(p => p > 0).DefaultIfEmpty(1.2 * em).Min();
        // Headers and footers are set no larger than the text: a heading set apart at the top of a column is the column's.
        var sizes = lines.Select(l => l.Where(IsInk).Select(x => x.PointSize).DefaultIfEmpty(0).Max()).ToArray();
        var larger = sizes.Select(s => s > LargerType * em).ToArray();
        for (var i = 0; i + 1 < lines.Count && baselines[i] - baselines[i + 1] > Apart(i, i + 1) && !larger[i]; i++)
        {
            wide[i] = true;
            if (i >= 2)
            {
                break;
            }
        }

        for (var i = lines.Count - 1; i > 0 && baselines[i - 1] - baselines[i] > Apart(i - 1, i) && !larger[i]; i--)
        {
            wide[i] = true;
            if (i <= lines.Count - 3)
            {
                break;
            }
        }

        return wide;

        // The distance that sets two lines apart: a wide gap at the text's pitch, narrower between two lines in smaller
        // type, which is set at a smaller pitch (a page number under the footnotes at the foot of a column).
        double Apart(int above, int below) => FurnitureGap * pitch * Math.Clamp(Math.Max(sizes[above], sizes[below]) / em, 0.5, 1);

        // The usual distance between the baselines of one column's lines, from its letters between the gutters on either side.
        double ColumnPitch(int column)
        {
            var from = column == 0 ? double.NegativeInfinity : gutters[column - 1].Right - 1;
            var to = column == gutters.Count ? double.PositiveInfinity : gutters[column].Left + 1;
            var ys = lines.Select(l => l.Where(x => IsInk(x) && x.X >= from && x.X + x.Width <= to).Select(x => x.Y).DefaultIfEmpty(double.NaN).Max())
                .Where(y => !double.IsNaN(y)).ToArray();
            var distances = Enumerable.Range(1, Math.Max(0, ys.Length - 1)).Select(k => ys[k - 1] - ys[k]).Where(d => d > 0.5 * em).ToArray();

            // The most common distance, not the middle one: a column of as many table rows as lines of text has both.
            return distances.OrderBy(d => -distances.Count(o => Math.Abs(o - d) <= SamePitch * em)).ThenBy(d => d).FirstOrDefault();
        }
    }

    /// <summary>
    /// Where the line divides into its columns, one place for each gutter; null when the line crosses a gutter. A line
    /// divides in the first gap between its letters as wide as a gutter that reaches into the gutter, so that a
    /// paragraph number set in the gutter before a column's text stays with that column, and a comma that CJK
    /// typesetting hangs past a column's edge stays with its line. A line without such a gap belongs to the first
    /// column when it ends short of the gutter's middle; otherwise it crosses.
    /// </summary>
    private static double[]? Splits(IEnumerable<Glyph> line, List<(double Left, double Right)> gutters, double em, double[] edges)
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
            // past a column's edge, or whose box (a CJK mark's is a full em, its ink in one half) reaches into the gutter,
            // may leave less of the gutter than that before the next column's text. A line that
            // ends inside the gutter has no second column's text to divide from: a figure of a table in the first
            // column may stand in a strip that too few rows fill to count as text.
            var split = double.NaN;
            var reachesPast = ink[^1].X + ink[^1].Width > right + 1;
            for (var k = 1; k < ink.Length && double.IsNaN(split) && reachesPast; k++)
            {
                var from = ink[k - 1].X + ink[k - 1].Width;
                var to = ink[k].X;
                var hung = IsPunctuation(ink[k - 1]) && ink[k - 1].X + ink[k - 1].Width > left && to >= right - 1 && to > from;
                if ((to - from >= GutterEms * em || hung) && to > left && from < right)
                {
                    split = (from + to) / 2;
                }
            }

            // Without one, a line that stops short of the second column is the first column's when only punctuation
            // (hung past the edge) reaches into the gutter, or nothing reaches past its middle: a ragged line's last word
            // may reach into the strip that most lines leave empty, a title across the page reaches past it. Given the
            // edge of the first column's text (its lines that divide), a line whose letters end there is the column's too.
            var end = ink[^1].X + ink[^1].Width;
            var lettersEnd = ink.Where(l => !IsPunctuation(l)).Select(l => l.X + l.Width).DefaultIfEmpty(end).Max();
            if (double.IsNaN(split) && end <= right + 1
                && (end <= (left + right) / 2 || lettersEnd <= left + 1 || (g < edges.Length && lettersEnd <= edges[g] + (LatinSpace * em))))
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

    /// <summary>
    /// The extents of a line's letters that tell where its column's text stands: punctuation hung at either end of a
    /// piece of the line (its start or end, or beside a gap that with the blank half of its box is as wide as a
    /// gutter) left out. CJK typesetting hangs a
    /// full-width comma or stop past the measure, and its box (a full em, its ink in one half) can cover most of a
    /// gutter: on a page with few lines level with the other column's, that one box would close the gutter.
    /// </summary>
    private static IEnumerable<(double X, double Right)> Unhung(IEnumerable<Glyph> line, double em)
    {
        var ink = line.Where(IsInk).OrderBy(l => l.X).ToArray();
        var kept = new List<(double X, double Right)>(ink.Length);
        for (var k = 0; k < ink.Length; k++)
        {
            // Half the mark's box counts as blank: a full-width mark's ink takes one half of it.
            var opens = k == 0 || ink[k].X - (ink[k - 1].X + ink[k - 1].Width) + (ink[k].Width / 2) >= GutterEms * em;
            var closes = k == ink.Length - 1 || ink[k + 1].X - (ink[k].X + ink[k].Width) + (ink[k].Width / 2) >= GutterEms * em;
            if (!(IsPunctuation(ink[k]) && (opens || closes)))
            {
                kept.Add((ink[k].X, ink[k].X + ink[k].Width));
            }
        }

        // A line of punctuation alone (a lone full stop) still covers where it stands.
        return kept.Count > 0 ? kept : ink.Select(x => (x.X, x.X + x.Width));
    }

    /// <summary>Where more than half of a column's lines start (within a space), or NaN when no one place holds so many.</summary>
    private static double CommonStart(double[] starts, double em)
    {
        foreach (var start in starts)
        {
            if (starts.Count(s => Math.Abs(s - start) <= LatinSpace * em) * 2 > starts.Length)
            {
                return start;
            }
        }

        return double.NaN;
    }

    /// <summary>
    /// The right edge of the text of each column but the last, from the lines that divide at the gutters: where most
    /// of its lines' letters end (punctuation hung past the edge aside).
    /// </summary>
    private static double[] ColumnEdges(List<IEnumerable<Glyph>> lines, double[]?[] splits, int gutters)
    {
        var edges = new double[gutters];
        for (var g = 0; g < gutters; g++)
        {
            var ends = new List<double>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (splits[i] is { } at)
                {
                    var letters = lines[i].Where(l => IsInk(l) && !IsPunctuation(l) && ColumnOf(l, at) == g).ToArray();
                    if (letters.Length > 0)
                    {
                        ends.Add(letters.Max(l => l.X + l.Width));
                    }
                }
            }

            edges[g] = ends.Count == 0 ? double.NegativeInfinity : ends.Order().ElementAt((int)(EdgeQuantile * (ends.Count - 1)));
        }

        return edges;
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
