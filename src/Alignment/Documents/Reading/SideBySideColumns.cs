namespace Alignment.Documents.Reading;

/// <summary>
/// Pages that an extractor printed with two columns of text side by side (pdftotext -layout on a magazine, journal or
/// newsletter page): each printed line holds half a line of the left column and half a line of the right. The lines of
/// such a page are cut at the gutter and put in reading order: within each stretch between lines that run across the
/// gutter (a title, a standfirst, a box over both columns), the left column's pieces, then the right column's. Every
/// piece keeps its offset in the original, so sentences still map back to the file; only the gutter's spaces fall
/// between pieces. Other pages, and every page of a text without such columns, are left as they are.
/// </summary>
internal static class SideBySideColumns
{
    /// <summary>Lines with text on each side of the gutter a page needs to be read as two columns.</summary>
    private const int SideLines = 5;

    /// <summary>
    /// On a page read as two columns by itself, the shorter side has at least this share of the longer's lines: a
    /// page of one column with a few lines reaching past the rest is not two columns.
    /// </summary>
    private const int Balance = 4;

    /// <summary>
    /// On a page of a document where another page has two columns (a short last column), as few as this will do. The
    /// gutter is looked for anywhere: an extractor places a page's columns by the characters it holds, so the same
    /// gutter stands some characters apart on different pages.
    /// </summary>
    private const int SideLinesBesideColumns = 2;

    /// <summary>
    /// The median width of each side's text, in display columns: a column of prose is wide, while a label before a
    /// hanging indent, a table's figures or a page number beside the text are narrow.
    /// </summary>
    private const int ColumnWidth = 20;

    /// <summary>A page is cut into at most this many columns: a magazine sets three or four, wider pages no more.</summary>
    private const int MaxColumns = 4;

    /// <summary>A top or bottom stretch of a page, set off by a blank line, this short is its header or footer, not a column's.</summary>
    private const int EdgeLines = 2;

    /// <summary>The lines in reading order, split at the gutter on pages printed in two columns; <paramref name="lines"/> itself when there are none.</summary>
    public static IReadOnlyList<SourceLine> InReadingOrder(IReadOnlyList<SourceLine> lines)
    {
        // Only an extractor prints columns side by side, and it ends every page with a form feed; a text without pages
        // (hard-wrapped mail, a book's text) has lines of one width, a few of them longer, which is no second column.
        if (!lines.Any(line => line.Text.Contains('\f', StringComparison.Ordinal)))
        {
            return lines;
        }

        var pages = Pages(lines);
        var shapes = lines.Select(line => new Shape(line.Text)).ToArray();
        var gutters = pages.Select(page => Gutter(shapes, page, SideLines, Balance)).ToArray();
        if (gutters.All(g => g is null))
        {
            return lines;
        }

        // A page with only a few lines in its second column (an article's last page) is read as the pages around it are.
        for (var p = 0; p < pages.Count; p++)
        {
            gutters[p] ??= Gutter(shapes, pages[p], SideLinesBesideColumns, int.MaxValue);
        }

        var ordered = new List<SourceLine>(lines.Count + pages.Count);
        for (var p = 0; p < pages.Count; p++)
        {
            var (first, end) = pages[p];
            if (gutters[p] is { } gutter)
            {
                var page = new List<SourceLine>(end - first);
                Order(lines, shapes, first, end, gutter, page);
                foreach (var line in MoreColumns(page))
                {
                    Add(ordered, line.Start, line.Text);
                }
            }
            else
            {
                for (var i = first; i < end; i++)
                {
                    Add(ordered, lines[i].Start, lines[i].Text);
                }
            }
        }

        return ordered;
    }

