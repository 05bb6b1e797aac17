namespace Alignment.Documents.Pdf;

/// <summary>
/// Blocks of lines set side by side in different sizes, their baselines interleaved: a cover's organ name in large type
/// at the left, the session and its dates in small type at the right (a table without rules, cells on baselines of
/// their own), a letterhead's name beside the sender's address. Read top to bottom by baseline, the two blocks'
/// lines alternate and each block's wrapped lines are torn apart; read block by block, left then right, each is whole.
/// The left block's lines are told where the right block starts, as the edge they wrapped at.
/// </summary>
internal static class SideBySideBlocks
{
    /// <summary>The two blocks' first lines differ in size by more than this share.</summary>
    private const double SizeDiffers = 0.1;

    /// <summary>The blocks stand at least this many ems apart, more than a word space.</summary>
    private const double Gap = 0.6;

    /// <summary>Consecutive lines of the blocks are at most this many ems apart (from baseline to baseline).</summary>
    private const double Close = 1.6;

    /// <summary>The lines, top to bottom, with each pair of side-by-side blocks read left block first.</summary>
    public static List<TextLine> Ordered(List<TextLine> lines)
    {
        var ordered = new List<TextLine>(lines.Count);
        var i = 0;
        while (i < lines.Count)
        {
            var end = i + 1 < lines.Count ? RunEnd(lines, i) : i + 1;
            if (end - i < 3)
            {
                ordered.Add(lines[i]);
                i++;
                continue;
            }

            var run = lines[i..end];
            var rightStart = run.Where(l => l.Left > LeftOne(lines[i], lines[i + 1]).Right).Min(l => l.Left);
            ordered.AddRange(run.Where(l => l.Right < rightStart).Select(l => l with { BlockRight = rightStart }));
            ordered.AddRange(run.Where(l => l.Right >= rightStart));
            i = end;
        }

        return ordered;
    }

    private static TextLine LeftOne(TextLine a, TextLine b) => a.Left < b.Left ? a : b;

    /// <summary>Where the run of side-by-side lines starting at <paramref name="i"/> ends (exclusive); i + 1 for none.</summary>
    private static int RunEnd(List<TextLine> lines, int i)
    {
        var (a, b) = (lines[i], lines[i + 1]);
        var em = Math.Max(a.Size, b.Size);
        if (a.Page != b.Page || a.Pieces.Count > 0 || b.Pieces.Count > 0 || Math.Abs(a.Size - b.Size) <= SizeDiffers * em
            || a.Baseline - b.Baseline > Close * em || (b.Left < a.Right + (Gap * em) && a.Left < b.Right + (Gap * em)))
        {
            return i + 1;
        }

        var (left, right) = a.Left < b.Left ? (a, b) : (b, a);
        var leftEdge = left.Right;
        var rightEdge = right.Left;
        var j = i + 2;
        for (; j < lines.Count; j++)
        {
            var (previous, line) = (lines[j - 1], lines[j]);
            var lineEm = Math.Max(previous.Size, line.Size);
            if (line.Page != previous.Page || line.Pieces.Count > 0 || previous.Baseline - line.Baseline > Close * lineEm)
            {
                break;
            }

            if (line.Right < rightEdge - (Gap * lineEm))
            {
                leftEdge = Math.Max(leftEdge, line.Right);
            }
            else if (line.Left > leftEdge + (Gap * lineEm))
            {
                rightEdge = Math.Min(rightEdge, line.Left);
            }
            else
            {
                break;
            }
        }

        return j;
    }
}
