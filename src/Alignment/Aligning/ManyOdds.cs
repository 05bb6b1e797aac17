namespace Alignment.Aligning;

/// <summary>
/// The aligner's last step for beads of two or more sentences on a side on the chain that runs through both texts in
/// order (<see cref="Orphans.InLine"/>): their confidence says how often such a bead is right. A merge is wrong mostly
/// in one way — one of its sentences belongs to a neighbour or to nothing (its translation left out) — and the
/// lattice's posterior misses it where the merge only just beats its own split into two parts: the posterior weighs
/// the merge against every path through the stretch, which may all be doubtful, not against the one reading that
/// undoes it. Where a split costs less than <see cref="CloseSplit"/> nats more than the merge, the bead's log-odds
/// drop by <see cref="CloseShift"/>; elsewhere the posterior is kept, which on those beads is about right.
/// </summary>
/// <remarks>
/// Fitted (maximum likelihood of the shift, the posterior's log-odds kept as they are) on 764 in-line many beads: the
/// odd-numbered inputs of <c>--edited-quality</c> and <c>--moved-quality</c> made from the report, the letter and the
/// story, where 3 of the 22 beads with a split that close were right (at a mean posterior of 0.48). Measured on their
/// even-numbered inputs, on the other corpora's inputs and on the corpora as they are (docs/benchmarks.md): 8 of
/// the 82 close beads of all those inputs were right. Tried and not kept, for no better fit on the inputs not
/// fitted on: the margin as a number (clamped at 2 to 12 nats), a hinge below 2 to 6 nats, a raise for a margin
/// above 4 to 12 nats, the posterior's slope refitted (0.77 to 1.7, clamped at 3 to 8), the shapes of two with two
/// and three with one, and whether the bead merges Chinese sentences (right less often on the fitting inputs, 0.86
/// against 0.93, but not on the other corpora's, 0.97 against 0.96). Without the word model the aligner keeps its
/// posteriors, as <see cref="UnpairedOdds"/> does.
/// </remarks>
internal static class ManyOdds
{
    /// <summary>A split this close (nats) to the merge makes the merge doubtful.</summary>
    internal const double CloseSplit = 2.0;

    /// <summary>What is added to the log-odds of a many bead whose split is close.</summary>
    internal const double CloseShift = -1.88;

    /// <summary>
    /// How many nats the bead costs less than the best reading of its sentences as two consecutive parts (each part a
    /// bead of its own, a part with one side empty left unpaired sentence by sentence); negative where a split costs
    /// less. The costs are the scorer's log-likelihoods taken without the beads around.
    /// </summary>
    internal static double SplitMargin(Bead bead, BeadScorer scorer)
    {
        // One region of the bead's own sentences: every part is a span of it.
        var region = new AlignmentRegion([.. bead.Source.Indices], [.. bead.Target.Indices], Anchored: false);
        var (sources, targets) = (bead.Source.Count, bead.Target.Count);
        var best = double.PositiveInfinity;
        for (var i = 0; i <= sources; i++)
        {
            for (var j = 0; j <= targets; j++)
            {
                if ((i == 0 && j == 0) || (i == sources && j == targets))
                {
                    continue;
                }

                best = Math.Min(best, Cost(region, 0, 0, i, j, scorer) + Cost(region, i, j, sources - i, targets - j, scorer));
            }
        }

        return best - scorer.Cost(region, 0, 0, sources, targets);
    }

    /// <summary><paramref name="beads"/> (in output order) with every in-line many bead's confidence recalibrated; the others as they are.</summary>
    public static List<Bead> Recalibrate(List<Bead> beads, BeadScorer scorer)
    {
        var inLine = Orphans.InLine(beads).ToHashSet();
        return [.. beads.Select((bead, b) => inLine.Contains(b) && IsMany(bead) && SplitMargin(bead, scorer) < CloseSplit
            ? bead with { Confidence = BeadRuns.Rescaled(bead.Confidence, 1, CloseShift) }
            : bead)];
    }

    private static bool IsMany(Bead bead) => !bead.Source.IsEmpty && !bead.Target.IsEmpty && bead.Type != BeadType.OneToOne;

    /// <summary>
    /// The cost of a part of the bead: a bead of its own where it has both sides, each of its sentences unpaired where
    /// it has one (the lattice has no wider unpaired bead), nothing where it is empty.
    /// </summary>
    private static double Cost(AlignmentRegion region, int source, int target, int sourceCount, int targetCount, BeadScorer scorer)
    {
        if (sourceCount > 0 && targetCount > 0)
        {
            return scorer.Cost(region, source, target, sourceCount, targetCount);
        }

        var cost = 0.0;
        for (var k = 0; k < sourceCount; k++)
        {
            cost += scorer.Cost(region, source + k, target, 1, 0);
        }

        for (var k = 0; k < targetCount; k++)
        {
            cost += scorer.Cost(region, source, target + k, 0, 1);
        }

        return cost;
    }
}
