using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Finds passages the translator moved, and aligns them where they went. A monotone path cannot follow a passage
/// that sits elsewhere in the translation: it leaves the passage unpaired at both places, or worse, pairs it and
/// its neighbours with whatever lies nearby. Sentence pairs the evidence is sure of off the path
/// (<see cref="OffPathAnchors"/>), in runs that advance together on both sides, mark such a passage; it is taken out
/// of the region at both places and aligned on its own, and the path around both places is aligned again without
/// it. The move is kept when that is clearly cheaper than the path it replaces; the passage then becomes a region
/// of its own, whose beads cross the others.
/// </summary>
internal static class MovedPassages
{
    /// <summary>A move must save this much, in nats, to count as one rather than a coincidence.</summary>
    private const double Margin = 6.0;

    /// <summary>Anchors this close on both sides belong to one passage (a passage's beads hold up to three sentences a side).</summary>
    private const int Gap = 4;

    /// <summary>Beads realigned before and after the beads a move touches.</summary>
    private const int Margins = 3;

    /// <summary>Target positions searched on either side of the old path when the path around a move is aligned again.</summary>
    private const int HalfWidth = 3;

    /// <summary>
    /// Rounds of looking for moves: the path realigned around one passage that moved can show anchors of another.
    /// </summary>
    private const int Rounds = 2;

    /// <summary>Sentences a side a passage grows by at a time at either end (see <see cref="Grown"/>).</summary>
    private const int Growth = 3;

    /// <summary>
    /// A passage grows over no sentence of a one-to-one bead this sure, unless the bead goes along whole: that leaves
    /// its partner unpaired, which a true passage's edge seldom does. The surest such bead a passage grew over in the
    /// edited and moved copies of the corpora was at 0.952 (a financial report's editor's edits, seed 8).
    /// </summary>
    private const double Settled = 0.99;

    /// <summary>A wider passage must save this much more, in nats, than the narrower one it replaces.</summary>
    private const double GrowthMargin = 1.0;

    /// <summary>
    /// A passage grows no further than this many sentences a side: it is aligned on its own in a full lattice, and a
    /// moved passage is a few paragraphs, not a chapter.
    /// </summary>
    private const int Widest = 40;

    /// <summary>
    /// The region without the passages that moved, with its path, and every moved passage as a region with its own
    /// path; the region and its path unchanged when nothing moved.
    /// </summary>
    /// <param name="region">A region.</param>
    /// <param name="path">Its best path, with posteriors, from the scorer given.</param>
    /// <param name="scorer">Prices beads.</param>
    /// <param name="temper">The share of each cost that counts in posteriors.</param>
    public static List<(AlignmentRegion Region, List<LatticeBead> Path)> Separate(AlignmentRegion region, List<LatticeBead> path, BeadScorer scorer, double temper)
    {
        var result = new List<(AlignmentRegion, List<LatticeBead>)>();
        var (main, mainPath) = (region, path);
        for (var round = 0; round < Rounds; round++)
        {
            var moved = result.Count;
            foreach (var (sources, targets) in Passages(main, mainPath, scorer))
            {
                // Earlier moves shift positions and may have taken sentences of this passage already.
                var s = Positions(main.Source, sources);
                var t = Positions(main.Target, targets);
                if (s is null || t is null)
                {
                    continue;
                }

                var costs = new RememberedCosts(scorer);
                if (Gain(main, mainPath, s.Value, t.Value, costs) is { } gain)
                {
                    var (source, target) = Grown(main, mainPath, (s.Value, t.Value, gain), costs);
                    var move = Moved(main, mainPath, source, target, costs, temper);
                    (main, mainPath) = (move.Main, move.MainPath);
                    result.Add((move.Passage, move.PassagePath));
                }
            }

            if (result.Count == moved)
            {
                break;
            }
        }

        result.Insert(0, (main, mainPath));
        return result;
    }

    /// <summary>Candidate passages, as global sentence indices of either side, from runs of off-path anchors.</summary>
    private static List<(int[] Sources, int[] Targets)> Passages(AlignmentRegion region, List<LatticeBead> path, BeadScorer scorer)
    {
        [MethodImpl(HotLoop.Optimised)]
        double Cost(int s, int t, int a, int b) => scorer.Cost(region, s, t, a, b);
        var (n, m) = (region.Source.Length, region.Target.Length);
        var beadOfSource = new int[n];
        var beadOfTarget = new int[m];
        for (var x = 0; x < path.Count; x++)
        {
            var bead = path[x];
            for (var k = bead.SourceStart; k < bead.SourceStart + bead.SourceCount; k++)
            {
                beadOfSource[k] = x;
            }

            for (var k = bead.TargetStart; k < bead.TargetStart + bead.TargetCount; k++)
            {
                beadOfTarget[k] = x;
            }
        }

        var anchors = OffPathAnchors.Find(path, Diagonal(path, n, m), Cost)
            .Where(a => beadOfSource[a.Source] != beadOfTarget[a.Target])
            .ToList();
        var passages = new List<(int[], int[])>();
        for (var first = 0; first < anchors.Count;)
        {
            var last = first;
            while (last + 1 < anchors.Count
                && anchors[last + 1].Source - anchors[last].Source <= Gap
                && anchors[last + 1].Target - anchors[last].Target is > 0 and <= Gap)
            {
                last++;
            }

            // The passage is what its anchors span: taking the loose sentences around it along too cost more beads
            // next to passages than it won inside them.
            passages.Add((region.Source[anchors[first].Source..(anchors[last].Source + 1)], region.Target[anchors[first].Target..(anchors[last].Target + 1)]));
            first = last + 1;
        }

        return passages;
    }

