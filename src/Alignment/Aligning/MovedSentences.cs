using System.Runtime.CompilerServices;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Finds text that moved: a run of source sentences left unpaired in one place and a run of target sentences left
/// unpaired in another (a footnote the page put elsewhere, a paragraph the translator moved). A run is tried with the
/// runs of the other side near where the alignment around it says it belongs, and with those anywhere in the
/// document that share its evidence (<see cref="SharedEvidence"/>): a translator who restructures a text moves
/// passages by any distance. Each such pair of runs is aligned on its own, and the result replaces the skips when
/// pairing is clearly cheaper than leaving both unpaired, the surest pairings first.
/// The resulting beads cross the others, which is why a bitext's target side may be out of order.
/// </summary>
internal static class MovedSentences
{
    /// <summary>Pairing must beat skipping by this much, in nats, to count as a move rather than a coincidence.</summary>
    private const double Margin = 6.0;

    /// <summary>
    /// How far, in target sentences, every run is tried from where the alignment around it says it should be, with or
    /// without shared evidence: text moves locally (a footnote lands a page or two away) as often as not; the window
    /// keeps the search linear in the document.
    /// </summary>
    internal const int Window = 60;

    /// <summary>
    /// Longer unpaired runs are left as they are: a moved passage is a few paragraphs at most, a longer run is an
    /// omission, and aligning two runs on their own costs the product of their lengths.
    /// </summary>
    private const int LongestRun = 40;

    /// <summary>
    /// Rounds of pairing: a passage whose place in the original the path broke into pieces (a sentence or two paired
    /// with something nearby) pairs with one piece a round, and the rest of it stays unpaired for the next.
    /// </summary>
    private const int Rounds = 3;

    /// <summary>Beads less sure than this, beside an unpaired run, may be pieces of the passage the run lost.</summary>
    private const double DoubtfulConfidence = 0.6;

    /// <summary>Sentences a side of a doubtful bead that may widen a run.</summary>
    private const int DoubtfulWidest = 2;

    public static List<Bead> Pair(List<Bead> beads, BeadScorer scorer) => Passes.Repeat(beads, Rounds, b => PairOnce(b, scorer));

    private static List<Bead> PairOnce(List<Bead> beads, BeadScorer scorer)
    {
        var sourceRuns = Runs(beads, b => b.Target.IsEmpty, b => b.Source).Where(r => r.Span.Count <= LongestRun).ToList();
        var targetRuns = Runs(beads, b => b.Source.IsEmpty, b => b.Target).Where(r => r.Span.Count <= LongestRun).ToList();
        if (sourceRuns.Count == 0 || targetRuns.Count == 0)
        {
            return beads;
        }

        // Every promising pairing of runs, near where the alignment around the source run says it belongs or
        // wherever the shared evidence points; then the surest first, each bead used once.
        var expected = ExpectedTargets(beads);
        var distant = SharedEvidence.Propose([.. sourceRuns.Select(r => r.Span)], [.. targetRuns.Select(r => r.Span)], scorer);
        var pairings = new List<(double Gain, IReadOnlyList<Bead> Beads, int Source, int Target)>();
        for (var s = 0; s < sourceRuns.Count; s++)
        {
            var near = expected[sourceRuns[s].Span.Start];
            var candidates = new List<int>();
            for (var t = FirstStartingFrom(targetRuns, run => run.Span.Start, near - Window); t < targetRuns.Count && targetRuns[t].Span.Start <= near + Window; t++)
            {
                candidates.Add(t);
            }

            foreach (var t in candidates.Union(distant[s]))
            {
                var (gain, aligned) = AlignRuns(sourceRuns[s], targetRuns[t], scorer);
                if (gain > Margin)
                {
                    pairings.Add((gain, aligned, s, t));
                }
            }
        }

        var replaced = new HashSet<Bead>();
        var added = new List<Bead>();
        foreach (var (_, aligned, s, t) in pairings.OrderByDescending(p => p.Gain))
        {
            if (!sourceRuns[s].Beads.Concat(targetRuns[t].Beads).Any(replaced.Contains))
            {
                replaced.UnionWith(sourceRuns[s].Beads);
                replaced.UnionWith(targetRuns[t].Beads);
                added.AddRange(aligned);
            }
        }

        if (added.Count == 0)
        {
            return beads;
        }

        // Beads with an empty source side that were paired disappear; the new beads take the place of the
        // source skips they replace, keeping the list in source order.
        var sided = added.Where(b => !b.Source.IsEmpty).OrderBy(b => b.Source.Start).ToList();
        return [.. beads.Where(b => !replaced.Contains(b)).Concat(added).Select(b => OutsideOf(sided, b))
            .OrderBy(b => b.Source.Start).ThenBy(b => b.Source.IsEmpty ? 0 : 1)];
    }

