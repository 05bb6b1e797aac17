using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Page numbers an extractor set against the last (or first) line of a page's text, as it does where the number stands
/// on the baseline of that line (<c>… which should include awareness- 19 -</c>, <c>… the text 3/9</c>). Such a number is
/// cut off when it is at the edge of a page, in the form the document's other pages are numbered in (between dashes,
/// out of the same total, or bare), and fills the gap in their sequence: the page before is numbered one less or the
/// page after one more, and no other page has that number. A number a sentence ends with (<c>in 2021</c>,
/// <c>paragraph 3</c>) does not fill such a gap, or its page has its own number.
/// </summary>
internal static partial class GluedPageNumbers
{
    /// <summary>So many page numbers of one form at least, before a number glued to the text is taken for one.</summary>
    private const int NumberedPages = 3;

    /// <summary>
    /// Cuts the page numbers off the lines they are glued to, in place, and returns each cut piece (the number, from its
    /// first character to the line's end) with the line it was cut from.
    /// </summary>
    public static List<(int Line, MappedText Piece)> Cut(MappedText[] lines, RemovalReason?[] furniture, IReadOnlyList<bool> pageStarts)
    {
        var cuts = new List<(int, MappedText)>();
        var numbers = new List<(int Line, string Form, int Number)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (furniture[i] is RemovalReason.PageNumber or RemovalReason.JobNumber && PageNumber(lines[i].Text, glued: false) is var (form, number, _))
            {
                numbers.Add((i, form, number));
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (!pageStarts[i])
            {
                continue;
            }

            foreach (var edge in new[] { Nearest(lines, i - 1, -1), Nearest(lines, i, 1) })
            {
                if (edge < 0 || furniture[edge] is not null || PageNumber(lines[edge].Text, glued: true) is not var (form, number, at)
                    || !FillsGap(numbers, edge, form, number))
                {
                    continue;
                }

                var line = lines[edge];
                var body = line.Text.AsSpan(0, at).TrimEnd().Length;
                if (body == 0)
                {
                    continue;
                }

                cuts.Add((edge, Slice(line, at, line.Length)));
                lines[edge] = Slice(line, 0, body);
            }
        }

        return cuts;
    }

    /// <summary>
    /// Whether page <paramref name="number"/> at line <paramref name="at"/> is missing from the document's numbering in
    /// <paramref name="form"/>: enough pages are numbered so, none of them so, and the nearest before or after it is
    /// numbered one less or one more (with nothing out of order on the other side).
    /// </summary>
    private static bool FillsGap(List<(int Line, string Form, int Number)> numbers, int at, string form, int number)
    {
        var same = numbers.Where(n => n.Form == form).ToList();
        if (same.Count < NumberedPages || same.Any(n => n.Number == number))
        {
            return false;
        }

        var before = same.LastOrDefault(n => n.Line < at);
        var after = same.FirstOrDefault(n => n.Line > at);
        var fitsBefore = before.Form is null || before.Number < number;
        var fitsAfter = after.Form is null || after.Number > number;
        return fitsBefore && fitsAfter && (before.Number == number - 1 || after.Number == number + 1);
    }

    /// <summary>
    /// The page number a line is (or, <paramref name="glued"/>, ends with, after a space, or a dash after a word): its
    /// form (<c>-#-</c>, <c>#/TOTAL</c> or <c>#</c>), its number and where it starts; null when there is none.
    /// </summary>
    private static (string Form, int Number, int At)? PageNumber(string text, bool glued)
    {
        var match = (glued ? Glued() : Alone()).Match(text);
        if (!match.Success)
        {
            return null;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var form = match.Groups["dashed"].Success ? "-#-" : match.Groups["total"].Success ? "#/" + match.Groups["total"].Value : "#";
        return number == 0 || (match.Groups["total"].Success && number > int.Parse(match.Groups["total"].Value, CultureInfo.InvariantCulture))
            ? null
            : (form, number, match.Index);
    }

    private static int Nearest(MappedText[] lines, int i, int step)
    {
        for (; i >= 0 && i < lines.Length; i += step)
        {
            if (lines[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The characters from <paramref name="start"/> to <paramref name="end"/>, each still mapped.</summary>
    private static MappedText Slice(MappedText line, int start, int end)
    {
        var builder = new MappedTextBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            builder.Append(line[i], line.OffsetOf(i));
        }

        return builder.ToMappedText();
    }

    // ASCII digits only, as int.Parse takes them. A page number alone, with a job number or symbol before it in a footer.
    [GeneratedRegex(@"(?:^|\s)(?:(?<dashed>[-–—]\s*(?<n>[0-9]{1,4})\s*[-–—])|(?<n>[0-9]{1,4})\s*/\s*(?<total>[0-9]{1,4})|(?<n>[0-9]{1,4}))\s*$")]
    private static partial Regex Alone();

    // Glued to a line's text: after a space, or (between dashes) right after a word, whose hyphen the extractor dropped.
    [GeneratedRegex(@"(?:(?<=\s)|(?<=\p{L}))(?<dashed>[-–—]\s*(?<n>[0-9]{1,4})\s*[-–—])\s*$|(?<=\s)(?:(?<n>[0-9]{1,4})\s*/\s*(?<total>[0-9]{1,4})|(?<n>[0-9]{1,4}))\s*$")]
    private static partial Regex Glued();
}
