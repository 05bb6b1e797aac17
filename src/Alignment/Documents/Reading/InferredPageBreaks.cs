namespace Alignment.Documents.Reading;

/// <summary>
/// Finds where the pages of a text broke when nothing marks it: text copied from a PDF viewer (or taken by
/// <c>pdftotext -nopgbrk</c>) runs all pages together, each page's footer and the next page's header standing between
/// two lines of a paragraph, with no form feed. Page furniture shows itself by recurring through the document at
/// roughly regular intervals, a page's length apart: a document symbol or job number on every page (or every other
/// one), with or without a page number that counts up, or a page number alone counting up. Lines that recur only beside
/// such furniture (a running title) are furniture too. A page broke where each group of these lines starts; once the
/// breaks are known, the rules for text with form feeds apply.
/// </summary>
/// <remarks>
/// Ordinary text without pages does not fire: a line of furniture tokens rarely recurs in it, and a bare number that
/// counts up (a numbered list, a table's rows) does so a few lines apart, not a page's length, or stands between blank
/// lines where the text's own rules read it.
/// </remarks>
internal static class InferredPageBreaks
{
    /// <summary>Lines at least in a page: furniture that recurs more often than this is not a page's.</summary>
    private const int MinPageLines = 12;

    /// <summary>So many times at least a line recurs before it is taken for a page's, when no page number confirms it.</summary>
    private const int Recurrences = 3;

    /// <summary>In tenths of the usual interval: a page this much shorter or longer than it is a page like the others.</summary>
    private const int ShortPage = 7;

    private const int LongPage = 14;

    /// <summary>In tenths: the share of intervals at least that are a page like the others.</summary>
    private const int RegularShare = 6;

    /// <summary>Lines at least between two page breaks: a page has some text.</summary>
    private const int MinInterval = 3;

    /// <summary>No running title is wider than this, in display columns.</summary>
    private const int TitleWidth = 80;

    /// <summary>
    /// The lines that are page furniture, found by their recurrence; none when the text shows no pages. Only for text
    /// with no form feed: where an extractor marked the pages, their edges say more.
    /// </summary>
    public static bool[] Furniture(IReadOnlyList<MappedText> lines)
    {
        var found = new bool[lines.Count];
        var families = new Dictionary<string, List<(int Line, int? Page)>>(StringComparer.Ordinal);
        var numbers = new List<(int Line, int Page)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            if (text.Length == 0 || !PageFurniture.TryReadPageLine(text, out var family, out var page))
            {
                continue;
            }

            if (family.Length == 0 && page is { } bare && text.All(char.IsAsciiDigit))
            {
                numbers.Add((i, bare));
            }
            else
            {
                if (!families.TryGetValue(family, out var at))
                {
                    families[family] = at = [];
                }

                at.Add((i, page));
            }
        }

        var numbered = false;
        foreach (var (family, occurrences) in families)
        {
            if (!IsPageFurniture(family, occurrences))
            {
                continue;
            }

            numbered |= occurrences.Any(o => o.Page is not null);

            foreach (var (line, _) in occurrences)
            {
                found[line] = true;
            }
        }

        // Where recurring furniture shows the page breaks already, a page number stands at one of them (or ends the text),
        // and where that furniture numbers its pages, no bare number is needed for one: a number wrapped onto a line of
        // its own in the body (第 / 4 / 场) is no page's, however it counts.
        if (found.Any(f => f))
        {
            var end = Enumerable.Range(0, lines.Count).LastOrDefault(i => lines[i].Length > 0, -1);
            numbers = numbered ? [] : [.. numbers.Where(n => n.Line == end || NextToFurniture(lines, found, n.Line, -1) || NextToFurniture(lines, found, n.Line, 1))];
        }

        foreach (var line in PageNumbers(lines, numbers))
        {
            found[line] = true;
        }

        if (found.Any(f => f))
        {
            AddRunningTitles(lines, found);
        }