    /// <summary>The positions [From, To] that the given global indices hold in <paramref name="indices"/>, if all are there, in a row.</summary>
    private static (int From, int To)? Positions(int[] indices, int[] global)
    {
        var from = Array.BinarySearch(indices, global[0]);
        var to = Array.BinarySearch(indices, global[^1]);
        return from >= 0 && to >= 0 && to - from == global.Length - 1 ? (from, to) : null;
    }

    private sealed record Move(AlignmentRegion Main, List<LatticeBead> MainPath, AlignmentRegion Passage, List<LatticeBead> PassagePath);

    /// <summary>
    /// The move grown at either end while a wider passage is clearly cheaper: anchors are pairs of single sentences,
    /// and a passage's edge often holds sentences that pair only two to one (an address block moved from a letter's
    /// head to its foot, a line per part of a name) or that the path had joined to a neighbour's bead.
    /// </summary>
    private static ((int From, int To) Source, (int From, int To) Target) Grown(AlignmentRegion main, List<LatticeBead> path, ((int From, int To) Source, (int From, int To) Target, double Gain) move, RememberedCosts costs)
    {
        var (n, m) = (main.Source.Length, main.Target.Length);
        // A width tried in one round is often tried again in the next, around the wider passage: the path is the same.
        var tried = new Dictionary<((int, int), (int, int)), double?>();
        while (true)
        {
            var best = move;
            foreach (var (s, t) in Wider(path, move.Source, move.Target, n, m))
            {
                if (!tried.TryGetValue((s, t), out var gain))
                {
                    gain = Gain(main, path, s, t, costs);
                    tried.Add((s, t), gain);
                }

                if (gain is { } wider && wider >= best.Gain + GrowthMargin)
                {
                    best = (s, t, wider);
                }
            }

            if (best == move)
            {
                return (move.Source, move.Target);
            }

            move = best;
        }
    }

    /// <summary>
    /// The passage with up to <see cref="Growth"/> more sentences a side at its start or at its end, each of them
    /// loose (see <see cref="Loose"/>).
    /// </summary>
    internal static IEnumerable<((int From, int To) Source, (int From, int To) Target)> Wider(List<LatticeBead> path, (int From, int To) s, (int From, int To) t, int n, int m)
    {
        var (sourceAfter, targetAfter) = (Loose(path, s, t, source: true, forward: true), Loose(path, s, t, source: false, forward: true));
        var (sourceBefore, targetBefore) = (Loose(path, s, t, source: true, forward: false), Loose(path, s, t, source: false, forward: false));
        for (var a = 0; a <= Growth; a++)
        {
            for (var b = 0; b <= Growth; b++)
            {
                if (a + b == 0)
                {
                    continue;
                }

                if (s.To - s.From + a >= Widest || t.To - t.From + b >= Widest)
                {
                    continue;
                }

                if (s.To + a < n && t.To + b < m && a <= sourceAfter && b <= targetAfter)
                {
                    yield return ((s.From, s.To + a), (t.From, t.To + b));
                }

                if (s.From - a >= 0 && t.From - b >= 0 && a <= sourceBefore && b <= targetBefore)
                {
                    yield return ((s.From - a, s.To), (t.From - b, t.To));
                }
            }
        }
    }

