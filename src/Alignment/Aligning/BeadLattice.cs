namespace Alignment.Aligning;

/// <summary>
/// The dynamic programme at the heart of sentence alignment: the cheapest monotone path of beads from (0, 0) to
/// (n, m), searched only inside a band around an expected diagonal so that time and memory grow linearly with the
/// document. With posteriors on, forward–backward sums over all paths give each chosen bead the probability that
/// it is part of the alignment, which is the bead's confidence.
/// </summary>
internal static class BeadLattice
{
    /// <summary>The cost of the bead covering source [sourceStart, +sourceCount) and target [targetStart, +targetCount).</summary>
    public delegate double CostFunction(int sourceStart, int targetStart, int sourceCount, int targetCount);

    /// <summary>Caches costs between the forward and backward passes up to this many entries.</summary>
    private const int MaxCachedCosts = 8_000_000;


    /// <summary>Finds the best path.</summary>
    /// <param name="n">Number of source items.</param>
    /// <param name="m">Number of target items.</param>
    /// <param name="types">Allowed bead shapes.</param>
    /// <param name="cost">Cost of a bead; <see cref="double.PositiveInfinity"/> forbids it.</param>
    /// <param name="center">For each source position 0..n, the expected target position.</param>
    /// <param name="halfWidth">Half the band width; the full lattice is searched when it covers all of it.</param>
    /// <param name="posteriors">Whether to compute each bead's posterior probability.</param>
    public static LatticePath Solve(int n, int m, IReadOnlyList<BeadType> types, CostFunction cost, int[] center, int halfWidth, bool posteriors)
    {
        var lo = new int[n + 1];
        var hi = new int[n + 1];
        var full = n == 0 || m == 0 || halfWidth >= m;
        for (var i = 0; i <= n; i++)
        {
            lo[i] = full ? 0 : Math.Clamp(center[i] - halfWidth, 0, m);
            hi[i] = full ? m : Math.Clamp(center[i] + halfWidth, 0, m);
        }

        lo[0] = 0;
        hi[n] = m;

        // The centre can jump by more than the band is wide (one long sentence against many short ones, or many
        // insertions in an earlier path), which would leave rows that no bead can reach. Starting each row no later
        // than the previous row ends keeps the band one corridor; a band that was one already is unchanged.
        for (var i = 1; i <= n; i++)
        {
            lo[i] = Math.Min(lo[i], hi[i - 1]);
        }

        var offsets = new int[n + 2];
        for (var i = 0; i <= n; i++)
        {
            offsets[i + 1] = offsets[i] + (hi[i] - lo[i] + 1);
        }

        var cells = offsets[n + 1];
        var best = new double[cells];
        var step = new sbyte[cells];
        var alpha = posteriors ? new double[cells] : [];
        var cached = posteriors && (long)cells * types.Count <= MaxCachedCosts ? new double[cells * types.Count] : null;
        if (cached is not null)
        {
            // NaN marks a bead the forward pass never priced (it starts in an unreachable cell).
            Array.Fill(cached, double.NaN);
        }

        for (var i = 0; i <= n; i++)
        {
            for (var j = lo[i]; j <= hi[i]; j++)
            {
                var cell = offsets[i] + j - lo[i];
                if (i == 0 && j == 0)
                {
                    best[cell] = 0;
                    step[cell] = -1;
                    if (posteriors)
                    {
                        alpha[cell] = 0;
                    }

                    continue;
                }

                var bestCost = double.PositiveInfinity;
                var bestType = (sbyte)-1;
                var logSum = double.NegativeInfinity;
                for (var k = 0; k < types.Count; k++)
                {
                    var (a, b) = (types[k].SourceCount, types[k].TargetCount);
                    int pi = i - a, pj = j - b;
                    if (pi < 0 || pj < lo[Math.Max(pi, 0)] || pj > hi[Math.Max(pi, 0)])
                    {
                        continue;
                    }

                    var previous = offsets[pi] + pj - lo[pi];
                    if (double.IsPositiveInfinity(best[previous]))
                    {
                        continue;
                    }

                    var c = cost(pi, pj, a, b);
                    if (cached is not null)
                    {
                        cached[(cell * types.Count) + k] = c;
                    }

                    if (best[previous] + c < bestCost)
                    {
                        bestCost = best[previous] + c;
                        bestType = (sbyte)k;
                    }

                    if (posteriors)
                    {
                        logSum = LogAdd(logSum, alpha[previous] - c);
                    }
                }

                best[cell] = bestCost;
                step[cell] = bestType;
                if (posteriors)
                {
                    alpha[cell] = logSum;
                }
            }
        }

        var end = offsets[n] + m - lo[n];
        if (double.IsPositiveInfinity(best[end]))
        {
            throw new InvalidOperationException("No alignment path exists inside the band; the bead types cannot reach the end.");
        }

        var beads = new List<LatticeBead>();
        var touchedEdge = false;
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var cell = offsets[i] + j - lo[i];
            var k = step[cell];
            var (a, b) = (types[k].SourceCount, types[k].TargetCount);
            touchedEdge |= !full && ((j == lo[i] && lo[i] > 0) || (j == hi[i] && hi[i] < m));
            var c = Cached(cached, (cell * types.Count) + k) ?? cost(i - a, j - b, a, b);
            beads.Add(new LatticeBead(i - a, j - b, a, b, c, 1.0));
            i -= a;
            j -= b;
        }

