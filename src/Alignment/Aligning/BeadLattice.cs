using System.Buffers;
using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The dynamic programme at the heart of sentence alignment: the cheapest monotone path of beads from (0, 0) to
/// (n, m), searched only inside a <see cref="Corridor"/> so that time and memory grow with the corridor, not with
/// n × m. With posteriors on, forward–backward sums over all paths inside the corridor give each chosen bead the
/// probability that it is part of the alignment, which is the bead's confidence.
/// With a run discount, a sentence left unpaired right after another of the same side costs less than the first:
/// a translator leaves out or adds whole passages, and the cells then also remember whether the path came in by a
/// paired bead or by one unpaired sentence of either side (three states, an HMM's sticky gap states). The same
/// states let a sentence left unpaired right after one of the other side cost more (a substitution penalty).
/// </summary>
internal sealed class BeadLattice
{
    private readonly Corridor corridor;
    private readonly IReadOnlyList<BeadType> types;

    // The shapes' sides as arrays, which the inner loops read without an interface call per shape.
    private readonly int[] sourceCounts;
    private readonly int[] targetCounts;
    private readonly CostFunction cost;

    // For every shape, the state a path is in after it: 0 after a paired bead, 1 after 1-0, 2 after 0-1.
    private readonly int[] stateAfter;
    private readonly int states;
    private readonly double runDiscount;
    private readonly double substitution;

    // Per cell and state: the best cost, the shape and the state before it that led there, and the log-sum of all paths.
    // Rented, not made: an alignment solves a few hundred lattices, and arrays of megabytes made afresh for each were
    // cleared by the runtime, faulted in page by page and then filled again. Only the first cellStates entries count.
    private readonly int cellStates;
    private readonly double[] best;
    private readonly sbyte[] step;
    private readonly sbyte[] stateBefore;
    private readonly double[] alpha;
    private readonly float[]? cached;
    private readonly double temper;

    // The terms of the log-sums into one cell, by the state they lead to: every shape from every state before it.
    private readonly double[] logTerms;
    private readonly int[] logTermCounts;

