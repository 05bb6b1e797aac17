using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Finds the lines that are page furniture rather than content: document symbols, job numbers, page numbers,
/// print barcodes, running headers repeated at page breaks, and stray lines with nothing readable on them.
/// </summary>
/// <remarks>
/// Job numbers and barcodes are unmistakable wherever they stand. Symbols and numbers are also things a paragraph
/// can contain, so a line of them counts only when it stands apart from the text, between blank lines or other furniture.
/// </remarks>
internal static partial class PageFurniture
{
    /// <summary>Identical short lines seen this often at page breaks are running headers or footers.</summary>
    private const int RunningHeaderRepeats = 3;

    private const int RunningHeaderWidth = 80;

    /// <summary>
    /// A running header set against the text at a page's edge may be this many times <see cref="RunningHeaderWidth"/>:
    /// a document's title in small type runs the page's width, and recurring at the edge of page after page it is no
    /// line of text.
    /// </summary>
    private const int WideRunningHeader = 2;

    /// <summary>
    /// A running head holds at most this many characters besides its page's number and spaces (a title, which an
    /// extractor may print letter-spaced, <c>S t o r i e s …</c>): a body line is longer.
    /// </summary>
    private const int MaxHeadLength = 40;

    /// <summary>A running header or footer is at most this many lines.</summary>
    private const int RunningHeaderLines = 3;

    /// <summary>An organisation's name beside the symbol in a first page's header is at most this many words.</summary>
    private const int MaxNameWords = 5;

    /// <summary>A nil dash is looked for among this many lines of text before and after it (a table's row of cells a line).</summary>
    private const int NilDashReach = 3;

    /// <summary>What every page number between dashes recurs as.</summary>
    private const string DashedPage = "-#-";

    /// <summary>The reason each line is furniture, or null for content and blank lines.</summary>
    /// <param name="lines">The cleaned lines.</param>
    /// <param name="pageStarts">Which lines start a page (an extractor's form feed, or inferred), if known.</param>
    /// <param name="recurring">Which lines are furniture by their recurrence from page to page (see <see cref="InferredPageBreaks"/>), if known.</param>
    public static RemovalReason?[] Detect(IReadOnlyList<MappedText> lines, IReadOnlyList<bool>? pageStarts = null, IReadOnlyList<bool>? recurring = null)
    {
        var reasons = new RemovalReason?[lines.Count];
        var weak = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0)
            {
                continue;
            }

