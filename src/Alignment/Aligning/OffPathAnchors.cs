using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Sentence pairs the evidence is sure of that an earlier path missed: where a translator left a passage out or
/// moved one, a draft aligned from lengths alone loses its way, and a banded search around that draft cannot find
/// the way back. Once the word model is trained, each sentence the draft left unpaired or paired doubtfully is
/// compared with the equally loose sentences of the other side near where the draft says it belongs; a pair that
/// is clearly cheaper than leaving both sentences unpaired, and the best choice for both, is an anchor that the
/// next search's corridor must reach.
/// </summary>
internal static class OffPathAnchors
{
    /// <summary>Beads less sure than this are loose: their sentences may belong elsewhere.</summary>
    private const double Loose = 0.5;

    /// <summary>
    /// Pairing must beat leaving both sentences unpaired by this much, in nats. Sentences of a passage the draft lost
    /// gain 6 to 20 with their true counterparts; a chance pair of unrelated sentences rarely more than 5.
    /// </summary>
    private const double MinimumGain = 6.0;

    /// <summary>
    /// How far, in target sentences, a counterpart is looked for from where the draft puts the source sentence: text
    /// moves by a few paragraphs, and the window keeps the search linear in the document.
    /// </summary>
    public const int Window = 60;

    /// <summary>
    /// Gains closer than this, in nats, do not tell two pairs apart: the same sentence said twice is not priced alike
    /// to the last bit in each place.
    /// </summary>
    private const double Tie = 1e-6;

    /// <summary>The anchors off <paramref name="path"/>, in region-local positions, in source order.</summary>
    /// <param name="path">An earlier path through the lattice, with posteriors.</param>
    /// <param name="center">The target position the path passes at every source position.</param>
    /// <param name="cost">The cost of a bead, in the lattice's positions.</param>
    [MethodImpl(HotLoop.Optimised)]
    public static List<(int Source, int Target)> Find(IReadOnlyList<LatticeBead> path, int[] center, BeadLattice.CostFunction cost)
    {
        var sources = LoosePositions(path, source: true);
        var targets = LoosePositions(path, source: false);
        if (sources.Count == 0 || targets.Count == 0)
        {
            return [];
        }

        var n = center.Length - 1;
        var targetSkip = targets.Select(t => cost(n, t, 0, 1)).ToArray();
        var bestForTarget = new double[targets.Count];
        Array.Fill(bestForTarget, double.NegativeInfinity);
        var candidates = new List<(int Source, List<int> Targets, double Gain)>();
        foreach (var s in sources)
        {
            var sourceSkip = cost(s, 0, 1, 0);
            var (tied, bestGain) = (new List<int>(), double.NegativeInfinity);
            for (var k = FirstAtOrAfter(targets, center[s] - Window); k < targets.Count && targets[k] <= center[s] + Window; k++)
            {
                var gain = sourceSkip + targetSkip[k] - cost(s, targets[k], 1, 1);
                bestForTarget[k] = Math.Max(bestForTarget[k], gain);
                if (gain > bestGain + Tie)
                {
                    (bestGain, tied) = (gain, [k]);
                }
                else if (gain >= bestGain - Tie)
                {
                    tied.Add(k);
                    bestGain = Math.Max(bestGain, gain);
                }
            }

            if (bestGain >= MinimumGain)
            {
                candidates.Add((s, tied, bestGain));
            }
        }

        // Mutual: no other loose source sentence pairs better with the target.
        var mutual = candidates
            .Select(c => (c.Source, Targets: c.Targets.Where(k => c.Gain >= bestForTarget[k] - Tie).ToList()))
            .Where(c => c.Targets.Count > 0)
            .ToList();
        return TiesResolved(mutual, center, targets);
    }

    /// <summary>
    /// One target for every source, where some pair equally well with several: the same sentence said again in a
    /// long text (a refrain, a repeated passage) gives a source as strong a pair in every place it was said, and the
    /// first of them in the window is as often another repetition's place as its own. A source tied alone takes its
    /// nearest target: text moves by a few paragraphs more often than by many. Sources tied with one another take
    /// their targets in order, each the first left after the last one taken: a translator keeps the order of what
    /// moved, and a repeated passage's copies each have their own place to go.
    /// </summary>
    private static List<(int Source, int Target)> TiesResolved(List<(int Source, List<int> Targets)> candidates, int[] center, List<int> targets)
    {
        // Sources joined by a target they both tie on compete for the same places.
        var group = new int[candidates.Count];
        var lastSourceOf = new Dictionary<int, int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            group[c] = c;
            foreach (var k in candidates[c].Targets)
            {
                if (lastSourceOf.TryGetValue(k, out var other))
                {
                    Join(group, other, c);
                }

                lastSourceOf[k] = c;
            }
        }

        var members = new Dictionary<int, int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            members[Root(group, c)] = members.GetValueOrDefault(Root(group, c)) + 1;
        }

        var anchors = new List<(int Source, int Target)>(candidates.Count);
        var lastTaken = new Dictionary<int, int>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var (source, tied) = candidates[c];
            var root = Root(group, c);
            if (members[root] == 1)
            {
                anchors.Add((source, targets[tied.MinBy(k => Math.Abs(targets[k] - center[source]))]));
                continue;
            }

            var after = lastTaken.GetValueOrDefault(root, -1);
            var next = tied.FindIndex(k => k > after);
            if (next >= 0)
            {
                lastTaken[root] = tied[next];
                anchors.Add((source, targets[tied[next]]));
            }
        }

        return anchors;
    }

    private static int Root(int[] group, int x)
    {
        while (group[x] != x)
        {
            (group[x], x) = (group[group[x]], group[x]);
        }

        return x;
    }

    private static void Join(int[] group, int a, int b)
    {
        var (ra, rb) = (Root(group, a), Root(group, b));
        if (ra != rb)
        {
            group[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    /// <summary>The sorted positions of one side that lie in loose beads or in none (left unpaired).</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static List<int> LoosePositions(IReadOnlyList<LatticeBead> path, bool source)
    {
        var positions = new List<int>();
        foreach (var bead in path)
        {
            var (start, count, other) = source ? (bead.SourceStart, bead.SourceCount, bead.TargetCount) : (bead.TargetStart, bead.TargetCount, bead.SourceCount);
            if (other == 0 || bead.Posterior < Loose)
            {
                positions.AddRange(Enumerable.Range(start, count));
            }
        }

        positions.Sort();
        return positions;
    }

    private static int FirstAtOrAfter(List<int> sorted, int position)
    {
        var k = sorted.BinarySearch(position);
        return k >= 0 ? k : ~k;
    }
}