        return found;
    }

    /// <summary>
    /// Where each page starts: at the first line of each group of furniture lines (with only blank lines between them),
    /// the footer of one page and the header of the next; not before the first text, where no page ended.
    /// </summary>
    public static bool[] PageStarts(IReadOnlyList<MappedText> lines, bool[] furniture)
    {
        var starts = new bool[lines.Count];
        var seenText = false;
        var inGroup = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            if (furniture[i])
            {
                starts[i] = seenText && !inGroup;
                inGroup = true;
            }
            else
            {
                inGroup = false;
            }

            seenText = true;
        }

        return starts;
    }

    /// <summary>
    /// Lines of one family recur as a page's furniture: at least <see cref="Recurrences"/> times at regular intervals, their
    /// page numbers (where they have them) counting up; or twice, a page apart, numbered one page and the next, which no
    /// text does by chance (a two-page document).
    /// </summary>
    private static bool IsPageFurniture(string family, List<(int Line, int? Page)> occurrences)
    {
        var pages = occurrences.Where(o => o.Page is not null).Select(o => o.Page!.Value).ToList();
        if (pages.Zip(pages.Skip(1)).Any(p => p.Second <= p.First))
        {
            return false;
        }

        var lines = occurrences.Select(o => o.Line).ToList();
        return (lines.Count >= Recurrences && IsRegular(lines))
            || (family.Length > 0 && lines.Count == 2 && pages is [var first, var second] && second == first + 1 && lines[1] - lines[0] >= MinPageLines);
    }

    /// <summary>
    /// The bare numbers that count up page by page: the longest run of them rising by one (or two, where a page's number
    /// stood elsewhere) at least half a page's length apart for each (the last page's, ending the text, at any distance
    /// and left out of the intervals, as the last page can be short), at regular intervals, and set against the text on
    /// one side at least for half of them (between blank lines a bare number is read as a page's already).
    /// </summary>
    private static List<int> PageNumbers(IReadOnlyList<MappedText> lines, List<(int Line, int Page)> numbers)
    {
        // The last page can be short: its number, ending the text, counts whatever the distance.
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].Length == 0)
        {
            last--;
        }

        var length = new int[numbers.Count];
        var previous = new int[numbers.Count];
        var ending = new Dictionary<int, List<int>>();
        for (var k = 0; k < numbers.Count; k++)
        {
            (length[k], previous[k]) = (1, -1);
            var (line, page) = numbers[k];
            for (var step = 1; step <= 2; step++)
            {
                foreach (var j in ending.GetValueOrDefault(page - step) ?? [])
                {
                    if (((line - numbers[j].Line) * 2 >= MinPageLines * step || line == last) && length[j] + 1 > length[k])
                    {
                        (length[k], previous[k]) = (length[j] + 1, j);
                    }
                }
            }

            if (!ending.TryGetValue(page, out var same))
            {
                ending[page] = same = [];
            }

            same.Add(k);
        }

        if (numbers.Count == 0)
        {
            return [];
        }

        var run = new List<int>();
        for (var k = Array.IndexOf(length, length.Max()); k >= 0; k = previous[k])
        {
            run.Add(numbers[k].Line);
        }

        run.Reverse();
        var against = run.Count(i => (i > 0 && lines[i - 1].Length > 0) || (i + 1 < lines.Count && lines[i + 1].Length > 0));
        var pages = run[^1] == last ? run[..^1] : run;
        return run.Count >= Recurrences && IsRegular(pages) && against * 2 >= run.Count ? run : [];
    }

    /// <summary>
    /// Whether lines recur at regular intervals of a page's length: most intervals near the usual one, which is a page
    /// or more, and none too short to hold a page's text (a short page before a new section is a page all the same).
    /// </summary>
    private static bool IsRegular(List<int> lines)
    {
        var intervals = lines.Zip(lines.Skip(1), (a, b) => b - a).ToList();
        if (intervals.Count == 0)
        {
            return false;
        }

        var usual = intervals.Order().ElementAt(intervals.Count / 2);
        var near = intervals.Count(g => g * 10 >= usual * ShortPage && g * 10 <= usual * LongPage);
        return usual >= MinPageLines && intervals.Min() >= MinInterval && near * 10 >= intervals.Count * RegularShare;
    }

    /// <summary>
    /// A short line that recurs beside the furniture found (with no other text between them) is a running title: twice
    /// at least, and once at most elsewhere (a title on the cover that the pages repeat).
    /// </summary>
    private static void AddRunningTitles(IReadOnlyList<MappedText> lines, bool[] found)
    {
        var beside = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var elsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            // A title has words, starts as a title does and ends without a full stop: a line going on from the line above
            // it does neither, and a number wrapped onto a line of its own (第 / 4 / 场) has none.
            if (text.Length == 0 || found[i] || TextShape.Width(text) > TitleWidth || LabelParser.Parse(text).Count > 0
                || char.IsLower(text[0]) || TextShape.EndsWithTerminal(text) || !text.Any(char.IsLetter))
            {
                continue;
            }

            if (NextToFurniture(lines, found, i, -1) || NextToFurniture(lines, found, i, 1))
            {
                if (!beside.TryGetValue(text, out var at))
                {
                    beside[text] = at = [];
                }

                at.Add(i);
            }
            else
            {
                elsewhere[text] = elsewhere.GetValueOrDefault(text) + 1;
            }
        }

        foreach (var (text, at) in beside)
        {
            if (at.Count >= 2 && elsewhere.GetValueOrDefault(text) <= 1)
            {
                at.ForEach(i => found[i] = true);
            }
        }
    }

    /// <summary>Whether the nearest line with text from line <paramref name="i"/> in direction <paramref name="step"/> is furniture found.</summary>
    private static bool NextToFurniture(IReadOnlyList<MappedText> lines, bool[] found, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (lines[j].Length > 0)
            {
                return found[j];
            }
        }

        return false;
    }
}
