using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Takes apart two neighbouring sentences whose translations stand in the other order. The lattice's beads never
/// cross, so such a pair can only be read as one bead of two sentences with two, or as two beads each pairing a
/// sentence with its neighbour's translation. Each bead of two with two, and each two beads of one with one that
/// follow each other on both sides, is priced again as the two crossed pairs; where those cost less by more than a
/// swap's price, the sentences are paired crossed. One comparison a bead: linear in the document.
/// </summary>
internal static class SwappedNeighbours
{
    /// <summary>
    /// What the crossed pairs must save, in nats, over the lattice's reading: as much as a moved passage must
    /// (<see cref="MovedSentences"/>). Over the 144 edited, 84 moved and 16 other inputs of the quality benchmarks,
    /// the swaps that saved 6 nats or more were right or mended a wrong bead; a true bead of two sentences with two
    /// whose sentences each hold half of the other's translation (the letter's `[19,20]:[26,27]`) saved 4.7 to 5.5.
    /// </summary>
    internal const double Price = 6.0;

    /// <summary>
    /// Two one-to-one beads are tried only when both are less sure than this: a sentence paired with its neighbour's
    /// translation leaves the lattice in doubt about both beads. Pricing every pair with one doubtful bead again cost
    /// the 10k input 6 MB more allocated and about a tenth of its time, and crossed no other bead on the quality
    /// benchmarks' inputs.
    /// </summary>
    private const double Settled = 0.95;

    /// <summary>The beads, in the same order, with every such pair crossed; the same list when none is.</summary>
    public static List<Bead> Cross(List<Bead> beads, BeadScorer scorer)
    {
        List<Bead>? result = null;
        for (var b = 0; b < beads.Count; b++)
        {
            var bead = beads[b];
            Bead[]? crossed = null;
            var taken = 1;
            if (bead.Source.Count == 2 && bead.Target.Count == 2)
            {
                crossed = Crossing(bead.Source.Start, bead.Target.Start, Cost(bead.Source, bead.Target, scorer), scorer);
            }
            else if (b + 1 < beads.Count && bead.Type == BeadType.OneToOne && beads[b + 1].Type == BeadType.OneToOne
                && Math.Max(bead.Confidence, beads[b + 1].Confidence) < Settled
                && beads[b + 1].Source.Start == bead.Source.End && beads[b + 1].Target.Start == bead.Target.End)
            {
                var next = beads[b + 1];
                crossed = Crossing(bead.Source.Start, bead.Target.Start, Cost(bead.Source, bead.Target, scorer) + Cost(next.Source, next.Target, scorer), scorer);
                taken = 2;
            }

            if (crossed is null)
            {
                result?.Add(bead);
                continue;
            }

            result ??= [.. beads.Take(b)];
            result.AddRange(crossed);
            b += taken - 1;
        }

        return result ?? beads;
    }

    /// <summary>
    /// Sources <paramref name="source"/> and the next paired crossed with targets <paramref name="target"/> and the
    /// next, where that beats <paramref name="asRead"/> (the cost of the beads the lattice made of them) by more than
    /// <see cref="Price"/>; else none.
    /// </summary>
    private static Bead[]? Crossing(int source, int target, double asRead, BeadScorer scorer)
    {
        var (first, second) = (new SentenceSpan(source, 1), new SentenceSpan(source + 1, 1));
        var (earlier, later) = (new SentenceSpan(target, 1), new SentenceSpan(target + 1, 1));
        var gain = asRead - Cost(first, later, scorer) - Cost(second, earlier, scorer) - Price;
        if (!(gain > 0))
        {
            return null;
        }

        // Each crossed pair is as sure as the swap beat the reading it replaces: the costs are log-likelihoods, so
        // their difference is the log-odds of the one against the other.
        var sure = 1 / (1 + Math.Exp(-gain));
        return [new Bead(first, later, sure), new Bead(second, earlier, sure)];
    }

    private static double Cost(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        return scorer.Cost(region, 0, 0, source.Count, target.Count);
    }
}