    /// <summary>
    /// How many sentences in a row, up to <see cref="Growth"/>, lie loose beside the passage on one side, after its
    /// end or before its start: in any bead of <paramref name="path"/> but a one-to-one bead at least
    /// <see cref="Settled"/> that holds no sentence of the passage and would not go along whole (its two sentences
    /// the next on either side of the passage). A passage grows over loose sentences only: most trial widths of a
    /// passage between settled beads would tear a bead apart, and each trial aligns the stretch around the passage again.
    /// </summary>
    private static int Loose(List<LatticeBead> path, (int From, int To) s, (int From, int To) t, bool source, bool forward)
    {
        var (span, step) = (source ? s : t, forward ? 1 : -1);
        var count = 0;
        for (var k = forward ? span.To + 1 : span.From - 1; count < Growth && k >= 0; k += step, count++)
        {
            var x = source
                ? FirstWhere(path, b => b.SourceStart + b.SourceCount > k)
                : FirstWhere(path, b => b.TargetStart + b.TargetCount > k);
            if (x == path.Count)
            {
                break;
            }

            var bead = path[x];
            var joined = Holds(bead.SourceStart, bead.SourceCount, s) || Holds(bead.TargetStart, bead.TargetCount, t);
            var along = forward
                ? bead.SourceStart - s.To == bead.TargetStart - t.To && bead.SourceStart > s.To
                : s.From - bead.SourceStart == t.From - bead.TargetStart && bead.SourceStart < s.From;
            if (bead is { SourceCount: 1, TargetCount: 1 } && !joined && !along && bead.Posterior >= Settled)
            {
                break;
            }
        }

        return count;
    }

    private static bool Holds(int start, int count, (int From, int To) span) => count > 0 && start <= span.To && start + count > span.From;

    /// <summary>
    /// What taking the passage at source positions <paramref name="s"/> and target positions <paramref name="t"/> out
    /// of <paramref name="main"/> saves, in nats: the passage aligned on its own and the beads around both places
    /// aligned again without it, against the beads they replace; null when that is less than <see cref="Margin"/>.
    /// A passage is tried at many widths, so only the best paths' costs are found here (see <see cref="Moved"/>).
    /// </summary>
    private static double? Gain(AlignmentRegion main, List<LatticeBead> path, (int From, int To) s, (int From, int To) t, RememberedCosts costs)
    {
        var trial = new Trial(main, path, s, t, costs);
        var passagePath = trial.Passage(posteriors: false, temper: 1);
        if (passagePath.Beads.All(b => b.SourceCount == 0 || b.TargetCount == 0))
        {
            return null;
        }

        var gain = trial.OldCost() - trial.Window(posteriors: false, temper: 1).Cost - passagePath.Cost;
        return double.IsFinite(gain) && gain >= Margin ? gain : null;
    }

    /// <summary>
    /// The passage at source positions <paramref name="s"/> and target positions <paramref name="t"/> taken out of
    /// <paramref name="main"/> and aligned on its own, with the beads around both places aligned again without it;
    /// the move must be one <see cref="Gain"/> found.
    /// </summary>
    private static Move Moved(AlignmentRegion main, List<LatticeBead> path, (int From, int To) s, (int From, int To) t, RememberedCosts costs, double temper)
    {
        var trial = new Trial(main, path, s, t, costs);
        var passagePath = trial.Passage(posteriors: true, temper);
        var windowPath = trial.Window(posteriors: true, temper);
        var gain = trial.OldCost() - windowPath.Cost - passagePath.Cost;

        // The passage's beads are as sure as the move is: the chance that it beats the path it replaces.
        var moveConfidence = 1 / (1 + Math.Exp(-temper * gain));
        var (sourceCount, targetCount) = (s.To - s.From + 1, t.To - t.From + 1);
        var rest = new AlignmentRegion(Without(main.Source, trial.Region.Source), Without(main.Target, trial.Region.Target), main.Anchored) { SourceOrder = main.SourceOrder };
        var shiftedWindow = windowPath.Beads.Select(b => b with { SourceStart = b.SourceStart + trial.SourceStart, TargetStart = b.TargetStart + trial.TargetStart });
        var after = path.Skip(trial.To).Select(b => b with { SourceStart = b.SourceStart - sourceCount, TargetStart = b.TargetStart - targetCount });
        return new Move(
            rest,
            [.. path.Take(trial.From), .. shiftedWindow, .. after],
            trial.Region,
            [.. passagePath.Beads.Select(b => b with { Posterior = b.Posterior * moveConfidence })]);
    }

    /// <summary>
    /// A passage of a region at source and target positions given, and the window of the region's path around both
    /// places that a move of it aligns again: the beads that hold a sentence of the passage on either side, and a few around them.
    /// </summary>
    private sealed class Trial
    {
        private readonly AlignmentRegion main;
        private readonly List<LatticeBead> path;
        private readonly (int From, int To) s;
        private readonly (int From, int To) t;
        private readonly RememberedCosts costs;

        public Trial(AlignmentRegion main, List<LatticeBead> path, (int From, int To) s, (int From, int To) t, RememberedCosts costs)
        {
            (this.main, this.path, this.s, this.t, this.costs) = (main, path, s, t, costs);
            var (first, last) = Touched(path, s, t);
            From = Math.Max(first - Margins, 0);
            To = Math.Min(last + Margins + 1, path.Count);
            (SourceStart, TargetStart) = (path[From].SourceStart, path[From].TargetStart);
            Region = new AlignmentRegion(main.Source[s.From..(s.To + 1)], main.Target[t.From..(t.To + 1)], main.Anchored);
        }

