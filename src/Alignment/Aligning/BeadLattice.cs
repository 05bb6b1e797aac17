using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The dynamic programme at the heart of sentence alignment: the cheapest monotone path of beads from (0, 0) to
/// (n, m), searched only inside a <see cref="Corridor"/> so that time and memory grow with the corridor, not with
/// n × m. With posteriors on, forward–backward sums over all paths inside the corridor give each chosen bead the
/// probability that it is part of the alignment, which is the bead's confidence.
/// </summary>
internal sealed class BeadLattice
{
    private readonly Corridor corridor;
    private readonly IReadOnlyList<BeadType> types;

    // The shapes' sides as arrays, which the inner loops read without an interface call per shape.
    private readonly int[] sourceCounts;
    private readonly int[] targetCounts;
    private readonly CostFunction cost;
    private readonly double[] best;
    private readonly sbyte[] step;
    private readonly double[] alpha;
    private readonly float[]? cached;
    private readonly double temper;

    private BeadLattice(Corridor corridor, IReadOnlyList<BeadType> types, CostFunction cost, bool posteriors, double temper)
    {
        this.temper = temper;
        this.corridor = corridor;
        this.types = types;
        sourceCounts = [.. types.Select(t => t.SourceCount)];
        targetCounts = [.. types.Select(t => t.TargetCount)];
        this.cost = cost;
        best = new double[corridor.Cells];
        step = new sbyte[corridor.Cells];
        alpha = posteriors ? new double[corridor.Cells] : [];
        // Costs are kept between the forward and backward passes: four bytes a bead, less than the lattice's own
        // arrays, where pricing every bead twice made the largest inputs slower per sentence than smaller ones.
        if (posteriors && (long)corridor.Cells * types.Count <= Array.MaxLength)
        {
            // NaN marks a bead the forward pass never priced (it starts in an unreachable cell).
            cached = new float[corridor.Cells * types.Count];
            Array.Fill(cached, float.NaN);
        }
    }

    /// <summary>The cost of the bead covering source [sourceStart, +sourceCount) and target [targetStart, +targetCount).</summary>
    public delegate double CostFunction(int sourceStart, int targetStart, int sourceCount, int targetCount);

    /// <summary>Finds the cheapest path through <paramref name="corridor"/>.</summary>
    /// <param name="corridor">The cells to search.</param>
    /// <param name="types">Allowed bead shapes (at most 127).</param>
    /// <param name="cost">Cost of a bead; <see cref="double.PositiveInfinity"/> forbids it.</param>
    /// <param name="posteriors">Whether to compute each bead's posterior probability.</param>
    /// <param name="temper">
    /// The share of each cost that counts when the posteriors sum over paths: below 1, costs that overstate their
    /// evidence (terms added as if independent) give less certain posteriors. The best path does not depend on it.
    /// </param>
    /// <exception cref="InvalidOperationException">No path of the given shapes reaches the end inside the corridor.</exception>
    public static LatticePath Solve(Corridor corridor, IReadOnlyList<BeadType> types, CostFunction cost, bool posteriors, double temper = 1.0)
    {
        var lattice = new BeadLattice(corridor, types, cost, posteriors, temper);
        lattice.Forward(posteriors);
        var (beads, touchedEdge) = lattice.Backtrace();
        if (posteriors)
        {
            lattice.AddPosteriors(beads);
        }

        return new LatticePath(beads, touchedEdge, lattice.best[corridor.Cell(corridor.SourceCount, corridor.TargetCount)]);
    }

    /// <summary>Best cost, best last step and (with posteriors) the log-sum of all paths into every cell.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private void Forward(bool posteriors)
    {
        for (var i = 0; i <= corridor.SourceCount; i++)
        {
            for (var j = corridor.Lo(i); j <= corridor.Hi(i); j++)
            {
                var cell = corridor.Cell(i, j);
                var (bestCost, bestType, logSum) = i == 0 && j == 0 ? (0.0, (sbyte)-1, 0.0) : Into(i, j, cell, posteriors);
                best[cell] = bestCost;
                step[cell] = bestType;
                if (posteriors)
                {
                    alpha[cell] = logSum;
                }
            }
        }
    }

    [MethodImpl(HotLoop.Optimised)]
    private (double Best, sbyte Type, double LogSum) Into(int i, int j, int cell, bool posteriors)
    {
        var bestCost = double.PositiveInfinity;
        var bestType = (sbyte)-1;
        var logSum = double.NegativeInfinity;
        for (var k = 0; k < sourceCounts.Length; k++)
        {
            var (a, b) = (sourceCounts[k], targetCounts[k]);
            if (!corridor.Contains(i - a, j - b))
            {
                continue;
            }

            var previous = corridor.Cell(i - a, j - b);
            if (double.IsPositiveInfinity(best[previous]))
            {
                continue;
            }

            var c = cost(i - a, j - b, a, b);
            if (cached is not null)
            {
                cached[(cell * sourceCounts.Length) + k] = (float)c;
            }

            if (best[previous] + c < bestCost)
            {
                bestCost = best[previous] + c;
                bestType = (sbyte)k;
            }

            if (posteriors)
            {
                logSum = LogAdd(logSum, alpha[previous] - (temper * c));
            }
        }

        return (bestCost, bestType, logSum);
    }