    /// <summary>
    /// An unpaired target sentence that sat between two source skips which a new bead now pairs together would sit
    /// inside that bead; it moves to just after it, so that the beads still run through the source in order.
    /// </summary>
    /// <param name="pairings">The new beads with a source side, sorted by source start; their source sides never overlap.</param>
    /// <param name="bead">A bead that stays.</param>
    private static Bead OutsideOf(List<Bead> pairings, Bead bead)
    {
        if (!bead.Source.IsEmpty)
        {
            return bead;
        }

        // The only new bead that can contain this position is the last one starting before it.
        var next = FirstStartingFrom(pairings, p => p.Source.Start, bead.Source.Start);
        var pairing = next > 0 ? pairings[next - 1] : null;
        return pairing is not null && bead.Source.Start < pairing.Source.End
            ? bead with { Source = new SentenceSpan(pairing.Source.End, 0) }
            : bead;
    }

    /// <summary>
    /// Aligns two runs on their own; the gain is what that saves over the beads the runs replace: their unpaired
    /// sentences left out, their doubtful beads as they were. A doubtful bead's sentences outside both runs are left
    /// unpaired, among the beads returned.
    /// </summary>
    private static (double Gain, IReadOnlyList<Bead> Beads) AlignRuns(Run sourceRun, Run targetRun, BeadScorer scorer)
    {
        var (source, target) = (sourceRun.Span, targetRun.Span);
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        [MethodImpl(HotLoop.Optimised)]
        double Cost(int s, int t, int a, int b) => scorer.CostAcross(region, s, t, a, b);
        var skipAll = 0.0;
        for (var k = 0; k < source.Count; k++)
        {
            skipAll += Cost(k, 0, 1, 0);
        }

        for (var k = 0; k < target.Count; k++)
        {
            skipAll += Cost(source.Count, k, 0, 1);
        }

        var path = BeadLattice.Solve(Corridor.Full(source.Count, target.Count), BeadPriors.Default.Types, Cost, posteriors: true, Aligner.ConfidenceTemper);
        if (path.Beads.All(b => b.SourceCount == 0 || b.TargetCount == 0))
        {
            return (0, []);
        }

        var beads = path.Beads.Select(b => new Bead(
            new SentenceSpan(source.Start + b.SourceStart, b.SourceCount),
            new SentenceSpan(target.Start + b.TargetStart, b.TargetCount),
            b.Posterior)).ToList();

        // The doubtful beads were paired, not skipped: what they cost as they were replaces what skipping their
        // sentences in the runs would, and their sentences outside the runs are skipped now.
        var gain = skipAll - path.Cost;
        foreach (var bead in sourceRun.Beads.Concat(targetRun.Beads).Where(b => !b.Source.IsEmpty && !b.Target.IsEmpty).Distinct())
        {
            var (inSource, inTarget) = (Inside(bead.Source, source), Inside(bead.Target, target));
            gain -= Skipped(bead.Source, scorer, source: true) + Skipped(bead.Target, scorer, source: false) - BeadCost(bead, scorer);
            if (!inSource)
            {
                beads.AddRange(bead.Source.Indices.Select(i => new Bead(new SentenceSpan(i, 1), new SentenceSpan(bead.Target.Start, 0), bead.Confidence)));
            }

            if (!inTarget)
            {
                beads.AddRange(bead.Target.Indices.Select(j => new Bead(new SentenceSpan(bead.Source.Start, 0), new SentenceSpan(j, 1), bead.Confidence)));
            }
        }

        return (gain, beads);
    }

    private static bool Inside(SentenceSpan span, SentenceSpan run) => span.Start >= run.Start && span.End <= run.End;

