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
        var candidates = new List<(int Source, int Target, double Gain)>();
        foreach (var s in sources)
        {
            var sourceSkip = cost(s, 0, 1, 0);
            var (bestTarget, bestGain) = (-1, double.NegativeInfinity);
            for (var k = FirstAtOrAfter(targets, center[s] - Window); k < targets.Count && targets[k] <= center[s] + Window; k++)
            {
                var gain = sourceSkip + targetSkip[k] - cost(s, targets[k], 1, 1);
                bestForTarget[k] = Math.Max(bestForTarget[k], gain);
                if (gain > bestGain)
                {
                    (bestTarget, bestGain) = (k, gain);
                }
            }

            if (bestGain >= MinimumGain)
            {
                candidates.Add((s, bestTarget, bestGain));
            }
        }

        // Mutual: no other loose source sentence pairs better with the target.
        return [.. candidates.Where(c => c.Gain >= bestForTarget[c.Target]).Select(c => (c.Source, targets[c.Target]))];
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