        beads.Reverse();
        if (posteriors)
        {
            AddPosteriors(beads, n, m, types, cost, lo, hi, offsets, alpha, cached);
        }

        return new LatticePath(beads, touchedEdge, best[end]);
    }

    private static void AddPosteriors(
        List<LatticeBead> beads,
        int n,
        int m,
        IReadOnlyList<BeadType> types,
        CostFunction cost,
        int[] lo,
        int[] hi,
        int[] offsets,
        double[] alpha,
        double[]? cached)
    {
        var beta = new double[alpha.Length];
        Array.Fill(beta, double.NegativeInfinity);
        beta[offsets[n] + m - lo[n]] = 0;
        for (var i = n; i >= 0; i--)
        {
            for (var j = hi[i]; j >= lo[i]; j--)
            {
                var cell = offsets[i] + j - lo[i];
                if (i == n && j == m)
                {
                    continue;
                }

                var logSum = double.NegativeInfinity;
                for (var k = 0; k < types.Count; k++)
                {
                    var (a, b) = (types[k].SourceCount, types[k].TargetCount);
                    int ni = i + a, nj = j + b;
                    if (ni > n || nj < lo[Math.Min(ni, n)] || nj > hi[Math.Min(ni, n)])
                    {
                        continue;
                    }

                    var next = offsets[ni] + nj - lo[ni];
                    if (double.IsNegativeInfinity(beta[next]))
                    {
                        continue;
                    }

                    var c = Cached(cached, (next * types.Count) + k) ?? cost(i, j, a, b);
                    logSum = LogAdd(logSum, beta[next] - c);
                }

                beta[cell] = logSum;
            }
        }

        var total = alpha[offsets[n] + m - lo[n]];
        for (var x = 0; x < beads.Count; x++)
        {
            var bead = beads[x];
            var from = offsets[bead.SourceStart] + bead.TargetStart - lo[bead.SourceStart];
            var toI = bead.SourceStart + bead.SourceCount;
            var to = offsets[toI] + bead.TargetStart + bead.TargetCount - lo[toI];
            var posterior = Math.Exp(alpha[from] - bead.Cost + beta[to] - total);
            beads[x] = bead with { Posterior = double.IsFinite(posterior) ? Math.Clamp(posterior, 0, 1) : 0 };
        }
    }

    private static double? Cached(double[]? cached, int index) =>
        cached is not null && !double.IsNaN(cached[index]) ? cached[index] : null;

    private static double LogAdd(double x, double y)
    {
        if (double.IsNegativeInfinity(x))
        {
            return y;
        }

        if (double.IsNegativeInfinity(y))
        {
            return x;
        }

        return x > y ? x + Math.Log(1 + Math.Exp(y - x)) : y + Math.Log(1 + Math.Exp(x - y));
    }
}

/// <summary>One bead of a lattice path, in the lattice's own (region-local) positions.</summary>
internal readonly record struct LatticeBead(int SourceStart, int TargetStart, int SourceCount, int TargetCount, double Cost, double Posterior);

/// <summary>The best path, whether it ran along the band's edge (then the band was too narrow), and its total cost.</summary>
internal sealed record LatticePath(IReadOnlyList<LatticeBead> Beads, bool TouchedBandEdge, double Cost);
