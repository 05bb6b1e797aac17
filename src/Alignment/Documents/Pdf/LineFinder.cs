using System.Text;
using Alignment.Documents.Reading;
using UglyToad.PdfPig.Content;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Groups a page's letters into lines by their baselines, top to bottom. A smaller letter raised above the baseline
/// is a superscript and stays on its line: a digit there is a footnote marker, written <c>¹</c> as the text reader
/// expects. Spaces come from the space glyphs the PDF draws and from gaps wide enough to be one: in Latin text a
/// fifth of an em, next to CJK text more than half an em (a tab), since typesetters widen the space between Han
/// characters and Latin ones without it being a space in the text.
/// </summary>
internal static class LineFinder
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Closing and pausing marks that CJK typesetting keeps off the start of a line, with the character before them.</summary>
    private const string LineStartForbidden = "，。、；：？！）」』】〕〉》〗”’…‥·～％‰,.;:?!)]}%";

    /// <summary>Letters whose baselines differ by less than this share of their size are on one line.</summary>
    private const double SameLine = 0.45;

    /// <summary>A letter at most this share of its line's size, raised, is a superscript.</summary>
    private const double SuperscriptSize = 0.8;

    private const double LatinSpace = 0.2;
    private const double CjkSpace = 0.6;

    /// <summary>
    /// A letter is looked for on at most this many of the lines found before it, more than any page holds: a page
    /// drawn to break the reader, each letter on a baseline of its own, then costs letters × this, not letters².
    /// </summary>
    private const int LinesLookedBack = 1000;

    public static IReadOnlyList<TextLine> Find(int pageNumber, IReadOnlyList<Letter> letters)
    {
        var groups = Groups(letters);
        var topDown = groups.OrderByDescending(g => g.Main.StartBaseLine.Y).Select(g => g.Letters).ToList();
        if (ColumnOrder.Arrange(topDown) is { } columns)
        {
            // Each column's lines are measured as if they stood in the first, so that indents and short lines read alike.
            return [.. columns.Select(f => Line(pageNumber, f.Letters) is var line && f.Shift != 0 ? line with { Left = line.Left - f.Shift, Right = line.Right - f.Shift, Shift = f.Shift } : line).Where(l => l.Text.Length > 0)];
        }

        return [.. groups.Select(g => Line(pageNumber, g.Letters)).Where(l => l.Text.Length > 0).OrderByDescending(l => l.Baseline).ThenBy(l => l.Left)];
    }

    /// <summary>The letters grouped into lines, top to bottom, each line's letters in the order they came.</summary>
    public static List<List<Letter>> Lines(IEnumerable<Letter> letters) =>
        [.. Groups(letters).OrderByDescending(g => g.Main.StartBaseLine.Y).Select(g => g.Letters)];

    private static List<Group> Groups(IEnumerable<Letter> letters)
    {
        var groups = new List<Group>();
        foreach (var letter in letters)
        {
            if (letter.PointSize <= 0 || letter.TextOrientation is not TextOrientation.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }

            var line = groups.Count > 0 && OnLine(groups[^1], letter) ? groups[^1] : Recent(groups, letter);
            if (line is null)
            {
                groups.Add(new Group(letter));
            }
            else
            {
                line.Add(letter);
            }
        }

        return groups;
    }

    private static Group? Recent(List<Group> groups, Letter letter)
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

    private static bool OnLine(Group line, Letter letter)
    {
        var main = line.Main;
        var size = Math.Max(main.PointSize, letter.PointSize);
        return Math.Abs(main.StartBaseLine.Y - letter.StartBaseLine.Y) < SameLine * size || IsRaisedOver(letter, main) || IsRaisedOver(main, letter);
    }

    /// <summary>Whether <paramref name="small"/> is a superscript over the line of <paramref name="large"/>.</summary>
    private static bool IsRaisedOver(Letter small, Letter large) =>
        small.PointSize < SuperscriptSize * large.PointSize && small.StartBaseLine.Y > large.StartBaseLine.Y
        && small.StartBaseLine.Y - large.StartBaseLine.Y < large.PointSize;

    private static TextLine Line(int page, List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var size = letters.Where(l => !IsSpace(l)).GroupBy(l => Math.Round(l.PointSize, 1)).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).FirstOrDefault()?.Key ?? letters[0].PointSize;
        var baseline = letters.Where(l => Math.Abs(l.PointSize - size) < 0.1).Select(l => l.StartBaseLine.Y).DefaultIfEmpty(letters[0].StartBaseLine.Y).Min();
        var text = new StringBuilder();
        double left = double.NaN, right = 0, firstWord = 0;
        var bold = 0;
        var counted = 0;
        Letter? previous = null;
        var pendingSpace = false;
        var firstWordDone = false;
        var cjkStarted = false;
        foreach (var letter in letters)
        {
            if (IsSpace(letter))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            var value = letter.Value;
            var superscript = letter.PointSize < SuperscriptSize * size && letter.StartBaseLine.Y > baseline + (0.15 * size);
            if (superscript && value.Length == 1 && value[0] is >= '0' and <= '9')
            {
                value = Superscripts[value[0] - '0'].ToString();
            }

            if (previous is not null && (pendingSpace || Gap(previous, letter) > SpaceWidth(previous, letter, size)))
            {
                text.Append(' ');
                firstWordDone = true;
            }

            if (double.IsNaN(left))
            {
                left = letter.StartBaseLine.X;
            }

            // CJK text breaks between any two characters, except before punctuation that may not start a line (kinsoku):
            // a line starting 路，」 took those marks with its first character, and all three had to fit on the line before.
            if (!firstWordDone && cjkStarted && !MayNotStartLine(value))
            {
                firstWordDone = true;
            }

            if (!firstWordDone)
            {
                firstWord = letter.StartBaseLine.X + letter.Width - left;
                cjkStarted |= IsCjk(letter);
            }

            text.Append(value);
            right = Math.Max(right, letter.StartBaseLine.X + letter.Width);
            bold += IsBold(letter) ? 1 : 0;
            counted++;
            previous = letter;
            pendingSpace = false;
        }

        if (double.IsNaN(left))
        {
            return new TextLine(page, baseline, 0, 0, size, false, string.Empty, 0);
        }

        return new TextLine(page, baseline, left, right, size, bold * 2 > counted, text.ToString(), firstWord);
    }

    private static double Gap(Letter previous, Letter next) => next.StartBaseLine.X - (previous.StartBaseLine.X + previous.Width);

    private static double SpaceWidth(Letter previous, Letter next, double size) =>
        (IsCjk(previous) || IsCjk(next) ? CjkSpace : LatinSpace) * size;

    private static bool MayNotStartLine(string value) => value.Length == 1 && LineStartForbidden.Contains(value[0]);

    private static bool IsCjk(Letter letter) => letter.Value.Length > 0 && Chars.IsCjk(letter.Value[0]);

    private static bool IsSpace(Letter letter) => string.IsNullOrWhiteSpace(letter.Value) || letter.Value.All(Chars.IsSpace);

    private static bool IsBold(Letter letter) =>
        letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Heavy", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontDetails?.IsBold == true;

    /// <summary>The letters of one line, with its largest letter: the line's baseline is that letter's, not that of a superscript that may come first.</summary>
    private sealed class Group(Letter first)
    {
        public List<Letter> Letters { get; } = [first];

        public Letter Main { get; private set; } = first;

        public void Add(Letter letter)
        {
            Letters.Add(letter);
            if (letter.PointSize > Main.PointSize + 0.01)
            {
                Main = letter;
            }
        }
    }
}