            if (!text.Any(Chars.IsReadable))
            {
                // Punctuation that closes the line above (a 。 the extractor wrapped onto a line of its own) is text, and
                // so is a unit sign that follows its number there (0.7 / %。).
                if (!(i > 0 && lines[i - 1].Length > 0 && text.All(c => Chars.IsTerminal(c) || Chars.IsCloser(c) || c is '，' or '、' or ',' or '%' or '％' or '‰' or '°' or '℃')))
                {
                    reasons[i] = RemovalReason.StrayLine;
                }
            }
            else if (TryClassify(text, out var reason, out var strong))
            {
                reasons[i] = reason;
                weak[i] = !strong;
            }
        }

        for (var i = 0; recurring is not null && i < lines.Count; i++)
        {
            if (recurring[i])
            {
                reasons[i] ??= RemovalReason.RunningHeader;
                weak[i] = false;
            }
        }

        StrengthenRecurring(lines, weak);
        if (pageStarts is not null)
        {
            StrengthenPageSequence(lines, pageStarts, weak);
            StrengthenRecurringPageEdges(lines, pageStarts, weak);
            StrengthenSymbolsUnderFooters(lines, pageStarts, reasons, weak);
        }

        KeepFiguresOfTables(lines, reasons, weak, pageStarts);
        DropWeakLinesInsideText(lines, reasons, weak);
        KeepSymbolsShownOnce(lines, reasons, weak, pageStarts);
        if (pageStarts is not null)
        {
            MarkNamedHeadersAtPageEdges(lines, reasons, pageStarts);
        }

        // A running header over two lines (a long title wrapped in small type) shows its second line at the page's
        // edge only once its first is found: look again while lines are found, a header's lines at most.
        HashSet<int>? found = null;
        for (var pass = 0; pass < RunningHeaderLines && (pass == 0 || found!.Count > 0); pass++)
        {
            found = MarkRunningHeaders(lines, reasons, weak, pageStarts, found);
        }

        KeepNilDashesAndFiguresOfTables(lines, reasons, weak, pageStarts);
        MarkNamedFirstHeader(lines, reasons);
        return reasons;
    }

    /// <summary>
    /// A line holding one figure and nothing else: <c>998</c>, <c>(118)</c>, <c>-3.1</c>, <c>12 845</c>, <c>38%</c>; not a
    /// paragraph number (<c>6.</c>).
    /// </summary>
    [GeneratedRegex(@"^\s*[(（\-–−]?[0-9](?:[0-9.,  ]*[0-9])?[)）]?[%％]?\s*$")]
    private static partial Regex Figure();

    /// <summary>
    /// Whether a line is made only of furniture tokens (job numbers, page numbers, document symbols, barcodes), as the
    /// header or footer of a page usually is.
    /// </summary>
    public static bool IsFurnitureText(string line) => TryClassify(line, out _, out _);

    /// <summary>A line made only of furniture tokens (<c>V.21-02475 (C) 3/9</c>); the first token names the reason.</summary>
    private static bool TryClassify(string text, out RemovalReason reason, out bool strong)
    {
        reason = default;
        strong = false;
        var position = 0;
        var first = true;
        var numbers = 0;
        var others = 0;
        while (position < text.Length)
        {
            var token = Token().Match(text, position);
            if (!token.Success || token.Index != position)
            {
                return false;
            }

            var (kind, isStrong) = token.Groups["job"].Success ? (RemovalReason.JobNumber, true)
                : token.Groups["barcode"].Success || token.Groups["recycle"].Success ? (RemovalReason.StrayLine, true)
                : token.Groups["page"].Success ? (PageNumberFits(token.Groups["page"].Value) ? RemovalReason.PageNumber : (RemovalReason?)null, false)
                : token.Groups["dashed"].Success || token.Groups["number"].Success ? (RemovalReason.PageNumber, false)
                : (RemovalReason.DocumentSymbol, false);
            if (kind is null)
            {
                return false;
            }

            if (first)
            {
                reason = kind.Value;
                first = false;
            }

            strong |= isStrong;
            position = token.Index + token.Length;
            if (token.Groups["number"].Success)
            {
                numbers++;
            }
            else
            {
                others++;
            }
        }

        // Two bare numbers and nothing else are no page's number but a table's figures or column heads (2026 2025).
        return !first && !(numbers >= 2 && others == 0);
    }

    /// <summary>
    /// A line made only of furniture tokens, read as what recurs from page to page: its <paramref name="family"/> is its
    /// tokens other than page numbers (<c>V.21-02475</c> for <c>2/9 V.21-02475</c> and <c>V.21-02475 3/9</c>, empty for
    /// a page number alone), and <paramref name="page"/> the page number it holds (bare, between dashes or out of a
    /// total), or null.
    /// </summary>
    public static bool TryReadPageLine(string text, out string family, out int? page)
    {
        family = string.Empty;
        page = null;
        if (!TryClassify(text, out _, out _))
        {
            return false;
        }

        var kept = new List<string>();
        for (var token = Token().Match(text); token.Success; token = token.NextMatch())
        {
            var number = token.Groups["number"].Success ? token.Groups["number"].Value
                : token.Groups["dashed"].Success ? token.Groups["dashed"].Value.Trim('-', '–', '—', ' ')
                : token.Groups["page"].Success ? PageDigits().Match(token.Groups["page"].Value).Value
                : null;
            if (number is not null)
            {
                page ??= int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture);
            }
            else if (!token.Groups["barcode"].Success && !token.Groups["recycle"].Success)
            {
                kept.Add(token.Value.Trim());
            }
        }

        family = string.Join(' ', kept);
        return true;
    }

    /// <summary>
    /// Whether a page token's number is a page's (<c>3/9</c>, <c>Page 3 of 9</c>, <c>第 3 页，共 9 页</c>, <c>Page 3</c>): one
    /// or more, and no more than the total where one is given.
    /// </summary>
    private static bool PageNumberFits(string page)
    {
        var numbers = PageDigits().Matches(page);
        var n = int.Parse(numbers[0].Value, CultureInfo.InvariantCulture);
        return n >= 1 && (numbers.Count < 2 || n <= int.Parse(numbers[1].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex PageDigits();

    /// <summary>
    /// Page-of-pages numbers that recur with the same total (<c>2/10</c>, <c>3/10</c>), and numbers between dashes that
    /// recur (<c>- 2 -</c>, <c>-3-</c>), are furniture even where an extractor set them against the text: no sentence
    /// is written so. Symbols are not: a symbol the text cites can stand alone on a wrapped line.
    /// </summary>
    private static void StrengthenRecurring(IReadOnlyList<MappedText> lines, bool[] weak)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (weak[i])
            {
                keys[i] = RecurrenceKey(lines[i].Text);
                counts[keys[i]!] = counts.GetValueOrDefault(keys[i]!) + 1;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (keys[i] is { } key && (key.StartsWith("#/", StringComparison.Ordinal) || key == DashedPage) && counts[key] >= RunningHeaderRepeats)
            {
                weak[i] = false;
            }
        }
    }

    /// <summary>
    /// Bare numbers at the edge of a page (the last line before a form feed, or the first after one) that go up from
    /// page to page are page numbers even where an extractor set them against the text, in the middle of a sentence
    /// the page broke. A number that does not continue the rise (a footnote's, say) is left alone.
    /// </summary>
    private static void StrengthenPageSequence(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts, bool[] weak)
    {
        var edges = new List<(int Line, int Number)>();
        foreach (var edge in PageBreakEdges(lines, pageStarts, _ => true))
        {
            AddEdge(edge);
        }

        var rising = edges.Where((e, k) => (k > 0 && edges[k - 1].Number < e.Number) || (k + 1 < edges.Count && e.Number < edges[k + 1].Number)).ToList();
        // A short document shows fewer: one number on each of its pages, counting them up by one, will do; or on each
        // page but the first, from 2, as papers whose first page carries its own header and footer (a masthead, a job
        // number) leave that page's number off.
        var pages = Pages(lines, pageStarts);
        var onEveryPage = rising.Count >= 2 && (rising.Count == pages || (rising.Count == pages - 1 && rising[0].Number == 2))
            && rising.Zip(rising.Skip(1)).All(p => p.Second.Number == p.First.Number + 1);
        if (rising.Count < RunningHeaderRepeats && !onEveryPage)
        {
            return;
        }

        foreach (var (line, _) in rising)
        {
            weak[line] = false;
        }

        // A bare number between the page numbers before and after it in the sequence is the page number between them,
        // wherever the extractor set it (between a paragraph's label and its text, say).
        for (var k = 0; k + 1 < rising.Count; k++)
        {
            var (from, to) = (rising[k], rising[k + 1]);
            if (to.Number == from.Number + 2 && Enumerable.Range(from.Line + 1, to.Line - from.Line - 1).Where(i => weak[i] && IsBareNumber(lines[i].Text, from.Number + 1)).ToList() is [var between])
            {
                weak[between] = false;
            }
        }

        void AddEdge(int i)
        {
            if (i >= 0 && weak[i] && lines[i].Text.All(char.IsAsciiDigit) && int.TryParse(lines[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && (edges.Count == 0 || edges[^1].Line != i))
            {
                edges.Add((i, number));
            }
        }
    }

    /// <summary>
    /// A symbol or number that stands right at a page break (the last line before a form feed, the first after it, or
    /// the text's first line) and recurs there on several pages is a running header or footer, even with no blank line
    /// between it and the text: pdftotext -raw prints a page's lines in the order the page holds them, without the
    /// blank lines the other modes set around headers and footers. A short document shows it on fewer pages: on every
    /// other page where headers alternate, and twice at most in two pages.
    /// </summary>
    private static void StrengthenRecurringPageEdges(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts, bool[] weak)
    {
        var edges = new SortedSet<int>(PageBreakEdges(lines, pageStarts, _ => true)) { Nearest(lines, 0, 1, _ => true) };
        var repeats = Math.Clamp((Pages(lines, pageStarts) + 1) / 2, 2, RunningHeaderRepeats);

        var atEdges = edges.Where(i => i >= 0 && weak[i]).GroupBy(i => RecurrenceKey(lines[i].Text), StringComparer.Ordinal);
        foreach (var line in atEdges.Where(g => g.Count() >= repeats).SelectMany(g => g))
        {
            weak[line] = false;
        }
    }

    /// <summary>
    /// A symbol alone on the first line of a page, where the page before ended on its footer (a job number, say), is the
    /// page's running header even if it shows only once: a two-page document whose headers alternate between left and
    /// right pages shows each of them once, and pdftotext -raw sets it against the text, in the middle of the sentence
    /// the page broke. A symbol the text cites and wrapped onto a line of its own stands after the text, not after a
    /// footer.
    /// </summary>
    private static void StrengthenSymbolsUnderFooters(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts, RemovalReason?[] reasons, bool[] weak)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageStarts[i] && Nearest(lines, i, 1, _ => true) is var first and >= 0 && Nearest(lines, i - 1, -1, _ => true) is var last and >= 0
                && weak[first] && reasons[first] == RemovalReason.DocumentSymbol && reasons[last] is not null && !weak[last])
            {
                weak[first] = false;
            }
        }
    }

    /// <summary>How many pages hold text: an extractor ends the last page with a form feed too, which starts none.</summary>
    private static int Pages(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts)
    {
        var pages = 1;
        var seenText = false;
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            seenText |= lines[i].Length > 0;
            if (pageStarts[i] && seenText)
            {
                pages++;
            }
        }

        return pages;
    }

    private static bool IsBareNumber(string line, int number) =>
        line.All(char.IsAsciiDigit) && int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value == number;

    /// <summary>The lines either side of each page break, in the text's order: the nearest that are not empty and that <paramref name="counts"/>, −1 where there is none.</summary>
    private static IEnumerable<int> PageBreakEdges(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> pageStarts, Func<int, bool> counts)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageStarts[i])
            {
                yield return Nearest(lines, i - 1, -1, counts);
                yield return Nearest(lines, i, 1, counts);
            }
        }
    }

    /// <summary>The first line with text that <paramref name="counts"/> from <paramref name="i"/> on, going by <paramref name="step"/>; −1 if none.</summary>
    private static int Nearest(IReadOnlyList<MappedText> lines, int i, int step, Func<int, bool> counts)
    {
        for (; i >= 0 && i < lines.Count; i += step)
        {
            if (lines[i].Length > 0 && counts(i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The line with its page number left out of a page-of-pages number (<c>3/10</c> is <c>#/10</c>) or of a number
    /// between dashes (<c>- 3 -</c> is <see cref="DashedPage"/>).
    /// </summary>
    private static string RecurrenceKey(string line)
    {
        if (Token().Match(line) is { Success: true } token && token.Groups["dashed"].Success && token.Length == line.Length)
        {
            return DashedPage;
        }

        // A page's number in words (第1页, 第 2 页, Page 3): the same page line whatever its number and spacing.
        if (Token().Match(line) is { Success: true } page && page.Groups["page"].Success && page.Length == line.Length && !line.Contains('/', StringComparison.Ordinal))
        {
            return "#page " + Spaces().Replace(PageDigits().Replace(line, "#"), string.Empty);
        }

        var slash = line.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0 && line[..slash].Trim().All(char.IsAsciiDigit) && line[(slash + 1)..].Trim().All(char.IsAsciiDigit))
        {
            return "#/" + line[(slash + 1)..].Trim();
        }

        // A symbol with the page's number beside it (E/CN.15/2021/2   3, 4   E/CN.15/2021/2): the number changes from
        // page to page, the rest recurs, however far apart -layout sets the two. Headers that alternate between left
        // and right pages set the number on the outer side, before the symbol on one page and after it on the next:
        // the same header either way.
        return line.Any(char.IsLetter) && BareNumber().IsMatch(line) ? "# " + Spaces().Replace(BareNumber().Replace(line, " "), " ").Trim() : line;
    }

    [GeneratedRegex(@"(?<=^|\s)[0-9]{1,4}(?=\s|$)")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>
    /// A bare number that is not yet known for a page number, with a figure on the nearest line before or after it on
    /// the same page, is a figure of a table that an extractor printed a cell a line (<c>2025</c> / <c>4,210</c> /
    /// <c>(25)</c>): a page carries its number once, not among figures.
    /// </summary>
    private static void KeepFiguresOfTables(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, bool[] weak, IReadOnlyList<bool>? pageStarts)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (weak[i] && reasons[i] == RemovalReason.PageNumber && Figure().IsMatch(lines[i].Text)
                && (IsFigureOnPage(lines, pageStarts, i, -1) || IsFigureOnPage(lines, pageStarts, i, 1)))
            {
                reasons[i] = null;
                weak[i] = false;
            }
        }
    }

    /// <summary>
    /// A dash alone on a line (<c>—</c>, <c>–</c>, <c>-</c>) with a figure kept as text among the few lines of text before
    /// or after it on the same page is a nil entry of a table that an extractor printed a cell a line, not a stray
    /// line. The figure must be text: a page number under a document's closing dash does not count. A bare number not
    /// known for a page number with such a dash or figure among the few lines beside it is a figure of the same table
    /// (<c>区域会议</c> / <c>—</c> / <c>45</c> / <c>(c)</c> / <c>其他</c> / <c>7</c> / <c>—</c>); each kept may keep the
    /// next, until none is left to keep.
    /// </summary>
    private static void KeepNilDashesAndFiguresOfTables(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, bool[] weak, IReadOnlyList<bool>? pageStarts)
    {
        bool kept;
        do
        {
            kept = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var candidate = (reasons[i] == RemovalReason.StrayLine && IsNilDash(lines[i].Text))
                    || (weak[i] && reasons[i] == RemovalReason.PageNumber && Figure().IsMatch(lines[i].Text));
                if (candidate && (IsNearKeptFigure(lines, reasons, pageStarts, i, -1) || IsNearKeptFigure(lines, reasons, pageStarts, i, 1)))
                {
                    reasons[i] = null;
                    weak[i] = false;
                    kept = true;
                }
            }
        }
        while (kept);
    }

    private static bool IsNilDash(string line) => line.Trim() is "—" or "–" or "-" or "−";

    /// <summary>Whether one of the few lines with text from line <paramref name="i"/> in direction <paramref name="step"/>, on the same page, is a figure kept as text (or a nil dash kept as one).</summary>
    private static bool IsNearKeptFigure(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, IReadOnlyList<bool>? pageStarts, int i, int step)
    {
        var seen = 0;
        for (var j = i; j + step >= 0 && j + step < lines.Count && seen < NilDashReach; j += step)
        {
            if (pageStarts is not null && pageStarts[step > 0 ? j + step : j])
            {
                return false;
            }

            if (lines[j + step].Length > 0)
            {
                seen++;
                if (reasons[j + step] is null && (Figure().IsMatch(lines[j + step].Text) || IsNilDash(lines[j + step].Text)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether the nearest line with text from line <paramref name="i"/> in direction <paramref name="step"/>, on the same page, is a figure.</summary>
    private static bool IsFigureOnPage(IReadOnlyList<MappedText> lines, IReadOnlyList<bool>? pageStarts, int i, int step)
    {
        for (var j = i; j + step >= 0 && j + step < lines.Count; j += step)
        {
            if (pageStarts is not null && pageStarts[step > 0 ? j + step : j])
            {
                return false;
            }

            if (lines[j + step].Length > 0)
            {
                return Figure().IsMatch(lines[j + step].Text);
            }
        }

        return false;
    }

    /// <summary>
    /// A document symbol alone on a line of the masthead (before the first line that ends a sentence or opens a numbered
    /// paragraph), not in the middle of a sentence (the text after it going on in lower case), that nothing found
    /// for furniture by its place or recurrence, and that no other line of the text shows (a running header, a first
    /// page's header beside the organization's name), is the masthead's line of a document without running headers, as
    /// a clean text gives it (<c>United Nations</c> / <c>CRC/C/LDA/CO/5-6</c> / <c>Convention on the Rights of the
    /// Child</c>): text, which a header is only by repeating on page after page. Further on, a symbol alone between blank
    /// lines is a page's header as likely, shown once where headers alternate between left and right pages; and in text
    /// that shows its pages (a page break, a job or page number), a symbol over the first page's text is its header.
    /// </summary>
    private static void KeepSymbolsShownOnce(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, bool[] weak, IReadOnlyList<bool>? pageStarts)
    {
        if ((pageStarts is not null && pageStarts.Contains(true)) || reasons.Any(r => r is RemovalReason.JobNumber or RemovalReason.PageNumber))
        {
            return;
        }

        Dictionary<string, int>? shown = null;
        for (var i = 0; i < lines.Count && !(reasons[i] is null && lines[i].Length > 0 && OpensBody(lines[i].Text)); i++)
        {
            if (weak[i] && reasons[i] == RemovalReason.DocumentSymbol && lines[i].Text.Trim() is var symbol && !symbol.Any(char.IsWhiteSpace)
                && Nearest(lines, i + 1, 1, _ => true) is var next && (next < 0 || !char.IsLower(lines[next].Text.TrimStart()[0])))
            {
                shown ??= LinesShowing(lines);
                if (shown[symbol] == 1)
                {
                    reasons[i] = null;
                    weak[i] = false;
                }
            }
        }
    }

    /// <summary>A line of running text, past a masthead: one that ends a sentence or opens a numbered paragraph (<c>1.</c>, <c>1.1</c>).</summary>
    private static bool OpensBody(string line) =>
        TextShape.EndsWithTerminal(line) || LabelParser.Parse(line.TrimStart()) is [{ Style: LabelStyle.Arabic }, ..];

    /// <summary>In how many lines each word (a run of characters between spaces) stands.</summary>
    private static Dictionary<string, int> LinesShowing(IReadOnlyList<MappedText> lines)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var word in line.Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
            {
                shown[word] = shown.GetValueOrDefault(word) + 1;
            }
        }

        return shown;
    }

    private static void DropWeakLinesInsideText(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, bool[] weak)
    {
        var runStart = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].Length > 0)
            {
                continue;
            }

            var hasContent = false;
            for (var j = runStart; j < i; j++)
            {
                hasContent |= reasons[j] is null;
            }

            for (var j = runStart; j < i && hasContent; j++)
            {
                if (weak[j])
                {
                    reasons[j] = null;
                }
            }

            runStart = i + 1;
        }
    }

    /// <summary>
    /// Marks the running headers found and returns them. After a first pass (<paramref name="before"/> null), only the
    /// next line of a header found in the pass before counts, set right against it and closing no sentence: the rest
    /// of a header over two lines, not the text that a header found leaves at the page's edge.
    /// </summary>
    private static HashSet<int> MarkRunningHeaders(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, bool[] weak, IReadOnlyList<bool>? pageStarts, HashSet<int>? before)
    {
        var pageEdges = PageEdges(lines, reasons, pageStarts);
        var apart = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var atEdge = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var width = lines[i].Length > 0 ? TextShape.Width(lines[i].Text) : 0;
            var closes = width > 0 && TextShape.EndsWithTerminal(lines[i].Text);
            var candidate = before is null
                ? width <= RunningHeaderWidth || (width <= WideRunningHeader * RunningHeaderWidth && !closes)
                : !closes && width <= WideRunningHeader * RunningHeaderWidth && ((i > 0 && before.Contains(i - 1)) || before.Contains(i + 1));
            if (reasons[i] is null && lines[i].Length > 0 && candidate)
            {
                var found = IsAtPageBreak(lines, reasons, i) && width <= RunningHeaderWidth ? apart : pageEdges.Contains(i) ? atEdge : null;
                if (found is not null)
                {
                    var key = lines[i].Text;
                    if (!found.TryGetValue(key, out var at))
                    {
                        found[key] = at = [];
                    }

                    at.Add(i);
                }
            }
        }

        // A line set against the text at a page's edge is a running header only if it recurs on a good part of the
        // pages, as headers do (on every page, or every other one): a document that repeats itself can put the same
        // body line at the edge of a few pages. A short document's alternating header is on half its pages, twice in
        // three or four.
        var pages = pageStarts is null ? 1 : Pages(lines, pageStarts);
        var atEdgeRepeats = pages < 2 * RunningHeaderRepeats ? Math.Max(2, (pages + 1) / 2) : Math.Max(RunningHeaderRepeats, (pageStarts!.Count(start => start) + 1) / 3.0);
        // A line apart at a page break is a running header at as few repeats in a document of three to five pages, where
        // an alternating header (every other page) shows on two of them; in fewer pages, twice is no pattern.
        var apartRepeats = pages >= RunningHeaderRepeats ? Math.Min(RunningHeaderRepeats, atEdgeRepeats) : RunningHeaderRepeats;
        // In two pages, a line twice apart at a page break is a running header only where it is the first line of
        // content on both pages, or the last on both: a newsletter's name over each page.
        var (tops, feet) = pages == 2 ? PageTopsAndFeet(lines, reasons, pageStarts!) : ([], []);
        var headers = apart.Where(h => h.Value.Count >= apartRepeats || (h.Value.Count == 2 && (h.Value.All(tops.Contains) || h.Value.All(feet.Contains)))).SelectMany(h => h.Value)
            .Concat(atEdge.Where(h => h.Value.Count + (apart.GetValueOrDefault(h.Key)?.Count ?? 0) >= atEdgeRepeats).SelectMany(h => h.Value));
        // A running head with the page's number beside it (a book's `12  The Watch Mender`, a magazine's `Issue 142  7`)
        // changes with every page: it is known by its number.
        var numbered = before is null && pageStarts is not null ? NumberedHeads(lines, reasons, pageStarts, pages)
            .Where(h => reasons[h.Line] is null || (h.Bare && reasons[h.Line] == RemovalReason.PageNumber)).ToList() : [];
        var marked = new HashSet<int>();
        foreach (var i in headers.Concat(numbered.Where(h => !h.Bare).Select(h => h.Line)).ToList())
        {
            reasons[i] = RemovalReason.RunningHeader;
            marked.Add(i);
        }

        foreach (var (line, _) in numbered)
        {
            reasons[line] ??= RemovalReason.PageNumber;
            weak[line] = false;
        }

        return marked;
    }

    /// <summary>The first and the last line of content on each page.</summary>
    private static (HashSet<int> Tops, HashSet<int> Feet) PageTopsAndFeet(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, IReadOnlyList<bool> pageStarts)
    {
        bool Content(int j) => reasons[j] is null;
        var (tops, feet) = (new HashSet<int> { Nearest(lines, 0, 1, Content) }, new HashSet<int> { Nearest(lines, lines.Count - 1, -1, Content) });
        for (var i = 0; i < lines.Count; i++)
        {
            if (pageStarts[i])
            {
                feet.Add(Nearest(lines, i - 1, -1, Content));
                tops.Add(Nearest(lines, i, 1, Content));
            }
        }

        tops.Remove(-1);
        feet.Remove(-1);
        return (tops, feet);
    }

    /// <summary>
    /// Running heads that carry their page's number, and page numbers alone, found by the number rather than by the
    /// words beside it: a book sets the number at the outer end of the head, beside the book's title on a left page and
    /// the chapter's on a right one, and its chapter's opening page carries the number alone at its foot. A short
    /// chapter shows each head once or twice, too few to be known by repetition, but the numbers rise with the pages:
    /// lines at pages' edges whose number is the page's count plus one same offset, on most of the pages (two at
    /// least), are the pages' numbers and the heads they stand in. A head repeats its words, or is the only one on its
    /// side of the number (a left page's, a right page's); headings numbered in sequence that open page after page
    /// (<c>1 Introduction</c>, <c>2 Background</c>) each say something else on the same side, and captions numbered
    /// in sequence (<c>Table 1</c>, <c>Table 2</c>) stand on the few pages that hold a table: neither is furniture.
    /// </summary>
    /// <returns>The lines found, and whether each is a number alone.</returns>
    private static List<(int Line, bool Bare)> NumberedHeads(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, IReadOnlyList<bool> pageStarts, int pages)
    {
        var folios = new List<(int Line, int Page, int Offset, string? Words, bool Leads)>();
        var (page, start) = (0, 0);
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && !(pageStarts[i] && i > 0))
            {
                continue;
            }

            page++;
            // The page's first and last lines, furniture found already or not (a page's number counts towards the pages
            // numbered), and its first and last lines of text past the furniture, where a head may stand under a header.
            var edges = new[] { NearestWithin(start, i, 1, _ => true), NearestWithin(i - 1, start - 1, -1, _ => true), NearestWithin(start, i, 1, j => reasons[j] is null), NearestWithin(i - 1, start - 1, -1, j => reasons[j] is null) };
            foreach (var edge in edges.Where(e => e >= 0).Distinct())
            {
                if (TryReadFolio(lines[edge].Text.Trim(), out var number, out var words, out var leads))
                {
                    folios.Add((edge, page, number - page, words, leads));
                }
            }

            start = i;
        }

        var found = new List<(int Line, bool Bare)>();
        foreach (var group in folios.GroupBy(f => f.Offset))
        {
            var numbered = group.Select(f => f.Page).Distinct().Count();
            if (numbered < 2 || 2 * numbered <= pages)
            {
                continue;
            }

            var worded = group.Where(f => f.Words is not null).ToList();
            foreach (var folio in group)
            {
                if (folio.Words is null || worded.Count(f => f.Words == folio.Words) >= 2 || worded.All(f => f.Leads != folio.Leads || f.Words == folio.Words))
                {
                    found.Add((folio.Line, folio.Words is null));
                }
            }
        }

        return found;

        int NearestWithin(int from, int end, int step, Func<int, bool> counts)
        {
            for (var j = from; j != end; j += step)
            {
                if (lines[j].Text.Trim().Length > 0 && counts(j))
                {
                    return j;
                }
            }

            return -1;
        }
    }

    /// <summary>
    /// A page number alone (<c>3</c>), or at either end of a short line that ends no sentence, holds none and does not
    /// start in lower case (<c>3 The Book's Title</c>, <c>纸鸢 3</c>): its <paramref name="number"/>, the
    /// <paramref name="words"/> beside it with their spaces made one (null for a number alone), and whether the number
    /// <paramref name="leads"/> them.
    /// </summary>
    private static bool TryReadFolio(string text, out int number, out string? words, out bool leads)
    {
        number = 0;
        words = null;
        leads = false;
        var match = Folio().Match(text);
        if (!match.Success)
        {
            return false;
        }

        leads = match.Groups["lead"].Success;
        var digits = leads ? match.Groups["lead"].Value : match.Groups["trail"].Success ? match.Groups["trail"].Value : match.Groups["bare"].Value;
        var beside = match.Groups["words"].Value;
        // A title starts as a title does, not in lower case as a sentence's wrapped line goes on (… in paragraph 3).
        if (beside.Length > 0 && (beside.Count(c => !Chars.IsSpace(c)) > MaxHeadLength || !beside.Any(Chars.IsReadable) || char.IsLower(beside[0])
            || beside.Any(c => Chars.IsTerminal(c) || Chars.IsCloser(c) || c is ',' or '，' or '、' or ';' or '；')))
        {
            return false;
        }

        words = beside.Length > 0 ? Spaces().Replace(beside, " ").Trim() : null;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }

    [GeneratedRegex(@"^(?:(?<bare>\d{1,4})|(?<lead>\d{1,4})\s+(?<words>\D.*)|(?<words>.*\D)\s+(?<trail>\d{1,4}))$")]
    private static partial Regex Folio();

    /// <summary>
    /// A name beside the document's symbol (<c>United Nations  A/81/447/Add.2</c>) at the edge of two pages or more is
    /// their running header, the first page's too where it shows the same, whatever the spaces between the two:
    /// pdftotext -layout sets the gap by where the page's header fell, which moves from page to page, so the lines are
    /// not the same text and their repetition alone does not find them. The words must be the same on every page.
    /// </summary>
    private static void MarkNamedHeadersAtPageEdges(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, IReadOnlyList<bool> pageStarts)
    {
        bool Content(int j) => reasons[j] is null;
        var named = PageBreakEdges(lines, pageStarts, Content).Append(Nearest(lines, 0, 1, Content))
            .Where(i => i >= 0).Distinct()
            .Where(i => NamedHeaderSymbol(lines[i].Text) is not null)
            .GroupBy(i => string.Join(' ', Words(lines[i].Text)), StringComparer.Ordinal);
        foreach (var header in named.Where(h => h.Count() >= 2))
        {
            foreach (var i in header)
            {
                reasons[i] = RemovalReason.RunningHeader;
            }
        }
    }

    private static string[] Words(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The text's first line when it is the first page's header: the document's symbol, which the other pages' headers
    /// show alone, beside a name a few words long (<c>United Nations  A/82/230</c>, <c>联合国 A/82/230</c>), as a
    /// word processor sets the first page's own header. A first line citing a symbol the headers do not show, or saying
    /// more than a name (a sentence, a date, a figure), is text. The distribution line right under it
    /// (<c>Distr.: General</c>) is the header's too.
    /// </summary>
    private static void MarkNamedFirstHeader(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons)
    {
        // A first page's header may show the symbol alone, the distribution under it: the symbol is furniture by now.
        var top = Nearest(lines, 0, 1, _ => true);
        if (top >= 0 && reasons[top] is not null && IsLoneSymbol(lines[top].Text))
        {
            MarkDistributionUnder(lines, reasons, top);
            return;
        }

        var first = Nearest(lines, 0, 1, j => reasons[j] is null);
        if (first < 0 || Nearest(lines, 0, 1, _ => true) != first
            || NamedHeaderSymbol(lines[first].Text) is not { } symbol
            || !Enumerable.Range(0, lines.Count).Any(j => j != first && reasons[j] is not null && Shows(lines[j].Text, symbol)))
        {
            return;
        }

        reasons[first] = RemovalReason.RunningHeader;
        MarkDistributionUnder(lines, reasons, first);
    }

    /// <summary>The distribution line right under the first page's header line <paramref name="header"/> is the header's too.</summary>
    private static void MarkDistributionUnder(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, int header)
    {
        var next = Nearest(lines, header + 1, 1, j => lines[j].Length > 0);
        if (next >= 0 && reasons[next] is null && IsDistributionLine(lines[next].Text))
        {
            reasons[next] = RemovalReason.RunningHeader;
        }
    }

    /// <summary>A line showing a document symbol and nothing else (<c>A/81/273</c>), as a first page's header may.</summary>
    internal static bool IsLoneSymbol(string line) =>
        Token().Match(line) is { Success: true } token && token.Groups["symbol"].Success && token.Value.Trim() == line.Trim();

    /// <summary>
    /// The symbol of a first page's own header: a document symbol beside a name a few words long, before or after it
    /// (<c>United Nations  A/82/230</c>, <c>联合国 A/82/230</c>); nothing for a line saying more than a name (a sentence,
    /// a date, a figure). Whether it is the header depends on the other pages' headers showing the symbol.
    /// </summary>
    internal static string? NamedHeaderSymbol(string line)
    {
        var words = Words(line);
        if (words.Length < 2)
        {
            return null;
        }

        // A symbol is one word (A/82/230), or two where the series stands apart from its numbers (EB 2026/147/R.12).
        for (var length = 1; length <= 2 && length < words.Length; length++)
        {
            foreach (var (symbol, name) in (ReadOnlySpan<(string[], string[])>)[(words[^length..], words[..^length]), (words[..length], words[length..])])
            {
                if (IsSymbol(symbol) && IsName(name))
                {
                    return string.Join(' ', symbol);
                }
            }
        }

        return null;

        static bool IsSymbol(string[] words) => words.Length == 1
            ? Token().Match(words[0]) is { Success: true } token && token.Groups["symbol"].Success && token.Length == words[0].Length
            : SpacedSymbol().IsMatch(string.Join(' ', words));

        static bool IsName(string[] words) =>
            words.Length <= MaxNameWords && words.All(w => !w.Any(char.IsDigit) && w.Any(char.IsLetter)) && TextShape.IsHeadingLike(string.Join(' ', words))
            && (char.IsUpper(words[0][0]) || Chars.IsCjk(words[0][0]));
    }

    /// <summary>Whether a line shows the symbol among its words.</summary>
    private static bool Shows(string line, string symbol) =>
        $" {string.Join(' ', Words(line))} ".Contains($" {symbol} ", StringComparison.Ordinal);

    /// <summary>
    /// A symbol whose series stands apart from its numbers, as the Rome-based agencies write theirs: a governing body's
    /// capitals, a space, then a session or year and the parts after it (<c>EB 2026/147/R.12</c>, <c>CL 170/3</c>).
    /// </summary>
    [GeneratedRegex(@"^[A-Z]{1,3} [0-9]{1,4}(?:/[A-Za-z0-9.\-]+)+$")]
    private static partial Regex SpacedSymbol();

    /// <summary>
    /// A document's distribution (<c>Distr.: General</c>, <c>Distr.: Limited</c>), which a first page's header shows
    /// under the symbol.
    /// </summary>
    internal static bool IsDistributionLine(string line) => Distribution().IsMatch(line);

    [GeneratedRegex(@"^\s*Distr\.?\s*[:：]?\s*(?:General|Limited|Restricted)\s*$")]
    private static partial Regex Distribution();

    /// <summary>
    /// The first and last lines of content on each page, past the furniture already found: where pdftotext -raw sets a
    /// running header with no blank line between it and the text. The first page's top counts too, though no page break
    /// comes before it: a header that the first page shows as the others do is set there as on every other page.
    /// </summary>
    private static HashSet<int> PageEdges(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, IReadOnlyList<bool>? pageStarts) =>
        pageStarts is null ? [] : [.. PageBreakEdges(lines, pageStarts, j => reasons[j] is null), Nearest(lines, 0, 1, j => reasons[j] is null)];

    /// <summary>
    /// A line stands at a page break when it is alone between blank lines or furniture, and the nearest
    /// non-blank line on one side is furniture or the edge of the text.
    /// </summary>
    private static bool IsAtPageBreak(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, int i)
    {
        bool Apart(int j) => j < 0 || j >= lines.Count || lines[j].Length == 0 || reasons[j] is not null;

        bool FurnitureSide(int step)
        {
            for (var j = i + step; j >= 0 && j < lines.Count; j += step)
            {
                if (lines[j].Length > 0)
                {
                    return reasons[j] is not null;
                }
            }

            return true;
        }

        return Apart(i - 1) && Apart(i + 1) && (FurnitureSide(-1) || FurnitureSide(1));
    }

    // ASCII digits only: \d also matches full-width and other scripts' digits, which int.Parse rejects. A UN job number
    // may carry the dates the document was issued and printed, day, month and year in six digits (V.21-02475 (E) 190421 200421);
    // the office that printed it prefixes a letter or two (V. in Vienna, GE. in Geneva), New York none (26-13579 (E)),
    // Nairobi its letter run into the year and number with no dot or dash (K2617894: furniture only with its dates or its
    // bar code beside it, as a reference number of that shape alone on a line is text), and the text under its bar code
    // may keep those letters (*V2605678*) as it keeps the digits, between the code's asterisks.
    // A symbol's parts may hold a session's number in brackets (ICCD/COP(17)/20/Add.1), as a convention's bodies number
    // their sessions. The first page's foot carries the recycling notice beside the job number (Please recycle, 请回收,
    // with its sign ♲ or not): said to the reader of the paper, never a line of the text.
    [GeneratedRegex(@"\G\s*(?:(?<job>(?:(?:[A-Z]{1,2}\.)?[0-9]{2}-[0-9]{5}|[A-Z][0-9]{7}(?=(?:\s*\([A-Z]\))?\s+(?:[0-3][0-9][01][0-9][0-9]{2}|\*[A-Z]?[0-9]{7}\*)))(?:\s*\([A-Z]\))?(?:\s+[0-3][0-9][01][0-9][0-9]{2}){0,2})|(?<barcode>\*(?:[A-Z]{1,2})?[0-9]{5,}\*)|(?<page>[0-9]{1,4}\s*/\s*[0-9]{1,4}|(?:Page|PAGE|page)\s+[0-9]{1,4}(?:\s+(?:of|OF)\s+[0-9]{1,4})?|第\s*[0-9]{1,4}\s*页(?:\s*[，,]?\s*共\s*[0-9]{1,4}\s*页)?)|(?<dashed>[-–—]\s*[0-9]{1,4}\s*[-–—])|(?<symbol>[A-Z](?:[A-Za-z0-9.\-]|\([A-Za-z0-9.]+\))*(?:/(?:[A-Za-z0-9.\-*]|\([A-Za-z0-9.]+\))*(?:[A-Za-z0-9*]|\([A-Za-z0-9.]+\)))+)|(?<recycle>Please\s+recycle|请回收)\s*♲?|(?<number>[0-9]{1,4}))(?=\s|$)")]
    private static partial Regex Token();
}
