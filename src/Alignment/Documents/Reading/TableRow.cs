namespace Alignment.Documents.Reading;

/// <summary>
/// A line of a table as text gives it: cells separated by tabs, or by runs of spaces (as <c>pdftotext -layout</c>
/// and fixed-width reports pad columns). Each row is a segment of its own, written as it stands.
/// </summary>
internal static class TableRow
{
    /// <summary>
    /// Whether the line, after any label, holds a tab between two cells, or runs of two or more spaces before cells that
    /// all hold figures (<c>Equities      6 218      5 981</c>, <c>资产类别    2026年    2025年</c>). A justified line
    /// that an extractor padded with spaces between its words has words after its runs, not figures.
    /// </summary>
    public static bool IsRow(ContentLine line) => IsRow(line.Text.Text, line.Labels.Count > 0 ? line.Labels[0].TextStart : 0);

    /// <summary>Whether <paramref name="line"/>, from <paramref name="textStart"/> (after its label), is a table row.</summary>
    public static bool IsRow(string line, int textStart)
    {
        var text = line.AsSpan(textStart);
        if (text.Contains('\t'))
        {
            return true;
        }

        var cells = 0;
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i + 1] == ' ' && !char.IsWhiteSpace(text[i - 1]))
            {
                var cell = text[(i + 2)..].TrimStart(' ');
                if (!IsFigure(cell))
                {
                    return false;
                }

                cells++;
            }
        }

        return cells > 0;
    }

    /// <summary>A cell that starts with a figure: <c>6 218</c>, <c>(25)</c>, <c>-3.1</c>, <c>—</c>, <c>2026年</c>.</summary>
    public static bool IsFigure(ReadOnlySpan<char> cell) =>
        cell.Length > 0 && (char.IsDigit(cell[0]) || (cell[0] is '(' or '-' or '–' or '−' && cell.Length > 1 && char.IsDigit(cell[1])) || cell[0] is '—' or '–' or '-');
}