    private (List<LatticeBead> Beads, bool TouchedEdge) Backtrace()
    {
        var (n, m) = (corridor.SourceCount, corridor.TargetCount);
        if (double.IsPositiveInfinity(best[corridor.Cell(n, m)]))
        {
            throw new InvalidOperationException("No alignment path exists inside the corridor; the bead types cannot reach the end.");
        }

        var beads = new List<LatticeBead>();
        var touchedEdge = false;
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var cell = corridor.Cell(i, j);
            var k = step[cell];
            var (a, b) = (types[k].SourceCount, types[k].TargetCount);
            touchedEdge |= corridor.OnInnerEdge(i, j);
            var c = Cached((cell * types.Count) + k) ?? cost(i - a, j - b, a, b);
            beads.Add(new LatticeBead(i - a, j - b, a, b, c, 1.0));
            i -= a;
            j -= b;
        }

        beads.Reverse();
        return (beads, touchedEdge);
    }

    /// <summary>The backward log-sums, then each bead's share of all paths: α(from) · e^−cost · β(to) / total.</summary>
    private void AddPosteriors(List<LatticeBead> beads)
    {
        var beta = Backward();
        var total = alpha[corridor.Cell(corridor.SourceCount, corridor.TargetCount)];
        for (var x = 0; x < beads.Count; x++)
        {
            var bead = beads[x];
            var from = corridor.Cell(bead.SourceStart, bead.TargetStart);
            var to = corridor.Cell(bead.SourceStart + bead.SourceCount, bead.TargetStart + bead.TargetCount);
            var posterior = Math.Exp(alpha[from] - (temper * bead.Cost) + beta[to] - total);
            beads[x] = bead with { Posterior = double.IsFinite(posterior) ? Math.Clamp(posterior, 0, 1) : 0 };
        }
    }

    [MethodImpl(HotLoop.Optimised)]
    private double[] Backward()
    {
        var (n, m) = (corridor.SourceCount, corridor.TargetCount);
        var beta = new double[alpha.Length];
        Array.Fill(beta, double.NegativeInfinity);
        beta[corridor.Cell(n, m)] = 0;
        for (var i = n; i >= 0; i--)
        {
            for (var j = corridor.Hi(i); j >= corridor.Lo(i); j--)
            {
                if (i == n && j == m)
                {
                    continue;
                }

                var logSum = double.NegativeInfinity;
                for (var k = 0; k < sourceCounts.Length; k++)
                {
                    var (a, b) = (sourceCounts[k], targetCounts[k]);
                    if (!corridor.Contains(i + a, j + b))
                    {
                        continue;
                    }

                    var next = corridor.Cell(i + a, j + b);
                    if (double.IsNegativeInfinity(beta[next]))
                    {
                        continue;
                    }

                    var c = Cached((next * sourceCounts.Length) + k) ?? cost(i, j, a, b);
                    logSum = LogAdd(logSum, beta[next] - (temper * c));
                }

                beta[corridor.Cell(i, j)] = logSum;
            }
        }

        return beta;
    }

    [MethodImpl(HotLoop.Optimised)]
    private double? Cached(int index) => cached is not null && !float.IsNaN(cached[index]) ? cached[index] : null;

    [MethodImpl(HotLoop.Optimised)]
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

        // A term e^-40 times smaller than the other changes the sum by less than the precision the posteriors keep;
        // most of a lattice's terms are, and the logarithm and the exponential were a twentieth of the aligner's time.
        var (larger, difference) = x > y ? (x, y - x) : (y, x - y);
        return difference < -NegligibleLogRatio ? larger : larger + Math.Log(1 + Math.Exp(difference));
    }

    private const double NegligibleLogRatio = 40;
}

/// <summary>One bead of a lattice path, in the lattice's own (region-local) positions.</summary>
internal readonly record struct LatticeBead(int SourceStart, int TargetStart, int SourceCount, int TargetCount, double Cost, double Posterior);

/// <summary>The best path, whether it ran along the corridor's inner edge, and its total cost.</summary>
internal sealed record LatticePath(IReadOnlyList<LatticeBead> Beads, bool TouchedBandEdge, double Cost)
{
    /// <summary>The lattice points the path passes through, from (0, 0) to its end.</summary>
    public List<(int I, int J)> Points()
    {
        var points = new List<(int, int)>(Beads.Count + 1) { (0, 0) };
        foreach (var bead in Beads)
        {
            points.Add((bead.SourceStart + bead.SourceCount, bead.TargetStart + bead.TargetCount));
        }

        return points;
    }
}
