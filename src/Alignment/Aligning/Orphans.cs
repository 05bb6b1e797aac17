using System.Runtime.CompilerServices;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Pairs the sentences left unpaired on both sides of the same gap between two sure beads. The lattice prices an
/// unpaired sentence as if a translator left sentences out independently of each other, so a short sentence
/// translated freely (a closing formula, a line of dialogue given in other words) whose length the length model finds
/// unlikely and whose words the pair's word model does not know costs more paired than its two sentences cost left
/// out. But a translation seldom leaves one sentence out exactly where it adds another: when the beads on either side
/// are sure and in line, and the gap between them holds unpaired sentences of both sides in a shape a bead can take,
/// they are nearly always each other's translation. The gap is paired unless what it costs paired exceeds what it
/// costs left out by more than that structure can outweigh. Gaps with unequal counts wider than one to two (a
/// paragraph left out beside a sentence added) are left as they are.
/// </summary>
internal static class Orphans
{
    /// <summary>
    /// Beads at least this sure (likelier right than wrong) bound a gap; so do the two ends of the document. A gap's
    /// orphans lower the confidence of the beads beside it, which the lattice might have widened to take them in, so
    /// the surer bound of 0.9 left most of them unpaired (the letter's closing formula beside a bead at 0.58).
    /// </summary>
    private const double Sure = 0.5;

    /// <summary>Sentences a side of a gap may hold: more than this on one side is a passage left out or added.</summary>
    private const int Widest = 2;

    /// <summary>
    /// How much likelier, as a log-odds in the posteriors' tempered nats, the structure makes the gap's sentences a pair
    /// than the bead costs say: a gap is paired when what pairing costs beyond leaving its sentences out, tempered as
    /// the posteriors are, is less. The free translations of the corpora cost 0 to 6 nats more paired; a gap of one
    /// sentence with two whose gold is a pair and a sentence left out, 6.3 to 6.4.
    /// </summary>
    private const double StructureOdds = 3.0;

    /// <summary>
    /// The confidence of a gap so paired (times the posterior of how its sentences are split into beads): such
    /// pairings were right 56 times of 71 on the moved and edited inputs of the quality benchmarks, about as often
    /// whatever the pairing cost, within the limit <see cref="StructureOdds"/> sets.
    /// </summary>
    private const double Right = 0.8;

    /// <summary>The beads, in source order, with every such gap paired; the same list when none is.</summary>
    public static List<Bead> Pair(List<Bead> beads, BeadScorer scorer)
    {
        var (ofSource, ofTarget) = (new int[scorer.Features.Source.Length], new int[scorer.Features.Target.Length]);
        for (var b = 0; b < beads.Count; b++)
        {
            foreach (var i in beads[b].Source.Indices)
            {
                ofSource[i] = b;
            }

            foreach (var j in beads[b].Target.Indices)
            {
                ofTarget[j] = b;
            }
        }

        var chain = InLine(beads);
        var (replaced, added) = (new HashSet<int>(), new List<Bead>());
        for (var c = -1; c < chain.Count; c++)
        {
            var before = c < 0 ? null : beads[chain[c]];
            var after = c + 1 < chain.Count ? beads[chain[c + 1]] : null;
            var source = Unpaired(before?.Source.End ?? 0, after?.Source.Start ?? ofSource.Length, i => beads[ofSource[i]].Target.IsEmpty);
            var target = Unpaired(before?.Target.End ?? 0, after?.Target.Start ?? ofTarget.Length, j => beads[ofTarget[j]].Source.IsEmpty);
            if (source is not { IsEmpty: false } s || target is not { IsEmpty: false } t || !Shaped(s.Count, t.Count)
                || (before?.Confidence ?? 1) < Sure || (after?.Confidence ?? 1) < Sure || PairGap(s, t, scorer) is not { } made)
            {
                continue;
            }

            added.AddRange(made);
            replaced.UnionWith(s.Indices.Select(i => ofSource[i]).Concat(t.Indices.Select(j => ofTarget[j])));
        }

        if (added.Count == 0)
        {
            return beads;
        }

        return [.. beads.Where((_, b) => !replaced.Contains(b)).Concat(added)
            .Select((bead, position) => (bead, position))
            .OrderBy(x => x.bead.Source.Start).ThenBy(x => x.bead.Source.IsEmpty ? 0 : 1).ThenBy(x => x.position)
            .Select(x => x.bead)];
    }