    private BeadLattice(Corridor corridor, IReadOnlyList<BeadType> types, CostFunction cost, bool posteriors, double temper, double runDiscount, double substitution)
    {
        this.temper = temper;
        this.corridor = corridor;
        this.types = types;
        sourceCounts = [.. types.Select(t => t.SourceCount)];
        targetCounts = [.. types.Select(t => t.TargetCount)];
        this.cost = cost;
        this.runDiscount = runDiscount;
        this.substitution = substitution;
        states = runDiscount > 0 || substitution > 0 ? 3 : 1;
        stateAfter = [.. types.Select(t => states == 1 || !t.IsDeletionOrInsertion ? 0 : t.TargetCount == 0 ? 1 : 2)];
        cellStates = corridor.Cells * states;
        logTerms = new double[states * types.Count * states];
        logTermCounts = new int[states];
        best = ArrayPool<double>.Shared.Rent(cellStates);
        step = ArrayPool<sbyte>.Shared.Rent(cellStates);
        stateBefore = ArrayPool<sbyte>.Shared.Rent(cellStates);
        alpha = posteriors ? ArrayPool<double>.Shared.Rent(cellStates) : [];
        // Costs are kept between the forward and backward passes: four bytes a bead, less than the lattice's own
        // arrays, where pricing every bead twice made the largest inputs slower per sentence than smaller ones.
        if (posteriors && (long)corridor.Cells * types.Count <= Array.MaxLength)
        {
            // NaN marks a bead the forward pass never priced (it starts in an unreachable cell).
            cached = ArrayPool<float>.Shared.Rent(corridor.Cells * types.Count);
            cached.AsSpan(0, corridor.Cells * types.Count).Fill(float.NaN);
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
    /// <param name="runDiscount">
    /// What a sentence left unpaired costs less, in nats, when the bead before it left a sentence of the same side
    /// unpaired; 0 prices every bead on its own.
    /// </param>
    /// <param name="substitution">
    /// What a sentence left unpaired costs more, in nats, when the bead before it left a sentence of the other side
    /// unpaired; 0 prices every bead on its own.
    /// </param>
    /// <exception cref="InvalidOperationException">No path of the given shapes reaches the end inside the corridor.</exception>
    public static LatticePath Solve(Corridor corridor, IReadOnlyList<BeadType> types, CostFunction cost, bool posteriors, double temper = 1.0, double runDiscount = 0, double substitution = 0)
    {
        var lattice = new BeadLattice(corridor, types, cost, posteriors, temper, runDiscount, substitution);
        try
        {
            lattice.Forward(posteriors);
            var (beads, touchedEdge, total) = lattice.Backtrace();
            if (posteriors)
            {
                lattice.AddPosteriors(beads);
            }

            return new LatticePath(beads, touchedEdge, total);
        }
        finally
        {
            lattice.Return();
        }
    }

    /// <summary>The lattice's arrays back to the pool; the lattice is not used again.</summary>
    private void Return()
    {
        ArrayPool<double>.Shared.Return(best);
        ArrayPool<sbyte>.Shared.Return(step);
        ArrayPool<sbyte>.Shared.Return(stateBefore);
        if (alpha.Length > 0)
        {
            ArrayPool<double>.Shared.Return(alpha);
        }

        if (cached is not null)
        {
            ArrayPool<float>.Shared.Return(cached);
        }
    }

    /// <summary>The discount a bead of shape <paramref name="k"/> gets when the path before it is in <paramref name="state"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private double Discount(int k, int state) =>
        state == 0 || stateAfter[k] == 0 ? 0 : stateAfter[k] == state ? runDiscount : -substitution;

    /// <summary>Best cost, best last step and (with posteriors) the log-sum of all paths into every cell.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private void Forward(bool posteriors)
    {
        for (var i = 0; i <= corridor.SourceCount; i++)
        {
            for (var j = corridor.Lo(i); j <= corridor.Hi(i); j++)
            {
                var cell = corridor.Cell(i, j) * states;
                best.AsSpan(cell, states).Fill(double.PositiveInfinity);
                step.AsSpan(cell, states).Fill(-1);
                if (posteriors)
                {
                    alpha.AsSpan(cell, states).Fill(double.NegativeInfinity);
                }

                if (i == 0 && j == 0)
                {
                    best[cell] = 0;
                    if (posteriors)
                    {
                        alpha[cell] = 0;
                    }
                }
                else
                {
                    Into(i, j, cell / states, posteriors);
                }
            }
        }
    }

    /// <summary>Every bead into cell (i, j), from every state of the cell it starts in.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private void Into(int i, int j, int rawCell, bool posteriors)
    {
        var cell = rawCell * states;
        var perState = sourceCounts.Length * states;
        ClearLogTerms();
        for (var k = 0; k < sourceCounts.Length; k++)
        {
            var (a, b) = (sourceCounts[k], targetCounts[k]);
            if (!corridor.Contains(i - a, j - b))
            {
                continue;
            }

            var previous = corridor.Cell(i - a, j - b) * states;
            var c = double.NaN;
            var into = cell + stateAfter[k];
            for (var state = 0; state < states; state++)
            {
                if (double.IsPositiveInfinity(best[previous + state]))
                {
                    continue;
                }

                if (double.IsNaN(c))
                {
                    c = cost(i - a, j - b, a, b);
                    if (cached is not null)
                    {
                        cached[(rawCell * sourceCounts.Length) + k] = (float)c;
                    }
                }

                var priced = c - Discount(k, state);
                if (best[previous + state] + priced < best[into])
                {
                    best[into] = best[previous + state] + priced;
                    step[into] = (sbyte)k;
                    stateBefore[into] = (sbyte)state;
                }

                if (posteriors)
                {
                    var after = into - cell;
                    logTerms[(after * perState) + logTermCounts[after]++] = alpha[previous + state] - (temper * priced);
                }
            }
        }

        if (posteriors)
        {
            for (var after = 0; after < states; after++)
            {
                alpha[cell + after] = LogSum(logTerms.AsSpan(after * perState, logTermCounts[after]));
            }
        }
    }

    private (List<LatticeBead> Beads, bool TouchedEdge, double Total) Backtrace()
    {
        var (n, m) = (corridor.SourceCount, corridor.TargetCount);
        var end = corridor.Cell(n, m) * states;
        var state = 0;
        for (var s = 1; s < states; s++)
        {
            state = best[end + s] < best[end + state] ? s : state;
        }

        var total = best[end + state];
        if (double.IsPositiveInfinity(total))
        {
            throw new InvalidOperationException("No alignment path exists inside the corridor; the bead types cannot reach the end.");
        }

        var beads = new List<LatticeBead>();
        var touchedEdge = false;
        for (int i = n, j = m; i > 0 || j > 0;)
        {
            var cell = corridor.Cell(i, j);
            var k = step[(cell * states) + state];
            var (a, b) = (types[k].SourceCount, types[k].TargetCount);
            touchedEdge |= corridor.OnInnerEdge(i, j);
            var c = Cached((cell * types.Count) + k) ?? cost(i - a, j - b, a, b);
            beads.Add(new LatticeBead(i - a, j - b, a, b, c, 1.0));
            state = stateBefore[(cell * states) + state];
            i -= a;
            j -= b;
        }

        beads.Reverse();
        return (beads, touchedEdge, total);
    }

    /// <summary>
    /// The backward log-sums, then each bead's share of all paths: the sum over the states before it of
    /// α(from, state) · e^−cost · β(to, state after it) / total.
    /// </summary>
    private void AddPosteriors(List<LatticeBead> beads)
    {
        var beta = Backward();
        try
        {
            AddPosteriors(beads, beta);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(beta);
        }
    }

    [MethodImpl(HotLoop.Optimised)]
    private void AddPosteriors(List<LatticeBead> beads, double[] beta)
    {
        var end = corridor.Cell(corridor.SourceCount, corridor.TargetCount) * states;
        var total = double.NegativeInfinity;
        for (var state = 0; state < states; state++)
        {
            total = LogAdd(total, alpha[end + state]);
        }

        for (var x = 0; x < beads.Count; x++)
        {
            var bead = beads[x];
            var k = TypeOf(bead.SourceCount, bead.TargetCount);
            var from = corridor.Cell(bead.SourceStart, bead.TargetStart) * states;
            var to = (corridor.Cell(bead.SourceStart + bead.SourceCount, bead.TargetStart + bead.TargetCount) * states) + stateAfter[k];
            var logSum = double.NegativeInfinity;
            for (var state = 0; state < states; state++)
            {
                logSum = LogAdd(logSum, alpha[from + state] - (temper * (bead.Cost - Discount(k, state))));
            }

            var posterior = Math.Exp(logSum + beta[to] - total);
            beads[x] = bead with { Posterior = double.IsFinite(posterior) ? Math.Clamp(posterior, 0, 1) : 0 };
        }
    }

    private int TypeOf(int sourceCount, int targetCount)
    {
        for (var k = 0; k < sourceCounts.Length; k++)
        {
            if (sourceCounts[k] == sourceCount && targetCounts[k] == targetCount)
            {
                return k;
            }
        }

        throw new InvalidOperationException("A bead of a shape the lattice does not allow.");
    }

    [MethodImpl(HotLoop.Optimised)]
    private double[] Backward()
    {
        var (n, m) = (corridor.SourceCount, corridor.TargetCount);
        var beta = ArrayPool<double>.Shared.Rent(cellStates);
        beta.AsSpan(0, cellStates).Fill(double.NegativeInfinity);
        beta.AsSpan(corridor.Cell(n, m) * states, states).Clear();
        for (var i = n; i >= 0; i--)
        {
            for (var j = corridor.Hi(i); j >= corridor.Lo(i); j--)
            {
                if (i == n && j == m)
                {
                    continue;
                }

                var cell = corridor.Cell(i, j) * states;
                var perState = sourceCounts.Length;
                ClearLogTerms();
                for (var k = 0; k < sourceCounts.Length; k++)
                {
                    var (a, b) = (sourceCounts[k], targetCounts[k]);
                    if (!corridor.Contains(i + a, j + b))
                    {
                        continue;
                    }

                    var next = corridor.Cell(i + a, j + b);
                    var after = beta[(next * states) + stateAfter[k]];
                    if (double.IsNegativeInfinity(after))
                    {
                        continue;
                    }

                    var c = Cached((next * sourceCounts.Length) + k) ?? cost(i, j, a, b);
                    for (var state = 0; state < states; state++)
                    {
                        logTerms[(state * perState) + logTermCounts[state]++] = after - (temper * (c - Discount(k, state)));
                    }
                }

                for (var state = 0; state < states; state++)
                {
                    beta[cell + state] = LogSum(logTerms.AsSpan(state * perState, logTermCounts[state]));
                }
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

    private void ClearLogTerms()
    {
        for (var state = 0; state < states; state++)
        {
            logTermCounts[state] = 0;
        }
    }

    /// <summary>
    /// log Σ e^term, as the largest term plus the logarithm of the sum of every term's exponential relative to it:
    /// one logarithm for all the terms into a cell, where adding them two at a time took one for each. Over two
    /// terms it is <see cref="LogAdd"/> to the bit; over more, it rounds once where pairwise sums rounded at every
    /// step, and differs from them in the last bits only.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static double LogSum(ReadOnlySpan<double> terms)
    {
        if (terms.IsEmpty)
        {
            return double.NegativeInfinity;
        }

        var largest = 0;
        for (var k = 1; k < terms.Length; k++)
        {
            largest = terms[k] > terms[largest] ? k : largest;
        }

        var larger = terms[largest];
        if (double.IsNegativeInfinity(larger))
        {
            return larger;
        }

        var sum = 1.0;
        for (var k = 0; k < terms.Length; k++)
        {
            var difference = terms[k] - larger;
            if (k != largest && difference >= -NegligibleLogRatio)
            {
                sum += Math.Exp(difference);
            }
        }

        return sum == 1 ? larger : larger + Math.Log(sum);
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