        /// <summary>The passage as a region of its own.</summary>
        public AlignmentRegion Region { get; }

        /// <summary>The window's first bead.</summary>
        public int From { get; }

        /// <summary>The bead after the window's last.</summary>
        public int To { get; }

        /// <summary>Where the window starts on either side.</summary>
        public int SourceStart { get; }

        /// <inheritdoc cref="SourceStart"/>
        public int TargetStart { get; }

        /// <summary>The window's beads, priced again: settled beads keep the cost an earlier model gave them.</summary>
        public double OldCost()
        {
            var cost = 0.0;
            for (var x = From; x < To; x++)
            {
                cost += costs.Cost(main, path[x].SourceStart, path[x].TargetStart, path[x].SourceCount, path[x].TargetCount);
            }

            return cost;
        }

        /// <summary>The passage aligned on its own.</summary>
        public LatticePath Passage(bool posteriors, double temper)
        {
            var passage = Region;
            return BeadLattice.Solve(
                Corridor.Full(passage.Source.Length, passage.Target.Length),
                BeadPriors.Default.Types,
                [MethodImpl(HotLoop.Optimised)] (a, b, c, d) => costs.Cost(passage, a, b, c, d),
                posteriors,
                temper);
        }

        /// <summary>The window without the passage, searched around where the old path ran.</summary>
        public LatticePath Window(bool posteriors, double temper)
        {
            var last = path[To - 1];
            var (sourceEnd, targetEnd) = (last.SourceStart + last.SourceCount, last.TargetStart + last.TargetCount);
            var window = new AlignmentRegion(
                Without(main.Source[SourceStart..sourceEnd], Region.Source),
                Without(main.Target[TargetStart..targetEnd], Region.Target),
                main.Anchored);
            var center = new int[window.Source.Length + 1];
            var row = 0;
            for (var x = From; x < To; x++)
            {
                for (var k = path[x].SourceStart; k < path[x].SourceStart + path[x].SourceCount; k++)
                {
                    if (k < s.From || k > s.To)
                    {
                        center[row++] = Math.Clamp(path[x].TargetStart - TargetStart - Before(path[x].TargetStart, t), 0, window.Target.Length);
                    }
                }
            }

            center[^1] = window.Target.Length;
            return BeadLattice.Solve(
                Corridor.Around(center, window.Target.Length, HalfWidth),
                BeadPriors.Default.Types,
                [MethodImpl(HotLoop.Optimised)] (a, b, c, d) => costs.Cost(window, a, b, c, d),
                posteriors,
                temper);
        }
    }

    /// <summary>
    /// The first and the last bead of <paramref name="path"/> that hold a sentence of source positions
    /// <paramref name="s"/> or of target positions <paramref name="t"/>, found by halving: a path's beads advance on
    /// both sides, so those holding a span of one side are a run.
    /// </summary>
    private static (int First, int Last) Touched(List<LatticeBead> path, (int From, int To) s, (int From, int To) t)
    {
        // The first bead that ends after a span's first sentence, and the last that starts no later than its last; the
        // beads between that hold no sentence of that side lie inside the span.
        var first = Math.Min(
            FirstWhere(path, b => b.SourceStart + b.SourceCount > s.From),
            FirstWhere(path, b => b.TargetStart + b.TargetCount > t.From));
        var last = Math.Max(
            FirstWhere(path, b => b.SourceStart > s.To),
            FirstWhere(path, b => b.TargetStart > t.To)) - 1;
        return (first, last);
    }

    /// <summary>The first bead for which <paramref name="after"/> holds, which holds for every bead after it; the count when none does.</summary>
    private static int FirstWhere(List<LatticeBead> path, Func<LatticeBead, bool> after)
    {
        var (lo, hi) = (0, path.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            (lo, hi) = after(path[mid]) ? (lo, mid) : (mid + 1, hi);
        }

        return lo;
    }

    /// <summary>How many positions of <paramref name="span"/> lie before <paramref name="position"/>.</summary>
    private static int Before(int position, (int From, int To) span) => Math.Clamp(position - span.From, 0, span.To - span.From + 1);

    private static int[] Without(int[] indices, int[] removed)
    {
        var set = removed.ToHashSet();
        return [.. indices.Where(i => !set.Contains(i))];
    }

    /// <summary>The target position a path passes at every source position.</summary>
    private static int[] Diagonal(List<LatticeBead> path, int n, int m)
    {
        var center = new int[n + 1];
        foreach (var bead in path)
        {
            for (var k = bead.SourceStart; k < bead.SourceStart + bead.SourceCount; k++)
            {
                center[k] = bead.TargetStart;
            }
        }

        center[n] = m;
        return center;
    }
}
