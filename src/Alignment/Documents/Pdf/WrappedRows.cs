using Alignment.Documents.Reading;

namespace Alignment.Documents.Pdf;

/// <summary>
/// The rows of a table that the typesetter wrapped onto a second line, as a table set in a page's narrow column is:
/// a label too long for the column runs on to the line that holds its figures
/// (<c>Net appreciation in fair value of</c> / <c>investments ⇥512 ⇥890</c>), the figures go whole to the next line
/// under the label (<c>From member organizations</c> / <c>284 272</c>), or the last figures, pushed past the
/// column's edge, start the next line, left of the figures above them (<c>Income from real assets ⇥37</c> /
/// <c>33</c>, or <c>Total investments 10,951</c> / <c>10,535</c> where the figures were set too close to be cells), or,
/// as a word processor sets a table's cells from their tops, the figures stay on the first line and the label goes on
/// under itself (<c>Payables for investment ⇥16 ⇥12</c> / <c>transactions</c>). The text reader starts a block at every
/// line with cells (a table's rows are set a line apart, without a gap), so such a row would be read as two, or with
/// its figures inside its label. The page shows the wrap: the two lines are one pitch apart, the first
/// line's label fills the measure so the next word could not follow it, or the figures on the next line stand where
/// the first line's label is, not under its figures (a row of figures without a label, a subtotal, stands under them).
/// The lines of such a row are given without their tabs, so that the text reader joins them as any wrapped lines, and
/// the line that goes on with the row starts no paragraph, however far in it is set: the row stays one block.
/// </summary>
internal static class WrappedRows
{
    /// <summary>The space before a wrapped word, in ems.</summary>
    private const double WordSpace = 0.35;

    /// <summary>Lines whose sizes differ by at most this share of an em are set in one type.</summary>
    private const double SameSize = 0.1;

    /// <summary>
    /// The body lines of one page, top to bottom (on a page set in columns, column by column), with the lines of each
    /// wrapped row given without tabs, and which of them go on with the row of the line before.
    /// </summary>
    /// <param name="lines">The lines.</param>
    /// <param name="lineGap">The widest distance between the baselines of two lines of one paragraph.</param>
    /// <param name="rowGap">The widest distance between the baselines of two lines that no paragraph's spacing sets apart.</param>
    /// <param name="right">The right edge of the page's measure (as the lines' own edges are measured).</param>
    public static (List<TextLine> Lines, bool[] GoesOn) Untabbed(List<TextLine> lines, double lineGap, double rowGap, double right)
    {
        var goesOn = new bool[lines.Count];
        for (var k = 1; k < lines.Count; k++)
        {
            goesOn[k] = Wraps(lines[k - 1], lines[k], lineGap, rowGap, right);
        }

        var untabbed = lines.Select((line, k) => goesOn[k] || (k + 1 < lines.Count && goesOn[k + 1]) ? line with { Text = line.Text.Replace('\t', ' ') } : line).ToList();
        for (var k = 0; k < lines.Count; k++)
        {
            var last = LabelUnderRowEnd(lines, goesOn, k, lineGap, rowGap);
            if (last == k)
            {
                continue;
            }

            // The label first, then the rest of it, then the figures: the row reads in the order it is meant to.
            var row = lines[k];
            var tab = row.Text.IndexOf('\t', StringComparison.Ordinal);
            untabbed[k] = row with { Text = row.Text[..tab].TrimEnd(), Right = row.LeadRight, CellsLeft = double.PositiveInfinity };
            untabbed[last] = lines[last] with { Text = lines[last].Text + " " + row.Text[(tab + 1)..].Replace('\t', ' ') };
            for (var j = k + 1; j <= last; j++)
            {
                goesOn[j] = true;
            }

            k = last;
        }

        return (untabbed, goesOn);
    }

