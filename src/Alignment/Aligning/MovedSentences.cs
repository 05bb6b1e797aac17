using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Finds text that moved: a run of source sentences left unpaired in one place and a run of target sentences left
/// unpaired in another (a footnote the page put elsewhere, a paragraph the translator moved). Each such pair of runs
/// is aligned on its own, and the result replaces the skips when pairing is clearly cheaper than leaving both unpaired.
/// The resulting beads cross the others, which is why a bitext's target side may be out of order.
/// </summary>
internal static class MovedSentences
{
    /// <summary>Pairing must beat skipping by this much, in nats, to count as a move rather than a coincidence.</summary>
    private const double Margin = 6.0;

    public static List<Bead> Pair(List<Bead> beads, BeadScorer scorer)
    {
        var sourceRuns = Runs(beads, b => b.Target.IsEmpty, b => b.Source);
        var targetRuns = Runs(beads, b => b.Source.IsEmpty, b => b.Target);
        if (sourceRuns.Count == 0 || targetRuns.Count == 0)
        {
            return beads;
        }

        var replaced = new HashSet<Bead>();
        var added = new List<Bead>();
        var usedTargets = new HashSet<int>();
        foreach (var sourceRun in sourceRuns)
        {
            (double Gain, IReadOnlyList<Bead> Beads, int Run) best = (Margin, [], -1);
            for (var r = 0; r < targetRuns.Count; r++)
            {
                if (usedTargets.Contains(r))
                {
                    continue;
                }

                var (gain, aligned) = AlignRuns(sourceRun.Span, targetRuns[r].Span, scorer);
                if (gain > best.Gain)
                {
                    best = (gain, aligned, r);
                }
            }

            if (best.Run >= 0)
            {
                usedTargets.Add(best.Run);
                replaced.UnionWith(sourceRun.Beads);
                replaced.UnionWith(targetRuns[best.Run].Beads);
                added.AddRange(best.Beads);
            }
        }

        if (added.Count == 0)
        {
            return beads;
        }

        // Beads with an empty source side that were paired disappear; the new beads take the place of the
        // source skips they replace, keeping the list in source order.
        return [.. beads.Where(b => !replaced.Contains(b)).Concat(added)
            .OrderBy(b => b.Source.Start).ThenBy(b => b.Source.IsEmpty ? 0 : 1)];
    }

    /// <summary>Aligns two runs on their own; the gain is what pairing saves over skipping every sentence of both.</summary>
    private static (double Gain, IReadOnlyList<Bead> Beads) AlignRuns(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        double Cost(int s, int t, int a, int b) => scorer.Cost(region, s, t, a, b);
        var skipAll = 0.0;
        for (var k = 0; k < source.Count; k++)
        {
            skipAll += Cost(k, 0, 1, 0);
        }

        for (var k = 0; k < target.Count; k++)
        {
            skipAll += Cost(source.Count, k, 0, 1);
        }

        var center = Enumerable.Range(0, source.Count + 1).Select(i => i * target.Count / Math.Max(source.Count, 1)).ToArray();
        var path = BeadLattice.Solve(source.Count, target.Count, BeadPriors.Default.Types, Cost, center, Math.Max(source.Count, target.Count), posteriors: true);
        if (path.Beads.All(b => b.SourceCount == 0 || b.TargetCount == 0))
        {
            return (0, []);
        }

        var beads = path.Beads.Select(b => new Bead(
            new SentenceSpan(source.Start + b.SourceStart, b.SourceCount),
            new SentenceSpan(target.Start + b.TargetStart, b.TargetCount),
            b.Posterior)).ToList();
        return (skipAll - path.Cost, beads);
    }

    private static List<(SentenceSpan Span, List<Bead> Beads)> Runs(List<Bead> beads, Func<Bead, bool> unpaired, Func<Bead, SentenceSpan> side)
    {
        var runs = new List<(SentenceSpan Span, List<Bead> Beads)>();
        foreach (var bead in beads.Where(unpaired).OrderBy(b => side(b).Start))
        {
            var span = side(bead);
            if (runs.Count > 0 && runs[^1].Span.End == span.Start)
            {
                var last = runs[^1];
                last.Beads.Add(bead);
                runs[^1] = (new SentenceSpan(last.Span.Start, last.Span.Count + span.Count), last.Beads);
            }
            else
            {
                runs.Add((span, [bead]));
            }
        }

        return runs;
    }
}
