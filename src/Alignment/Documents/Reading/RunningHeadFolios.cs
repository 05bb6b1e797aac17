using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Running heads that carry their page's number, and page numbers alone at a page's edge, found by the number rather
/// than by the words beside it: a book sets the number at the outside of the head, beside the book's title on a left
/// page and the chapter's on a right one, and its chapter's opening page carries the number alone at its foot. A short
/// chapter shows each head once or twice, too few to be known by repetition, but the numbers rise with the pages:
/// lines at pages' edges whose number is the page's count from the first page plus one same offset, on two pages or
/// more, are the pages' numbers and the heads they stand in.
/// </summary>
internal static partial class RunningHeadFolios
{
    /// <summary>
    /// A running head holds at most this many characters besides its number and spaces (a title, which an extractor may
    /// print letter-spaced, <c>S t o r i e s …</c>): a body line is longer.
    /// </summary>
    private const int MaxHeadLength = 40;

    /// <summary>At least this many pages must show a number at the same offset from their count.</summary>
    private const int MinPages = 2;

    /// <summary>Marks the heads and numbers found as furniture that stays (running headers, or page numbers alone).</summary>
    /// <param name="lines">The cleaned lines.</param>
    /// <param name="pageStarts">Which lines start a page.</param>
    /// <param name="reasons">The reason each line is furniture, set for the lines found.</param>
    /// <param name="weak">Whether a line's reason may yet be dropped as text, cleared for the lines found.</param>
    public static void Mark(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts, RemovalReason?[] reasons, bool[] weak)
    {
        var candidates = new List<(int Line, int Page, int Offset, bool Bare)>();
        foreach (var (page, first, last) in PageEdges(lines, pageStarts))
        {
            foreach (var line in first == last ? [first] : new[] { first, last })
            {
                if (TryReadFolio(lines[line].Text.Trim(), out var number, out var bare))
                {
                    candidates.Add((line, page, number - page, bare));
                }
            }
        }

        foreach (var group in candidates.GroupBy(c => c.Offset).Where(g => g.Select(c => c.Page).Distinct().Count() >= MinPages))
        {
            foreach (var (line, _, _, bare) in group)
            {
                reasons[line] ??= bare ? RemovalReason.PageNumber : RemovalReason.RunningHeader;
                weak[line] = false;
            }
        }
    }

    /// <summary>Each page's count from one and its first and last lines with text.</summary>
    private static IEnumerable<(int Page, int First, int Last)> PageEdges(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts)
    {
        var (page, first, last) = (1, -1, -1);
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i == lines.Count || (pageStarts[i] && i > 0))
            {
                if (first >= 0)
                {
                    yield return (page, first, last);
                }

                (page, first, last) = (page + 1, -1, -1);
                if (i == lines.Count)
                {
                    yield break;
                }
            }

            if (lines[i].Text.Trim().Length > 0)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
    }

    /// <summary>
    /// A page number alone (<c>3</c>), or at either end of a short line that ends no sentence, holds none and does not
    /// start in lower case (<c>3 The Book's Title</c>, <c>纸鸢 3</c>): its <paramref name="number"/>, and whether it stands <paramref name="bare"/>.
    /// </summary>
    private static bool TryReadFolio(string text, out int number, out bool bare)
    {
        number = 0;
        bare = false;
        var match = Folio().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["lead"].Success ? match.Groups["lead"].Value : match.Groups["trail"].Success ? match.Groups["trail"].Value : match.Groups["bare"].Value;
        var words = match.Groups["words"].Value;
        bare = words.Length == 0;
        // A title starts as a title does, not in lower case as a sentence's wrapped line goes on (… in paragraph 3).
        if (!bare && (words.Count(c => !Chars.IsSpace(c)) > MaxHeadLength || !words.Any(Chars.IsReadable) || char.IsLower(words[0])
            || words.Any(c => Chars.IsTerminal(c) || Chars.IsCloser(c) || c is ',' or '，' or '、' or ';' or '；')))
        {
            return false;
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    [GeneratedRegex(@"^(?:(?<bare>\d{1,4})|(?<lead>\d{1,4})\s+(?<words>\D.*)|(?<words>.*\D)\s+(?<trail>\d{1,4}))$")]
    private static partial Regex Folio();
}