    /// <summary>
    /// The last line of the label that the table row at <paramref name="k"/> goes on with under itself, its figures
    /// on its first line (<c>Payables for investment ⇥16 ⇥12</c> / <c>transactions</c>); <paramref name="k"/> when it has
    /// none. Such a line starts where the row does, one pitch below, and ends before the row's figures start. A line so
    /// set may also be a group's name in the table (<c>Total assets ⇥11,459</c> / <c>Liabilities</c>): the label went on
    /// when the row's lines stand closer together than the table's rows (a cell's margins set the rows apart), or, in a
    /// table whose rows are set a line apart, when each line's first word could not have followed the line above it
    /// within the column (as wide as its widest label).
    /// </summary>
    private static int LabelUnderRowEnd(List<TextLine> lines, bool[] goesOn, int k, double lineGap, double rowGap)
    {
        // A row whose text before its first cell ends in figures holds figures set too close to be cells: where its label
        // ends, and so whether the label went on, cannot be told.
        var row = lines[k];
        if (goesOn[k] || !row.Text.Contains('\t', StringComparison.Ordinal) || EndsWithFigure(row.Text[..row.Text.IndexOf('\t', StringComparison.Ordinal)]))
        {
            return k;
        }

        var em = row.Size;
        var last = k;
        while (last + 1 < lines.Count && lines[last + 1] is var next && next.Page == row.Page && next.Shift == row.Shift
            && Math.Abs(next.Size - row.Size) <= SameSize * em && next.Bold == row.Bold
            && lines[last].Baseline - next.Baseline is > 0 and var drop && drop <= Math.Min(rowGap, lineGap)
            && !next.Text.Contains('\t', StringComparison.Ordinal) && !IsFigures(next.Text)
            && Math.Abs(next.Left - row.Left) <= 0.5 * em && next.Right < row.CellsLeft
            && !StartsGroupName(last == k ? row.Text[..row.Text.IndexOf('\t', StringComparison.Ordinal)] : lines[last].Text, next.Text))
        {
            last++;
        }

        if (last == k)
        {
            return k;
        }

        bool SetApart(int above, int below) =>
            above < 0 || below >= lines.Count || lines[above].Page != lines[below].Page || lines[above].Baseline - lines[below].Baseline > rowGap;
        if (SetApart(k - 1, k) && SetApart(last, last + 1))
        {
            return last;
        }

        // The column is as wide as the widest label of this table: the lines around the row set no gap apart (another
        // table on the page may have a wider column).
        var (top, bottom) = (k, last);
        while (top > 0 && lines[top - 1].Page == row.Page && lines[top - 1].Baseline - lines[top].Baseline is > 0 and var up && up <= lineGap)
        {
            top--;
        }

        while (bottom + 1 < lines.Count && lines[bottom + 1].Page == row.Page && lines[bottom].Baseline - lines[bottom + 1].Baseline is > 0 and var down && down <= lineGap)
        {
            bottom++;
        }

        var edge = lines[top..(bottom + 1)].Where(l => l.Shift == row.Shift && l.Text.Contains('\t', StringComparison.Ordinal) && Math.Abs(l.Left - row.Left) <= 0.5 * em)
            .Max(l => l.LeadRight);
        for (var j = k + 1; j <= last; j++)
        {
            var before = j == k + 1 ? row.LeadRight : lines[j - 1].Right;
            if (before + (WordSpace * em) + lines[j].FirstWordWidth <= edge)
            {
                return j - 1 == k ? k : j - 1;
            }
        }

        return last;
    }

    /// <summary>
    /// Whether a line under a label that ends in a word in lower case starts with a capital: a label set in sentence case
    /// goes on in lower case (<c>Deferred retirement</c> / <c>benefits</c>), so this is the name of the table's next group
    /// of rows (<c>Cash and cash equivalents ⇥412</c> / <c>Investments</c>). Labels in title case tell nothing so, nor
    /// does a label that stops at a function word, which a name in capitals may follow (<c>(millions of</c> / <c>United
    /// States dollars)</c>).
    /// </summary>
    private static bool StartsGroupName(string label, string next)
    {
        var lastWord = label.TrimEnd()[(label.TrimEnd().LastIndexOf(' ') + 1)..];
        return lastWord.Length > 0 && char.IsLower(lastWord[0]) && !TextShape.EndsWithFunctionWord(label) && next.Length > 0 && char.IsUpper(next[0]);
    }

    /// <summary>Whether <paramref name="next"/> goes on with the table row <paramref name="line"/> starts.</summary>
    private static bool Wraps(TextLine line, TextLine next, double lineGap, double rowGap, double right)
    {
        var em = Math.Max(line.Size, next.Size);
        var drop = line.Baseline - next.Baseline;
        if (line.Page != next.Page || line.Shift != next.Shift || drop <= 0 || drop > lineGap
            || Math.Abs(line.Size - next.Size) > SameSize * em || line.Bold != next.Bold)
        {
            return false;
        }

        var cells = line.Text.Contains('\t', StringComparison.Ordinal);
        var nextCells = next.Text.Contains('\t', StringComparison.Ordinal);

        // A row's figures pushed whole onto the next line, under its label: one pitch below it (no paragraph's spacing
        // sets them apart as it does the table's rows) and starting where the label stands, not past its end.
        if (!cells && IsFigures(next.Text) && !EndsWithFigure(line.Text) && drop <= rowGap && next.Left < line.Right)
        {
            return true;
        }

        // A label running on: it filled the measure, and the row's cells are on the next line. A line that ends in its
        // figures is a whole row, whose cells were too close to tell.
        if (!cells && nextCells)
        {
            return line.Right + (WordSpace * em) + next.FirstWordWidth > right && !EndsWithFigure(line.Text);
        }

        // Figures pushed onto the next line, where the label stands. Set too close to the label to be a cell, the figures
        // the line ends with are told by the next line's: they end well left of the line's end, not under its figures as a
        // row of totals would, and no paragraph's spacing sets them apart as it does the rows of the table.
        return IsFigures(next.Text) && (cells ? next.Right < line.CellsLeft : EndsWithFigure(line.Text) && next.Right < line.Right - em && drop <= rowGap);
    }

    /// <summary>Whether the line's last word is a figure (<c>Funded ratio (%) 107.9</c>).</summary>
    public static bool EndsWithFigure(string text) => IsFigures(text[(text.LastIndexOfAny([' ', '\t']) + 1)..]);

    /// <summary>Whether a line holds figures only (<c>1,161</c>, <c>(23)</c>, <c>4.3</c>, a nil dash), with spaces or tabs between them.</summary>
    private static bool IsFigures(string text) =>
        text.Any(char.IsAsciiDigit) && text.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or '(' or ')' or '%' or '-' or '–' or '−' or '—' || char.IsWhiteSpace(c));
}
