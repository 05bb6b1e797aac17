using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Two sentences that each took the other's translation, one of the two beads out of line. Where a translator moved
/// sentences, the path may pair a moved sentence with the translation of another moved sentence, and that one with
/// the first one's translation where the chain of beads in order lets it: the in-line bead then looks sure and is
/// never taken apart by <see cref="StrayBeads"/>. Each one-to-one bead out of line is priced again with its target
/// traded with that of each one-to-one bead in line within <see cref="Reach"/> source sentences of it; the best trade
/// is taken when it saves more than <see cref="Margin"/>. A few bead costs for each bead out of line: linear.
/// </summary>
internal static class TradedPartners
{
    /// <summary>Source sentences on either side of a bead out of line whose in-line beads are tried.</summary>
    internal const int Reach = 6;

    /// <summary>
    /// What the trade must save, in nats: as much as a swap of neighbours (<see cref="SwappedNeighbours.Price"/>). Over
    /// the quality benchmarks' inputs the trades that saved more (8.1 to 76 nats) each mended two wrong beads; the
    /// next best saved 1.2.
    /// </summary>
    internal const double Margin = SwappedNeighbours.Price;

    /// <summary><paramref name="beads"/> (in source order) with every such pair of beads traded; the same list when none is.</summary>
    public static List<Bead> Trade(List<Bead> beads, BeadScorer scorer)
    {
        var inLine = Orphans.InLine(beads).ToHashSet();
        List<Bead>? result = null;
        var traded = new HashSet<int>();
        for (var m = 0; m < beads.Count; m++)
        {
            var moved = beads[m];
            if (inLine.Contains(m) || moved.Type != BeadType.OneToOne || traded.Contains(m))
            {
                continue;
            }

            var asPaired = Cost(moved.Source, moved.Target, scorer);
            var (best, bestGain) = (-1, Margin);
            foreach (var k in Around(beads, m))
            {
                var other = beads[k];
                if (!inLine.Contains(k) || other.Type != BeadType.OneToOne || traded.Contains(k))
                {
                    continue;
                }

                var gain = asPaired + Cost(other.Source, other.Target, scorer)
                    - Cost(moved.Source, other.Target, scorer) - Cost(other.Source, moved.Target, scorer);
                if (gain > bestGain)
                {
                    (best, bestGain) = (k, gain);
                }
            }

            if (best < 0)
            {
                continue;
            }

            // Both new beads are as sure as the trade beat the pairs it replaces by more than its margin: the costs are
            // log-likelihoods, so their difference is a log-odds.
            var sure = 1 / (1 + Math.Exp(-(bestGain - Margin)));
            result ??= [.. beads];
            result[m] = new Bead(moved.Source, beads[best].Target, sure);
            result[best] = new Bead(beads[best].Source, moved.Target, sure);
            traded.Add(m);
            traded.Add(best);
        }

        return result ?? beads;
    }

    /// <summary>The beads other than <paramref name="m"/> whose sources start within <see cref="Reach"/> of its own (the beads are in source order).</summary>
    private static IEnumerable<int> Around(List<Bead> beads, int m)
    {
        var at = beads[m].Source.Start;
        for (var k = m - 1; k >= 0 && beads[k].Source.Start >= at - Reach; k--)
        {
            yield return k;
        }

        for (var k = m + 1; k < beads.Count && beads[k].Source.Start <= at + Reach; k++)
        {
            yield return k;
        }
    }

    private static double Cost(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        return scorer.Cost(region, 0, 0, source.Count, target.Count);
    }
}