    /// <summary>
    /// The paired beads that run through both texts in order, by index: the longest chain, in source order, whose
    /// targets rise. The others are sentences that moved, which the gaps between the chain's beads step over.
    /// </summary>
    internal static List<int> InLine(List<Bead> beads)
    {
        var paired = Enumerable.Range(0, beads.Count).Where(b => !beads[b].Source.IsEmpty && !beads[b].Target.IsEmpty)
            .OrderBy(b => beads[b].Source.Start).ToList();

        // Patience sorting: ends[k] is the chain of length k + 1 whose last target is least; each bead remembers the one before it.
        var (ends, previous) = (new List<int>(), new int[paired.Count]);
        for (var p = 0; p < paired.Count; p++)
        {
            var start = beads[paired[p]].Target.Start;
            int lo = 0, hi = ends.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (beads[paired[ends[mid]]].Target.End <= start)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[p] = lo > 0 ? ends[lo - 1] : -1;
            if (lo == ends.Count)
            {
                ends.Add(p);
            }
            else
            {
                ends[lo] = p;
            }
        }

        var chain = new List<int>();
        for (var p = ends.Count > 0 ? ends[^1] : -1; p >= 0; p = previous[p])
        {
            chain.Add(paired[p]);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>
    /// The sentences of [<paramref name="start"/>, <paramref name="end"/>) left unpaired, when they are one run (which
    /// may be empty); null when a sentence paired elsewhere lies between two of them, or the range is reversed.
    /// </summary>
    private static SentenceSpan? Unpaired(int start, int end, Func<int, bool> unpaired)
    {
        if (end < start)
        {
            return null;
        }

        var (first, last) = (-1, -1);
        for (var i = start; i < end; i++)
        {
            if (unpaired(i))
            {
                if (first >= 0 && last != i - 1)
                {
                    return null;
                }

                first = first < 0 ? i : first;
                last = i;
            }
        }

        return first < 0 ? new SentenceSpan(start, 0) : new SentenceSpan(first, last - first + 1);
    }

    /// <summary>Whether a gap of these counts is one bead's shape or a run of one-to-one beads: 1-1, 1-2, 2-1, 2-2.</summary>
    private static bool Shaped(int sourceCount, int targetCount) => sourceCount <= Widest && targetCount <= Widest;

    /// <summary>The gap's sentences all paired, the cheapest way, or null when that costs too much more than leaving them out.</summary>
    private static List<Bead>? PairGap(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        [MethodImpl(HotLoop.Optimised)]
        double Cost(int s, int t, int a, int b) => scorer.Cost(region, s, t, a, b);
        var skipped = 0.0;
        for (var k = 0; k < source.Count; k++)
        {
            skipped += Cost(k, 0, 1, 0);
        }

        for (var k = 0; k < target.Count; k++)
        {
            skipped += Cost(source.Count, k, 0, 1);
        }

        var types = BeadPriors.Default.Types.Where(t => !t.IsDeletionOrInsertion).ToList();
        var path = BeadLattice.Solve(Corridor.Full(source.Count, target.Count), types, Cost, posteriors: true, Aligner.ConfidenceTemper);
        if (!(Aligner.ConfidenceTemper * (path.Cost - skipped) < StructureOdds))
        {
            return null;
        }

        return [.. path.Beads.Select(b => new Bead(
            new SentenceSpan(source.Start + b.SourceStart, b.SourceCount),
            new SentenceSpan(target.Start + b.TargetStart, b.TargetCount),
            Right * b.Posterior))];
    }
}
