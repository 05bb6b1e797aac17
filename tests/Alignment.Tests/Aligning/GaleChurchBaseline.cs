using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Classic Gale–Church (1993) as the reference point for evaluation: character counts, beads 1-1, 1-0, 0-1, 2-1,
/// 1-2, 2-2 with the published priors, and δ = (l₂ − c·l₁) / √(l₁·s²). "Calibrated" as the literature does it for
/// Chinese–English: c is the pair's own ratio of total lengths and s² is fitted on a first pass's one-to-one beads,
/// instead of the European defaults c = 1, s² = 6.8.
/// </summary>
internal static class GaleChurchBaseline
{
    private const double DefaultVariance = 6.8;

    /// <summary>Gale–Church's published priors (1-1 .89, 1-0/0-1 .0099 each, 2-1/1-2 .089 each, 2-2 .011).</summary>
    private static readonly BeadPriors Priors = BeadPriors.FromProbabilities(new Dictionary<BeadType, double>
    {
        [new(1, 1)] = 0.89,
        [new(1, 0)] = 0.0099 / 2,
        [new(0, 1)] = 0.0099 / 2,
        [new(2, 1)] = 0.089 / 2,
        [new(1, 2)] = 0.089 / 2,
        [new(2, 2)] = 0.011,
    });

    public static Bitext Align(SegmentedDocument source, SegmentedDocument target)
    {
        var sourceLengths = source.Sentences.Select(s => (double)s.Text.Length).ToArray();
        var targetLengths = target.Sentences.Select(s => (double)s.Text.Length).ToArray();
        var ratio = targetLengths.Sum() / Math.Max(sourceLengths.Sum(), 1);
        var first = Solve(sourceLengths, targetLengths, ratio, DefaultVariance * ratio);
        var squares = first
            .Where(b => b.SourceCount == 1 && b.TargetCount == 1 && sourceLengths[b.SourceStart] > 0)
            .Select(b => Math.Pow(targetLengths[b.TargetStart] - (ratio * sourceLengths[b.SourceStart]), 2) / sourceLengths[b.SourceStart])
            .Order()
            .ToArray();
        var variance = squares.Length >= 8 ? squares[squares.Length / 2] / 0.455 : DefaultVariance * ratio;
        var beads = Solve(sourceLengths, targetLengths, ratio, variance)
            .Select(b => new Bead(new SentenceSpan(b.SourceStart, b.SourceCount), new SentenceSpan(b.TargetStart, b.TargetCount), b.Posterior))
            .ToList();
        return new Bitext(source, target, beads);
    }

    private static IReadOnlyList<LatticeBead> Solve(double[] source, double[] target, double ratio, double variance)
    {
        var priors = Priors;
        double Cost(int s, int t, int a, int b)
        {
            double l1 = 0, l2 = 0;
            for (var k = 0; k < a; k++)
            {
                l1 += source[s + k];
            }

            for (var k = 0; k < b; k++)
            {
                l2 += target[t + k];
            }

            // Gale–Church's δ, with the mean of both lengths standing in for l₁ so that 0-1 beads are defined.
            var mean = Math.Max((l1 + (l2 / ratio)) / 2, 1);
            var deviation = (l2 - (ratio * l1)) / Math.Sqrt(mean * variance);
            return priors.Cost(new BeadType(a, b)) + LengthModel.TailCost(deviation);
        }

        // No fingerprints: the coarse search follows the lengths alone, as Gale–Church does.
        return CoarseToFine.Solve(
            UnitSummaries.OfSentences(source, [.. source.Select(_ => Array.Empty<int>())]),
            UnitSummaries.OfSentences(target, [.. target.Select(_ => Array.Empty<int>())]),
            priors.Types,
            Cost,
            new SearchSettings(SentenceHalfWidth: 8, CoarseHalfWidth: 3, variance, CoarseSkip: 4.0, CoarseMerge: 0.5, CoarseSimilarity: 0),
            posteriors: false).Beads;
    }
}
