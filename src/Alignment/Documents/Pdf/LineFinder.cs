using System.Text;
using Alignment.Documents.Reading;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Groups a page's letters into lines by their baselines, top to bottom. A smaller letter raised above the baseline
/// is a superscript and stays on its line: a digit there is a footnote marker, written <c>¹</c> as the text reader
/// expects. Spaces come from the space glyphs the PDF draws and from gaps wide enough to be one: in Latin text a
/// fifth of an em, next to CJK text more than half an em, since typesetters widen the space between Han characters
/// and Latin ones without it being a space in the text. A cell of a table that lines up with the rows around it
/// starts after a tab (<see cref="TableColumns"/>).
/// </summary>
internal static class LineFinder
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Closing and pausing marks that CJK typesetting keeps off the start of a line, with the character before them.</summary>
    private const string LineStartForbidden = "，。、；：？！）」』】〕〉》〗”’…‥·～％‰,.;:?!)]}%";

    /// <summary>Opening marks that CJK typesetting keeps off the end of a line, with the character after them.</summary>
    private const string LineEndForbidden = "（「『【〔〈《〖“‘([{";

    /// <summary>Letters whose baselines differ by less than this share of their size are on one line.</summary>
    private const double SameLine = 0.45;

    /// <summary>A letter at most this share of its line's size, raised, is a superscript.</summary>
    private const double SuperscriptSize = 0.8;

    private const double LatinSpace = 0.2;

    /// <summary>Letters set this share of an em apart, or more, all along a line are letter-spaced.</summary>
    private const double MinimumTracking = 0.08;

    /// <summary>A line needs this many gaps between letters (not spaces) to tell its letter spacing by.</summary>
    private const int MinimumTrackedGaps = 5;
    private const double CjkSpace = 0.6;

    /// <summary>Sizes that differ by more than this share are two sizes.</summary>
    private const double SizeDiffers = 0.1;

    /// <summary>Baselines this share of an em apart, or more, are two baselines, though near enough to be one line.</summary>
    private const double OwnBaseline = 0.15;

    /// <summary>Blocks side by side stand at least this many ems apart, more than a word space.</summary>
    private const double BesideGap = 0.6;

    /// <summary>
    /// A letter is looked for on at most this many of the lines found before it, more than any page holds: a page
    /// drawn to break the reader, each letter on a baseline of its own, then costs letters × this, not letters².
    /// </summary>
    private const int LinesLookedBack = 1000;

    /// <summary>A first letter at least this many times its line's size is a drop cap.</summary>
    private const double DropCapSize = 2;

    public static IReadOnlyList<TextLine> Find(int pageNumber, IReadOnlyList<Glyph> glyphs) => Find(pageNumber, glyphs, [], out _);

    /// <summary>
    /// The page's lines in reading order, given the gutters of the page before (none when it was not set in columns):
    /// a page too short to show its own columns goes on in those (<see cref="ColumnOrder"/>). Gives the page's gutters.
    /// </summary>
    public static IReadOnlyList<TextLine> Find(int pageNumber, IReadOnlyList<Glyph> glyphs, IReadOnlyList<(double Left, double Right)> gutters, out IReadOnlyList<(double Left, double Right)> found)
    {
        var groups = Groups(glyphs, Enumerable.Range(0, glyphs.Count));
        var topDown = groups.OrderByDescending(g => g.Main.Y).ToList();
        if (ColumnOrder.Arrange(glyphs, topDown.Select(g => g.Indices).ToList(), gutters, out found) is { } columns)
        {
            return BesideDropCaps([.. columns.Select(InColumn).Where(l => l.Text.Length > 0)]);
        }

        var cells = TableColumns.CellStarts(glyphs, [.. topDown.Select(g => g.Indices)]);
        return BesideDropCaps(SideBySideBlocks.Ordered([.. groups.Select(g => Line(pageNumber, g, cells)).Where(l => l.Text.Length > 0).OrderByDescending(l => l.Baseline).ThenBy(l => l.Left)]));

        // Each column's lines are measured as if they stood in the first, so that indents and short lines read alike.
        TextLine InColumn(ColumnOrder.Fragment fragment)
        {
            var line = Line(pageNumber, Group.Of(glyphs, fragment.Indices), fragment.Cells);
            return line with
            {
                Left = line.Left - fragment.Shift,
                Right = line.Right - fragment.Shift,
                CellsLeft = line.CellsLeft - fragment.Shift,
                LeadRight = line.LeadRight - fragment.Shift,
                Shift = fragment.Shift,
                Pieces = [.. fragment.Pieces.Select(InColumn).Where(l => l.Text.Length > 0)],
            };
        }
    }

    /// <summary>
    /// The lines with those set in beside a drop cap measured from the edge the drop cap stands at: a magazine's or a
    /// book's first letter set three lines deep pushes the lines beside it in by its width, and the line under it comes
    /// back to the margin, which would read as a new paragraph (or a cover block's lines, one each) where the
    /// paragraph only goes on. Any article or chapter opening with an initial letter shows it.
    /// </summary>
    private static IReadOnlyList<TextLine> BesideDropCaps(IReadOnlyList<TextLine> lines)
    {
        if (!lines.Any(l => !double.IsNaN(l.DropCapBaseline)))
        {
            return lines;
        }

        var result = lines.ToList();
        for (var k = 0; k < result.Count; k++)
        {
            var capped = result[k];
            if (double.IsNaN(capped.DropCapBaseline))
            {
                continue;
            }

            for (var j = k + 1; j < result.Count; j++)
            {
                var line = result[j];
                if (line.Shift != capped.Shift || line.Baseline < capped.DropCapBaseline - (0.5 * capped.Size) || line.Baseline >= capped.Baseline)
                {
                    break;
                }

                result[j] = line with { Left = capped.Left };
            }
        }

        return result;
    }

    /// <summary>The glyphs at <paramref name="indices"/> grouped into lines, top to bottom, as places in the page's list.</summary>
    public static List<List<int>> Lines(IReadOnlyList<Glyph> glyphs, IEnumerable<int> indices) =>
        [.. Groups(glyphs, indices).OrderByDescending(g => g.Main.Y).Select(g => g.Indices)];

    private static List<Group> Groups(IReadOnlyList<Glyph> glyphs, IEnumerable<int> indices)
    {
        var groups = new List<Group>();
        foreach (var i in indices)
        {
            var letter = glyphs[i];
            if (letter.PointSize <= 0 || !letter.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }

            var line = groups.Count > 0 && OnLine(groups[^1], letter) ? groups[^1] : Recent(groups, letter);
            if (line is null)
            {
                groups.Add(new Group(glyphs, i));
            }
            else
            {
                line.Add(i);
            }
        }

        return groups;
    }

    private static Group? Recent(List<Group> groups, Glyph letter)
    {
        for (var i = Math.Max(0, groups.Count - LinesLookedBack); i < groups.Count; i++)
        {
            if (OnLine(groups[i], letter))
            {
                return groups[i];
            }
        }

        return null;
    }

    private static bool OnLine(Group line, Glyph letter)
    {
        var main = line.Main;
        var size = Math.Max(main.PointSize, letter.PointSize);
        if (IsBeside(line, letter, size))
        {
            return false;
        }

        return Math.Abs(main.Y - letter.Y) < SameLine * size || IsRaisedOver(letter, main) || IsRaisedOver(main, letter);
    }

    /// <summary>
    /// Whether a letter in another size, on a baseline of its own, stands well clear of a line's letters: a block set
    /// beside another (a cover's organ name in large type, the session and dates in small type at the right) whose
    /// lines overlap in height but are not one line.
    /// </summary>
    private static bool IsBeside(Group line, Glyph letter, double size) =>
        !IsSpace(letter) && line.Right > line.Left
        && Math.Abs(line.Main.PointSize - letter.PointSize) > SizeDiffers * size
        && Math.Abs(line.Main.Y - letter.Y) > OwnBaseline * size
        && (letter.X > line.Right + (BesideGap * size) || letter.X + letter.Width < line.Left - (BesideGap * size));

    /// <summary>Whether <paramref name="small"/> is a superscript over the line of <paramref name="large"/>.</summary>
    private static bool IsRaisedOver(Glyph small, Glyph large) =>
        small.PointSize < SuperscriptSize * large.PointSize && small.Y > large.Y
        && small.Y - large.Y < large.PointSize;

    private static TextLine Line(int page, Group group, HashSet<int> cellStarts)
    {
        var glyphs = group.Glyphs;
        var indices = group.Indices;
        indices.Sort((a, b) => glyphs[a].X.CompareTo(glyphs[b].X));
        var letters = indices.Select(i => glyphs[i]);
        var first = glyphs[indices[0]];
        var size = CommonSize(letters) ?? first.PointSize;
        var baseline = letters.Where(l => Math.Abs(l.PointSize - size) < 0.1).Select(l => l.Y).DefaultIfEmpty(first.Y).Min();
        var tracking = Tracking(glyphs, indices, size);
        var text = new StringBuilder();
        double left = double.NaN, right = 0, firstWord = 0, cellsLeft = double.PositiveInfinity, leadRight = double.NaN;
        var bold = 0;
        var counted = 0;
        Glyph? previous = null;
        var pendingSpace = false;
        var firstWordDone = false;
        var cjkStarted = false;
        var dropCap = double.NaN;
        foreach (var index in indices)
        {
            var letter = glyphs[index];
            if (IsSpace(letter))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            // A drop cap is the first letter of the word it starts: the space it is set apart by is no word space.
            if (previous is { } cap && text.Length == cap.Value.Length && IsDropCap(cap, size))
            {
                dropCap = cap.Y;
                pendingSpace = false;
                previous = null;
            }

            var value = letter.Value;
            var superscript = letter.PointSize < SuperscriptSize * size && letter.Y > baseline + (0.15 * size);
            if (superscript && value.Length == 1 && value[0] is >= '0' and <= '9')
            {
                value = Superscripts[value[0] - '0'].ToString();
            }

            if (previous is not null && cellStarts.Contains(index))
            {
                text.Append('\t');
                firstWordDone = true;
                cellsLeft = Math.Min(cellsLeft, letter.X);
                leadRight = double.IsNaN(leadRight) ? right : leadRight;
            }
            else if (previous is { } before && (pendingSpace || Gap(before, letter) - tracking > SpaceWidth(before, letter, size)))
            {
                text.Append(' ');
                firstWordDone = true;
            }

            if (double.IsNaN(left))
            {
                left = letter.X;
            }

            // CJK text breaks between any two characters, except before punctuation that may not start a line (kinsoku):
            // a line starting 路，」 took those marks with its first character, and all three had to fit on the line before;
            // nor after an opening mark, so a line starting 《萨 had both to fit.
            if (!firstWordDone && cjkStarted && !MayNotStartLine(value))
            {
                firstWordDone = true;
            }

            if (!firstWordDone)
            {
                firstWord = letter.X + letter.Width - left;
                cjkStarted |= IsCjk(letter) && !MayNotEndLine(value);
            }

            text.Append(value);
            right = Math.Max(right, letter.X + letter.Width);
            bold += letter.Bold ? 1 : 0;
            counted++;
            previous = letter;
            pendingSpace = false;
        }

        if (double.IsNaN(left))
        {
            return new TextLine(page, baseline, 0, 0, size, false, string.Empty, 0);
        }

        return new TextLine(page, baseline, left, right, size, bold * 2 > counted, text.ToString(), firstWord)
        {
            CellsLeft = cellsLeft,
            LeadRight = double.IsNaN(leadRight) ? right : leadRight,
            DropCapBaseline = dropCap,
        };
    }

    /// <summary>A single letter (not a figure or a mark) at least <see cref="DropCapSize"/> times the line's size.</summary>
    private static bool IsDropCap(Glyph letter, double size) =>
        letter.PointSize >= DropCapSize * size && letter.Value.Length == 1 && char.IsLetter(letter.Value[0]);

    /// <summary>The size of most letters that are not spaces, to a tenth of a point (the larger of two as common); null if all are spaces.</summary>
    private static double? CommonSize(IEnumerable<Glyph> letters)
    {
        // Counted, not grouped: grouping would copy every letter of a line of a million.
        var counts = new Dictionary<double, int>();
        foreach (var letter in letters.Where(l => !IsSpace(l)))
        {
            var key = Math.Round(letter.PointSize, 1);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        double? common = null;
        var most = 0;
        foreach (var (key, count) in counts)
        {
            if (count > most || (count == most && key.CompareTo(common!.Value) > 0))
            {
                common = key;
                most = count;
            }
        }

        return common;
    }

    /// <summary>
    /// The space a letter-spaced line (a heading set wide, <c>I n t r o d u c t i o n</c>) puts between every two of its
    /// letters, 0 for a line set solid: the median gap between neighbouring letters, where it is at least
    /// <see cref="MinimumTracking"/> of an em. A word's space is then a gap that wide beyond it; without this each
    /// letter would stand as a word of its own, or some would.
    /// </summary>
    private static double Tracking(IReadOnlyList<Glyph> glyphs, List<int> sorted, double size)
    {
        var gaps = new List<double>();
        Glyph? previous = null;
        foreach (var index in sorted)
        {
            var letter = glyphs[index];
            if (IsSpace(letter))
            {
                previous = null;
                continue;
            }

            if (previous is { } before)
            {
                gaps.Add(Gap(before, letter));
            }

            previous = letter;
        }

        if (gaps.Count < MinimumTrackedGaps)
        {
            return 0;
        }

        gaps.Sort();
        var median = gaps[gaps.Count / 2];
        return median >= MinimumTracking * size ? median : 0;
    }

    private static double Gap(Glyph previous, Glyph next) => next.X - (previous.X + previous.Width);

    private static double SpaceWidth(Glyph previous, Glyph next, double size) =>
        (IsCjk(previous) || IsCjk(next) ? CjkSpace : LatinSpace) * size;

    private static bool MayNotStartLine(string value) => value.Length == 1 && LineStartForbidden.Contains(value[0]);

    private static bool MayNotEndLine(string value) => value.Length == 1 && LineEndForbidden.Contains(value[0]);

    private static bool IsCjk(Glyph letter) => letter.Value.Length > 0 && Chars.IsCjk(letter.Value[0]);

    public static bool IsSpace(Glyph letter) => string.IsNullOrWhiteSpace(letter.Value) || letter.Value.All(Chars.IsSpace);

    /// <summary>
    /// The letters of one line, as places in the page's list, with its largest letter: the line's baseline is that
    /// letter's, not that of a superscript that may come first.
    /// </summary>
    private sealed class Group(IReadOnlyList<Glyph> glyphs, int first)
    {
        public IReadOnlyList<Glyph> Glyphs { get; } = glyphs;

        public List<int> Indices { get; } = [first];

        public Glyph Main { get; private set; } = glyphs[first];

        /// <summary>Where its first letter that is not a space starts; infinity while it has none.</summary>
        public double Left { get; private set; } = IsSpace(glyphs[first]) ? double.PositiveInfinity : glyphs[first].X;

        /// <summary>Where its last letter that is not a space ends; negative infinity while it has none.</summary>
        public double Right { get; private set; } = IsSpace(glyphs[first]) ? double.NegativeInfinity : glyphs[first].X + glyphs[first].Width;

        /// <summary>A line of the glyphs at <paramref name="indices"/> (at least one).</summary>
        public static Group Of(IReadOnlyList<Glyph> glyphs, List<int> indices)
        {
            var group = new Group(glyphs, indices[0]);
            foreach (var index in indices.Skip(1))
            {
                group.Add(index);
            }

            return group;
        }

        public void Add(int index)
        {
            Indices.Add(index);
            if (!IsSpace(Glyphs[index]))
            {
                Left = Math.Min(Left, Glyphs[index].X);
                Right = Math.Max(Right, Glyphs[index].X + Glyphs[index].Width);
            }

            if (Glyphs[index].PointSize > Main.PointSize + 0.01)
            {
                Main = Glyphs[index];
            }
        }
    }
}
