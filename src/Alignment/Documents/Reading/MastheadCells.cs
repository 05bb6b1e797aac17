namespace Alignment.Documents.Reading;

/// <summary>
/// A masthead's cells that an extractor set on one line. UN documents (and many others with a cover block) print the
/// first page's top as a table without borders: the organisation at the left, the organ (<c>General Assembly</c>, a
/// treaty's name) beside it, the date and original language under that. pdftotext puts the cells of one row on one line,
/// <c>-layout</c> with the gap between them (<c>United Nations          General Assembly</c>), Chinese with a space
/// between two names that its script never separates by a space (<c>联合国 大会</c>). Each cell is a line of its own, as
/// in the document; every piece keeps its offset, only the gap's spaces fall between pieces.
/// </summary>
/// <remarks>
/// Only text an extractor laid out on pages has such rows, and only the lines before the text's first sentence end,
/// on its first page, are a masthead's: further down, a gap in a line is a table's or a justified line's. A first page's header (a name beside the symbol) and furniture lines
/// (a job number with its dates) keep their gaps, which the page furniture reads them by.
/// </remarks>
internal static class MastheadCells
{
    /// <summary>
    /// Spaces between two cells of a row in <c>-layout</c> text: a justified line's widest word space is less, and so is
    /// an ideographic space between two items of one line (<c>电子邮件：…　网址：…</c>, four spaces).
    /// </summary>
    private const int CellGap = 8;

    /// <summary>The masthead is looked for in at most this many lines from the top.</summary>
    private const int MastheadLines = 30;

    /// <summary>
    /// Chinese names apart by a single space are cells only in this many lines with text from the top, where the
    /// masthead's first row stands (under the page's header): lower, they are a by-line's title and name (本报记者 林晓岚).
    /// </summary>
    private const int HanRowLines = 4;

    /// <summary>A Chinese name in a masthead cell (an organ, a treaty) is at most this many characters.</summary>
    private const int HanNameLength = 12;

    /// <summary>The lines with each masthead row cut into its cells; <paramref name="lines"/> itself when none is.</summary>
    public static IReadOnlyList<SourceLine> Split(IReadOnlyList<SourceLine> lines)
    {
        // Only an extractor sets a table's cells on one line, and it ends every page with a form feed.
        if (!lines.Any(line => line.Text.Contains('\f', StringComparison.Ordinal)))
        {
            return lines;
        }

        var end = MastheadEnd(lines);
        var withText = 0;
        var cut = new List<SourceLine>(lines.Count + 4);
        var any = false;
        foreach (var line in lines)
        {
            withText += line.Text.Any(c => !IsBlank(c)) ? 1 : 0;
            var cells = line.Number < end ? Cells(line.Text, withText <= HanRowLines) : null;
            if (cells is null)
            {
                cut.Add(line with { Number = cut.Count });
                continue;
            }

            any = true;
            foreach (var (start, length) in cells)
            {
                cut.Add(new SourceLine(cut.Count, line.Start + start, line.Text.Substring(start, length)));
            }
        }

        return any ? cut : lines;
    }

    /// <summary>The number of the first line past the masthead: the first that ends a sentence or starts a new page.</summary>
    private static int MastheadEnd(IReadOnlyList<SourceLine> lines)
    {
        var limit = Math.Min(lines.Count, MastheadLines);
        for (var i = 0; i < limit; i++)
        {
            var text = lines[i].Text.TrimEnd();
            if ((i > 0 && lines[i].Text.Contains('\f', StringComparison.Ordinal)) || (text.Length > 0 && Chars.IsTerminal(text[^1])))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>The cells of a masthead row, each as its start and length in the line; null for a line of one cell.</summary>
    private static List<(int Start, int Length)>? Cells(string line, bool hanRow)
    {
        if (line.Contains('\f', StringComparison.Ordinal) || PageFurniture.NamedHeaderSymbol(line) is not null)
        {
            return null;
        }

        var cells = Pieces(line, CellGap);
        if (cells.Count < 2 && hanRow && line.All(c => Chars.IsHan(c) || c == ' '))
        {
            cells = Pieces(line, 1);
            if (cells.Any(c => c.Length > HanNameLength))
            {
                return null;
            }
        }

        return cells.Count >= 2 && cells.All(c => IsCell(line.Substring(c.Start, c.Length))) ? cells : null;
    }

    /// <summary>Words or names, not page furniture or a table's figures.</summary>
    private static bool IsCell(string text) => text.Any(c => char.IsLetter(c) || Chars.IsHan(c)) && !PageFurniture.IsFurnitureText(text);

    /// <summary>The runs of text in a line apart by at least <paramref name="gap"/> spaces.</summary>
    private static List<(int Start, int Length)> Pieces(string line, int gap)
    {
        var pieces = new List<(int, int)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsBlank(line[i]))
            {
                i++;
            }

            if (i == line.Length)
            {
                break;
            }

            var start = i;
            var last = i;
            while (i < line.Length)
            {
                if (!IsBlank(line[i]))
                {
                    last = i++;
                    continue;
                }

                var blank = i;
                while (i < line.Length && IsBlank(line[i]))
                {
                    i++;
                }

                if (i - blank >= gap || i == line.Length)
                {
                    break;
                }
            }

            pieces.Add((start, last - start + 1));
        }

        return pieces;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t';
}
