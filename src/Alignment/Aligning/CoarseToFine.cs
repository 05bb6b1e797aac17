using System.Numerics;
using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Finds the sentence path in time and memory linear in the document, however the two sides differ (Vecalign's
/// idea, with our own evidence): both sides are summarised at halving resolutions — pairs of sentences, pairs of
/// pairs, … — until the coarsest lattice is small enough to search whole; each finer resolution is then searched
/// only in a corridor of fixed width around the coarser path, and the sentences last, with the real bead shapes and
/// costs. A unit's summary is its length and a fingerprint of what both languages share (numbers, names, lexicon
/// concepts, words the translation model predicts), hashed into a fixed number of dimensions.
/// </summary>
internal static class CoarseToFine
{
    /// <summary>A lattice this small is searched whole.</summary>
    private const int WholeLatticeCells = 40_000;

    /// <summary>How much, as a share of their length, the lengths of long corresponding stretches typically differ.</summary>
    private const double RelativeSpread = 0.1;

    private static readonly BeadType[] CoarseTypes = [new(1, 1), new(1, 2), new(2, 1), new(1, 0), new(0, 1)];

    /// <summary>Finds the best sentence path of the two sides.</summary>
    /// <param name="source">The source sentences' summaries.</param>
    /// <param name="target">The target sentences' summaries.</param>
    /// <param name="types">The bead shapes allowed between sentences.</param>
    /// <param name="cost">The cost of a sentence bead.</param>
    /// <param name="settings">Corridor widths and the weights of the coarse evidence.</param>
    /// <param name="posteriors">Whether to compute each bead's posterior probability.</param>
    /// <param name="temper">The share of each cost the posteriors count (see <see cref="BeadLattice.Solve"/>).</param>
    /// <param name="runDiscount">What an unpaired sentence after another of its side costs less, in nats, at the sentences (see <see cref="BeadLattice.Solve"/>).</param>
    public static LatticePath Solve(
        UnitSummaries source, UnitSummaries target, IReadOnlyList<BeadType> types, BeadLattice.CostFunction cost, SearchSettings settings, bool posteriors, double temper = 1.0, double runDiscount = 0)
    {
        var (n, m) = (source.Count, target.Count);
        if ((long)(n + 1) * (m + 1) <= WholeLatticeCells)
        {
            return BeadLattice.Solve(Corridor.Full(n, m), types, cost, posteriors, temper, runDiscount);
        }

        // Runs of about two sentences' length, then pairs of runs, pairs of pairs … up to a resolution small enough
        // to search whole.
        var unitLength = Math.Max(2 * (source.TotalLength + target.TotalLength) / Math.Max(n + m, 1), 1e-9);
        var levels = new List<(UnitSummaries Source, UnitSummaries Target)> { (source.GroupByLength(unitLength), target.GroupByLength(unitLength)) };
        while ((long)(levels[^1].Source.Count + 1) * (levels[^1].Target.Count + 1) > WholeLatticeCells)
        {
            levels.Add((levels[^1].Source.Halve(), levels[^1].Target.Halve()));
        }

        var top = levels[^1];
        var path = SolveCoarse(Corridor.Full(top.Source.Count, top.Target.Count), top.Source, top.Target, settings);
        for (var level = levels.Count - 2; level >= 0; level--)
        {
            var (finer, coarser) = (levels[level], levels[level + 1]);
            var corridor = Corridor.Refine(path.Points(), coarser.Source.Starts, coarser.Target.Starts, settings.CoarseHalfWidth);
            path = SolveCoarse(corridor, finer.Source, finer.Target, settings);
        }

        var sentences = Corridor.Refine(path.Points(), levels[0].Source.Starts, levels[0].Target.Starts, settings.SentenceHalfWidth);
        return BeadLattice.Solve(sentences, types, cost, posteriors, temper, runDiscount);
    }

    private static LatticePath SolveCoarse(Corridor corridor, UnitSummaries source, UnitSummaries target, SearchSettings settings)
    {
        var scratch = new float[2 * UnitSummaries.Dimensions];
        [MethodImpl(HotLoop.Optimised)]
        double Cost(int s, int t, int a, int b)
        {
            if (a == 0 || b == 0)
            {
                // A unit left out entirely is a deviation as large as the unit itself.
                var length = a == 0 ? target.Length(t, b) : source.Length(s, a);
                return settings.CoarseSkip + (Deviation(length, Math.Max(length, 1.0), settings) / 2);
            }

            var (sourceLength, targetLength) = (source.Length(s, a), target.Length(t, b));
            var deviation = Deviation(targetLength - sourceLength, Math.Max((sourceLength + targetLength) / 2, 1.0), settings);
            var similarity = Cosine(source, s, a, target, t, b, scratch);
            return (a == 1 && b == 1 ? 0 : settings.CoarseMerge) + (deviation / 2) - (settings.CoarseSimilarity * similarity);
        }

        return BeadLattice.Solve(corridor, CoarseTypes, Cost, posteriors: false);
    }

    /// <summary>
    /// The squared deviation of a length difference: Gale–Church's variance, which grows with the length, plus a
    /// share that grows with its square, because over long stretches translations differ in proportion, not by a
    /// random walk of characters; without it, long units could be paired only if their lengths agreed exactly.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static double Deviation(double difference, double mean, SearchSettings settings) =>
        difference * difference / ((settings.Variance * mean) + (RelativeSpread * RelativeSpread * mean * mean));

    /// <summary>The cosine of the two runs' centred fingerprints; 0 when either carries none.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static double Cosine(UnitSummaries source, int s, int a, UnitSummaries target, int t, int b, float[] scratch)
    {
        var x = source.Fingerprint(s, a, scratch.AsSpan(0, UnitSummaries.Dimensions));
        var y = target.Fingerprint(t, b, scratch.AsSpan(UnitSummaries.Dimensions));
        float dot = 0, xx = 0, yy = 0;
        for (var k = 0; k < x.Length; k += Vector<float>.Count)
        {
            var vx = new Vector<float>(x[k..]);
            var vy = new Vector<float>(y[k..]);
            dot += Vector.Dot(vx, vy);
            xx += Vector.Dot(vx, vx);
            yy += Vector.Dot(vy, vy);
        }

        return xx > 0 && yy > 0 ? dot / Math.Sqrt((double)xx * yy) : 0;
    }
}

/// <summary>How wide the corridors of <see cref="CoarseToFine"/> are and how its coarse evidence is weighed.</summary>
/// <param name="SentenceHalfWidth">Sentences added on either side of the coarse path when the sentences are searched.</param>
/// <param name="CoarseHalfWidth">Units added on either side of a coarser path at the coarse resolutions.</param>
/// <param name="Variance">The length model's variance per unit of length.</param>
/// <param name="CoarseSkip">The cost of leaving a coarse unit unpaired, in nats.</param>
/// <param name="CoarseMerge">The extra cost of pairing two coarse units with one.</param>
/// <param name="CoarseSimilarity">What a perfect fingerprint match is worth, in nats.</param>
internal sealed record SearchSettings(int SentenceHalfWidth, int CoarseHalfWidth, double Variance, double CoarseSkip, double CoarseMerge, double CoarseSimilarity);