    /// <summary>
    /// A page cut at one gutter may hold more columns on either side of it (a magazine's three columns: the first
    /// apart, the second and third still side by side). Its pieces, in the order the first cut gave, are cut again
    /// while a gutter as clear as the first shows, each cut keeping the order the last gave within its stretches.
    /// </summary>
    private static List<SourceLine> MoreColumns(List<SourceLine> page)
    {
        for (var cut = 2; cut < MaxColumns; cut++)
        {
            var shapes = page.Select(line => new Shape(line.Text)).ToArray();
            if (Gutter(shapes, (0, page.Count), SideLines, Balance) is not { } gutter)
            {
                break;
            }

            var again = new List<SourceLine>(page.Count + 8);
            Order(page, shapes, 0, page.Count, gutter, again);
            page = again;
        }

        return page;
    }

    /// <summary>The pages as ranges of lines: a form feed starts one.</summary>
    private static List<(int First, int End)> Pages(IReadOnlyList<SourceLine> lines)
    {
        var pages = new List<(int, int)>();
        var first = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Text.Contains('\f', StringComparison.Ordinal))
            {
                pages.Add((first, i));
                first = i;
            }
        }

        pages.Add((first, lines.Count));
        return pages;
    }

    /// <summary>
    /// The column of the page's gutter, when the page has two columns of prose side by side: many lines with text
    /// only on one side of it or on both, few running across it, each side's text as wide as a column and not itself
    /// cut by wide gaps (as a table's cells are) other than another column's gutter.
    /// </summary>
    private static int? Gutter(Shape[] shapes, (int First, int End) page, int sideLines, int balance)
    {
        var width = 0;
        for (var i = page.First; i < page.End; i++)
        {
            width = Math.Max(width, shapes[i].Length);
        }

        // How many lines have text before each column and not across it, after it and not across it, both, and across
        // it, counted for every column at once (a count goes up where a line's stretch starts and down where it ends):
        // linear in the page's lines and width, where asking each line at each column was their product.
        var (left, right, both, across) = (new int[width + 1], new int[width + 1], new int[width + 1], new int[width + 1]);
        for (var i = page.First; i < page.End; i++)
        {
            shapes[i].Count(width, left, right, both, across);
        }

        // Every column that divides the page's lines as a gutter does, first; which of them is the gutter is then asked
        // of the text beside it, where a gap at another of them is that column's edge, not a table's cell.
        var gutters = new bool[width];
        var scores = new int[width];
        var (l, r, b, a) = (0, 0, 0, 0);
        for (var x = 0; x < width; x++)
        {
            (l, r, b, a) = (l + left[x], r + right[x], b + both[x], a + across[x]);
            scores[x] = Math.Min(l, r) - a;
            gutters[x] = x > 0 && l >= sideLines && r >= sideLines && b >= 1 && a * 2 <= Math.Min(l, r)
                && (long)Math.Min(l, r) * balance >= Math.Max(l, r);
        }

        int? best = null;
        var bestScore = int.MinValue;
        for (var x = 1; x < width; x++)
        {
            if (gutters[x] && scores[x] > bestScore && IsProse(shapes, page, x, gutters))
            {
                (best, bestScore) = (x, scores[x]);
            }
        }

        return best;
    }

    /// <summary>
    /// Each side's text is as wide as a column of prose, and at most a fifth of the sides are cut by a wide gap that
    /// lines around share. A justified line's wide spaces fall in other places on every line, so they cut nothing;
    /// at one of <paramref name="gutters"/> a side holds two columns, each of which must be as wide as a column.
    /// </summary>
    private static bool IsProse(Shape[] shapes, (int First, int End) page, int x, bool[] gutters)
    {
        var (lefts, rights, cut) = (new List<int>(), new List<int>(), 0);
        for (var i = page.First; i < page.End; i++)
        {
            var shape = shapes[i];
            if (shape.IsBlank || shape.Crosses(x))
            {
                continue;
            }

            lefts.AddRange(shape.Parts(x, left: true, gutters));
            rights.AddRange(shape.Parts(x, left: false, gutters));
            cut += (IsShared(shapes, page, i, x, left: true, gutters) ? 1 : 0) + (IsShared(shapes, page, i, x, left: false, gutters) ? 1 : 0);
        }

        return Median(lefts) >= ColumnWidth && Median(rights) >= ColumnWidth && cut * 5 <= lefts.Count + rights.Count;
    }

    /// <summary>
    /// A wide gap in one side of line <paramref name="i"/> stands where the lines above and below (those of them that
    /// have text beside the gutter) have one too, starting or ending in the same column: a table's cells start (or its
    /// figures end) in columns of their own row after row, while a justified line's wide spaces move from line to line.
    /// </summary>
    private static bool IsShared(Shape[] shapes, (int First, int End) page, int i, int x, bool left, bool[] gutters)
    {
        var neighbours = 0;
        foreach (var j in new[] { i - 1, i + 1 })
        {
            if (j < page.First || j >= page.End || shapes[j].IsBlank || shapes[j].Crosses(x))
            {
                continue;
            }

            if (!shapes[i].GapsMeet(shapes[j], x, left, gutters))
            {
                return false;
            }

            neighbours++;
        }

        return neighbours > 0;
    }

    private static int Median(List<int> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values[values.Count / 2];
    }

    /// <summary>Adds the page's lines in reading order: stretch by stretch between lines across the gutter, left side then right.</summary>
    private static void Order(IReadOnlyList<SourceLine> lines, Shape[] shapes, int first, int end, int gutter, List<SourceLine> ordered)
    {
        var across = new bool[end - first];
        for (var i = first; i < end; i++)
        {
            across[i - first] = shapes[i].Crosses(gutter);
        }

        KeepEdgesInPlace(shapes, first, end, gutter, across);
        KeepHeadInPlace(shapes, first, end, gutter, across);

        // A right column's own edge, so that its lines keep their indents (a paragraph's first line) as the left's do.
        var edge = shapes.Skip(first).Take(end - first).Where(s => !s.IsBlank && s.HasTextAfter(gutter) && !s.Crosses(gutter))
            .GroupBy(s => s.FirstAfter(gutter)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault(gutter);

        var start = first;
        if (lines[first].Text.StartsWith('\f') && !across[0])
        {
            // The page break stays first on the page, whichever column the first line's text is in.
            Add(ordered, lines[first].Start, "\f");
        }

        for (var i = first; i <= end; i++)
        {
            if (i < end && !across[i - first])
            {
                continue;
            }

            for (var j = start; j < i; j++)
            {
                var shape = shapes[j];
                var offset = j == first && lines[j].Text.StartsWith('\f') ? 1 : 0;
                if (shape.IsBlank)
                {
                    Add(ordered, lines[j].Start + offset, string.Empty);
                }
                else if (shape.HasTextBefore(gutter))
                {
                    var cut = shape.LastBefore(gutter);
                    Add(ordered, lines[j].Start + offset, lines[j].Text[offset..cut]);
                }
            }

            for (var j = start; j < i; j++)
            {
                var shape = shapes[j];
                if (shape.IsBlank)
                {
                    Add(ordered, lines[j].End, string.Empty);
                }
                else if (shape.HasTextAfter(gutter))
                {
                    var text = shape.FirstAfter(gutter);
                    var cut = Math.Max(Math.Min(text, edge), shape.HasTextBefore(gutter) ? shape.LastBefore(gutter) : 0);
                    cut = Math.Max(cut, j == first && lines[j].Text.StartsWith('\f') ? 1 : 0);
                    Add(ordered, lines[j].Start + cut, lines[j].Text[cut..]);
                }
            }

            if (i < end)
            {
                Add(ordered, lines[i].Start, lines[i].Text);
            }

            start = i + 1;
        }
    }

    /// <summary>
    /// The page's first and last few lines, set off from the rest by a blank line and not themselves split by the
    /// gutter, are its header and footer: they stay at the top and foot of the page, whichever side their text is on.
    /// </summary>
    private static void KeepEdgesInPlace(Shape[] shapes, int first, int end, int gutter, bool[] across)
    {
        var top = first;
        while (top < end && shapes[top].IsBlank)
        {
            top++;
        }

        var topEnd = top;
        while (topEnd < end && !shapes[topEnd].IsBlank)
        {
            topEnd++;
        }

        MarkEdge(shapes, first, top, topEnd, topEnd < end, gutter, across);

        var bottom = end;
        while (bottom > first && shapes[bottom - 1].IsBlank)
        {
            bottom--;
        }

        var bottomStart = bottom;
        while (bottomStart > first && !shapes[bottomStart - 1].IsBlank)
        {
            bottomStart--;
        }

        MarkEdge(shapes, first, bottomStart, bottom, bottomStart > first, gutter, across);
    }

    private static void MarkEdge(Shape[] shapes, int first, int from, int to, bool setOff, int gutter, bool[] across)
    {
        if (!setOff || to - from > EdgeLines || to == from)
        {
            return;
        }

        for (var i = from; i < to; i++)
        {
            if (shapes[i].HasTextBefore(gutter) && shapes[i].HasTextAfter(gutter) && !shapes[i].IsNumbered(gutter))
            {
                return;
            }
        }

        for (var i = from; i < to; i++)
        {
            across[i - first] = true;
        }
    }

    /// <summary>
    /// The lines above the columns, set off from them by a blank line, each with text on one side of the gutter only
    /// (a title set flush left over the first column, a by-line set flush right over the second), are the page's head:
    /// they are read first and in their order, not as the tops of the columns. Both columns of a page start on the
    /// same line, so the first line with text on both sides is where the columns start.
    /// </summary>
    private static void KeepHeadInPlace(Shape[] shapes, int first, int end, int gutter, bool[] across)
    {
        var columns = first;
        while (columns < end && (shapes[columns].IsBlank || across[columns - first] || !(shapes[columns].HasTextBefore(gutter) && shapes[columns].HasTextAfter(gutter))))
        {
            columns++;
        }

        var blank = columns - 1;
        while (blank >= first && !shapes[blank].IsBlank)
        {
            blank--;
        }

        if (columns == end || blank < first)
        {
            return;
        }

        for (var i = first; i < blank; i++)
        {
            across[i - first] |= !shapes[i].IsBlank;
        }
    }

    private static void Add(List<SourceLine> ordered, int start, string text) => ordered.Add(new SourceLine(ordered.Count, start, text));

    /// <summary>
    /// A printed line as stretches of text: runs of characters with at most one space between them, apart from the
    /// next by two spaces or more (a form feed counts as a space).
    /// </summary>
    private sealed class Shape
    {
        private readonly string text;
        private readonly List<(int Start, int End)> runs = [];

        public Shape(string text)
        {
            this.text = text;
            var i = 0;
            while (i < text.Length)
            {
                while (i < text.Length && IsSpace(text[i]))
                {
                    i++;
                }

                if (i == text.Length)
                {
                    break;
                }

                var start = i;
                var end = i;
                while (i < text.Length && (!IsSpace(text[i]) || (i + 1 < text.Length && !IsSpace(text[i + 1]) && !IsSpace(text[i - 1]))))
                {
                    i++;
                    end = i;
                }

                runs.Add((start, end));
            }
        }

        public int Length => text.Length;

        /// <summary>
        /// Adds this line to the counts of <see cref="SideBySideColumns.Gutter"/> as steps: at each column where the
        /// line starts or stops having text before it (and not across it), after it, both, or across it, its count goes
        /// up or down by one; summed from the left, the steps give each column's counts.
        /// </summary>
        public void Count(int width, int[] left, int[] right, int[] both, int[] across)
        {
            if (runs.Count == 0)
            {
                return;
            }

            // Across a run: its start to its end. Text before: from the first run's end on, but not across a later run;
            // after: up to the last run's start, but not across an earlier run; both: between the two, across neither.
            var (firstEnd, lastStart) = (runs[0].End, runs[^1].Start);
            Step(left, firstEnd, width);
            Step(right, 0, lastStart);
            if (firstEnd < lastStart)
            {
                Step(both, firstEnd, lastStart);
            }

            for (var k = 0; k < runs.Count; k++)
            {
                var (start, end) = runs[k];
                Step(across, start, end);
                if (k > 0)
                {
                    Step(left, start, end, -1);
                }

                if (k < runs.Count - 1)
                {
                    Step(right, start, end, -1);
                }

                if (k > 0 && k < runs.Count - 1)
                {
                    Step(both, start, end, -1);
                }
            }

            static void Step(int[] counts, int from, int to, int by = 1)
            {
                counts[Math.Min(from, counts.Length - 1)] += by;
                counts[Math.Min(to, counts.Length - 1)] -= by;
            }
        }

        public bool IsBlank => runs.Count == 0;

        /// <summary>A run of text covers column <paramref name="x"/>.</summary>
        public bool Crosses(int x) => runs.Exists(r => r.Start <= x && x < r.End);

        public bool HasTextBefore(int x) => runs.Count > 0 && runs[0].End <= x;

        /// <summary>
        /// One side of <paramref name="x"/> holds only a number (a running head's page number at the page's corner, as a
        /// column's line never is).
        /// </summary>
        public bool IsNumbered(int x)
        {
            var before = runs.Where(r => r.End <= x).ToList();
            var after = runs.Where(r => r.Start > x).ToList();
            return (before.Count == 1 && IsNumber(before[0])) || (after.Count == 1 && IsNumber(after[0]));

            bool IsNumber((int Start, int End) run) => run.End - run.Start <= 4 && !text.AsSpan(run.Start, run.End - run.Start).ContainsAnyExceptInRange('0', '9');
        }

        public bool HasTextAfter(int x) => runs.Count > 0 && runs[^1].Start > x;

        /// <summary>Where the text before <paramref name="x"/> ends.</summary>
        public int LastBefore(int x) => runs.Last(r => r.End <= x).End;

        /// <summary>Where the text after <paramref name="x"/> starts.</summary>
        public int FirstAfter(int x) => runs.First(r => r.Start > x).Start;

        /// <summary>
        /// The text on one side of <paramref name="x"/> in parts, cut where a gap holds one of <paramref name="gutters"/>
        /// (another column's): each part's display width.
        /// </summary>
        public IEnumerable<int> Parts(int x, bool left, bool[] gutters)
        {
            var side = runs.Where(r => left ? r.End <= x : r.Start > x).ToList();
            var first = 0;
            for (var k = 1; k <= side.Count; k++)
            {
                if (k < side.Count && !HoldsGutter(side[k - 1].End, side[k].Start, gutters))
                {
                    continue;
                }

                yield return TextShape.Width(text.AsSpan(side[first].Start, side[k - 1].End - side[first].Start));
                first = k;
            }
        }

        /// <summary>
        /// A wide gap between runs on one side of <paramref name="x"/> in this line, at none of <paramref name="gutters"/>,
        /// overlaps such a gap in <paramref name="other"/> on the same side and starts or ends where it does.
        /// </summary>
        public bool GapsMeet(Shape other, int x, bool left, bool[] gutters)
        {
            foreach (var (from, to) in Gaps(x, left, gutters))
            {
                foreach (var (otherFrom, otherTo) in other.Gaps(x, left, gutters))
                {
                    if (from < otherTo && otherFrom < to && (from == otherFrom || to == otherTo))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private IEnumerable<(int From, int To)> Gaps(int x, bool left, bool[] gutters)
        {
            var side = runs.Where(r => left ? r.End <= x : r.Start > x).ToList();
            for (var k = 1; k < side.Count; k++)
            {
                if (!HoldsGutter(side[k - 1].End, side[k].Start, gutters))
                {
                    yield return (side[k - 1].End, side[k].Start);
                }
            }
        }

        private static bool HoldsGutter(int from, int to, bool[] gutters)
        {
            for (var g = from; g < to && g < gutters.Length; g++)
            {
                if (gutters[g])
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSpace(char c) => c is ' ' or '\f';
    }
}
