namespace Alignment.Aligning;

/// <summary>
/// The part of an n × m alignment lattice that a search visits: for every source position i (0..n) the target
/// positions lo[i]..hi[i]. A corridor of fixed width keeps time and memory linear in the document; the whole
/// lattice is the corridor of a small pair.
/// </summary>
internal sealed class Corridor
{
    private readonly int[] lo;
    private readonly int[] hi;
    private readonly int[] offsets;

    private Corridor(int n, int m, int[] lo, int[] hi)
    {
        SourceCount = n;
        TargetCount = m;
        lo[0] = 0;
        hi[n] = m;

        // Every row must start no later than the previous one ends, or no bead could reach it; the two widened
        // ends keep (0, 0) and (n, m) inside.
        for (var i = 1; i <= n; i++)
        {
            lo[i] = Math.Min(lo[i], hi[i - 1]);
        }

        for (var i = n - 1; i >= 0; i--)
        {
            hi[i] = Math.Max(hi[i], Math.Min(lo[i + 1], m));
        }

        this.lo = lo;
        this.hi = hi;
        offsets = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            offsets[i + 1] = checked(offsets[i] + (hi[i] - lo[i] + 1));
        }
    }

    public int SourceCount { get; }

    public int TargetCount { get; }

    /// <summary>Number of lattice cells inside the corridor.</summary>
    public int Cells => offsets[^1];

    /// <summary>True when the corridor is the whole lattice.</summary>
    public bool IsFull => Cells == (long)(SourceCount + 1) * (TargetCount + 1);

    public int Lo(int i) => lo[i];

    public int Hi(int i) => hi[i];

    /// <summary>True when (i, j) lies inside the corridor.</summary>
    public bool Contains(int i, int j) => i >= 0 && i <= SourceCount && j >= lo[i] && j <= hi[i];

    /// <summary>The index of cell (i, j), which must lie inside the corridor.</summary>
    public int Cell(int i, int j) => offsets[i] + j - lo[i];

    /// <summary>True when (i, j) lies on an edge of the corridor that is not an edge of the lattice.</summary>
    public bool OnInnerEdge(int i, int j) => (j == lo[i] && j > 0) || (j == hi[i] && j < TargetCount);

    public static Corridor Full(int n, int m)
    {
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        Array.Fill(hi, m);
        return new Corridor(n, m, lo, hi);
    }

    /// <summary>The cells within <paramref name="halfWidth"/> target positions of <paramref name="center"/>[i] in every row.</summary>
    public static Corridor Around(int[] center, int m, int halfWidth) => Around(center, m, halfWidth, []);

    /// <summary>
    /// The cells within <paramref name="halfWidth"/> target positions of <paramref name="center"/>[i] in every row,
    /// widened so that a path can leave the center for every anchor's one-to-one bead and come back: the bead with
    /// <paramref name="halfWidth"/> positions around it, and the way between it and the center. An anchor to the
    /// left of the center (target text that comes earlier than the center expects) is reached straight down its
    /// column from the row where the center passed it, leaving the source sentences between unpaired; one to its
    /// right is left straight down its column until the center catches up.
    /// </summary>
    /// <param name="center">The target position of the corridor's middle in every row.</param>
    /// <param name="m">The number of target positions.</param>
    /// <param name="halfWidth">Target positions on either side of the center and of an anchor.</param>
    /// <param name="anchors">Sentence pairs (source, target) the corridor must hold.</param>
    /// <param name="reach">The most rows the way between an anchor and the center may take, which keeps the corridor's width fixed.</param>
    public static Corridor Around(int[] center, int m, int halfWidth, IReadOnlyList<(int Source, int Target)> anchors, int reach = 0)
    {
        var n = center.Length - 1;
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        for (var i = 0; i <= n; i++)
        {
            lo[i] = Math.Clamp(center[i] - halfWidth, 0, m);
            hi[i] = Math.Clamp(center[i] + halfWidth, 0, m);
        }

        foreach (var (source, target) in anchors)
        {
            var (left, right) = (Math.Clamp(target - halfWidth, 0, m), Math.Clamp(target + 1 + halfWidth, 0, m));
            for (var i = Math.Max(source - halfWidth, 0); i <= Math.Min(source + 1 + halfWidth, n); i++)
            {
                lo[i] = Math.Min(lo[i], left);
                hi[i] = Math.Max(hi[i], right);
            }

            for (var i = source - 1; i >= Math.Max(source - reach, 0) && center[i] > target; i--)
            {
                lo[i] = Math.Min(lo[i], left);
            }

            for (var i = source + 1; i <= Math.Min(source + reach, n) && center[i] <= target; i++)
            {
                hi[i] = Math.Max(hi[i], right);
            }
        }

        return new Corridor(n, m, lo, hi);
    }

    /// <summary>
    /// The finer-grained corridor around a path found at a coarser resolution: every coarse cell that the path's
    /// points touch, in finer positions, widened by <paramref name="halfWidth"/> target positions.
    /// </summary>
    /// <param name="points">The coarse path's lattice points, from (0, 0) to the end, in coarse positions.</param>
    /// <param name="sourceStarts">For every coarse source position, the finer position it starts at (one more entry than units).</param>
    /// <param name="targetStarts">The same for the target side.</param>
    /// <param name="halfWidth">How many finer target positions to add on either side.</param>
    public static Corridor Refine(IReadOnlyList<(int I, int J)> points, int[] sourceStarts, int[] targetStarts, int halfWidth)
    {
        var n = sourceStarts[^1];
        var m = targetStarts[^1];
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        Array.Fill(lo, int.MaxValue);
        Array.Fill(hi, int.MinValue);
        var (coarseN, coarseM) = (sourceStarts.Length - 1, targetStarts.Length - 1);
        foreach (var (ci, cj) in points)
        {
            int rowFrom = sourceStarts[Math.Max(ci - 1, 0)], rowTo = sourceStarts[Math.Min(ci + 1, coarseN)];
            int colFrom = targetStarts[Math.Max(cj - 1, 0)], colTo = targetStarts[Math.Min(cj + 1, coarseM)];
            for (var i = rowFrom; i <= rowTo; i++)
            {
                lo[i] = Math.Min(lo[i], colFrom);
                hi[i] = Math.Max(hi[i], colTo);
            }
        }

        for (var i = 0; i <= n; i++)
        {
            lo[i] = Math.Clamp(lo[i] == int.MaxValue ? 0 : lo[i] - halfWidth, 0, m);
            hi[i] = Math.Clamp(hi[i] == int.MinValue ? m : hi[i] + halfWidth, 0, m);
        }

        return new Corridor(n, m, lo, hi);
    }
}