    /// <summary>What leaving every sentence of a span out costs.</summary>
    private static double Skipped(SentenceSpan span, BeadScorer scorer, bool source)
    {
        var region = new AlignmentRegion(source ? [.. span.Indices] : [], source ? [] : [.. span.Indices], Anchored: false);
        var cost = 0.0;
        for (var k = 0; k < span.Count; k++)
        {
            cost += source ? scorer.CostAcross(region, k, 0, 1, 0) : scorer.CostAcross(region, 0, k, 0, 1);
        }

        return cost;
    }

    private static double BeadCost(Bead bead, BeadScorer scorer) =>
        scorer.CostAcross(new AlignmentRegion([.. bead.Source.Indices], [.. bead.Target.Indices], Anchored: false), 0, 0, bead.Source.Count, bead.Target.Count);

    /// <summary>For each source sentence, the target position of the nearest paired bead at or before it.</summary>
    internal static int[] ExpectedTargets(List<Bead> beads)
    {
        var count = beads.Count == 0 ? 0 : beads.Max(b => b.Source.End);
        var expected = new int[count + 1];
        var last = 0;
        var next = 0;
        foreach (var bead in beads)
        {
            for (; next < bead.Source.Start && next < expected.Length; next++)
            {
                expected[next] = last;
            }

            if (!bead.Source.IsEmpty && !bead.Target.IsEmpty)
            {
                last = bead.Target.End;
            }
        }

        for (; next < expected.Length; next++)
        {
            expected[next] = last;
        }

        return expected;
    }

    /// <summary>Index of the first item starting at or after <paramref name="position"/> (items are sorted by start).</summary>
    private static int FirstStartingFrom<T>(List<T> items, Func<T, int> start, int position)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// The runs of one side's sentences left unpaired, each also as it is when widened by the doubtful beads of at
    /// most <see cref="DoubtfulWidest"/> sentences a side that adjoin it: where a passage moved, the path pairs a
    /// sentence or two at either place with whatever lies at hand, and the unpaired run stops short of the passage.
    /// </summary>
    private static List<Run> Runs(List<Bead> beads, Func<Bead, bool> unpaired, Func<Bead, SentenceSpan> side)
    {
        var plain = Contiguous(beads.Where(unpaired), side);
        var widened = Contiguous(beads.Where(b => unpaired(b) || Doubtful(b)), side)
            .Where(r => r.Beads.Any(unpaired) && r.Beads.Any(b => !unpaired(b)))
            .Select(r => Trimmed(r, unpaired, side)).Where(r => r is not null).Select(r => r!);
        return [.. plain.Concat(widened).OrderBy(r => r.Span.Start)];
    }

    private static bool Doubtful(Bead bead) =>
        !bead.Source.IsEmpty && !bead.Target.IsEmpty && bead.Confidence < DoubtfulConfidence && bead.Source.Count <= DoubtfulWidest && bead.Target.Count <= DoubtfulWidest;

    /// <summary>A widened run keeps no more than one doubtful bead at either end beyond its unpaired sentences.</summary>
    private static Run? Trimmed(Run run, Func<Bead, bool> unpaired, Func<Bead, SentenceSpan> side)
    {
        var first = run.Beads.FindIndex(b => unpaired(b));
        var last = run.Beads.FindLastIndex(b => unpaired(b));
        var (from, to) = (Math.Max(0, first - 1), Math.Min(run.Beads.Count - 1, last + 1));
        var kept = run.Beads.GetRange(from, to - from + 1);
        if (kept.Count == run.Beads.Count(unpaired))
        {
            return null;
        }

        var start = side(kept[0]).Start;
        return new Run(new SentenceSpan(start, side(kept[^1]).End - start), kept);
    }

    private static List<Run> Contiguous(IEnumerable<Bead> beads, Func<Bead, SentenceSpan> side)
    {
        var runs = new List<Run>();
        foreach (var bead in beads.OrderBy(b => side(b).Start))
        {
            var span = side(bead);
            if (runs.Count > 0 && runs[^1].Span.End == span.Start)
            {
                var last = runs[^1];
                last.Beads.Add(bead);
                runs[^1] = new Run(new SentenceSpan(last.Span.Start, last.Span.Count + span.Count), last.Beads);
            }
            else
            {
                runs.Add(new Run(span, [bead]));
            }
        }

        return runs;
    }

    /// <summary>A run of one side's sentences and the beads that hold them.</summary>
    private sealed record Run(SentenceSpan Span, List<Bead> Beads);
}
