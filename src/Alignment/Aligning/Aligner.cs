using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Aligns the sentences of a document with those of its translation. Structure first: blocks with the same
/// paragraph number, list letter, heading numeral or footnote marker, and agreeing content, anchor the alignment.
/// Then, inside each anchored block and in the stretches between anchors, a banded dynamic programme pairs sentences
/// (beads 1-1, 1-2, 2-1, 1-3, 3-1, 2-2, 1-0, 0-1) from their lengths, shared numbers, dates, symbols and names,
/// an optional lexicon, and a word-translation model the pair teaches itself in a first pass.
/// Every bead gets its posterior probability as confidence. Thread-safe: one instance can align many pairs at once.
/// </summary>
public sealed class Aligner : IAligner
{
    /// <summary>
    /// Only beads this sure teach the lexical model: a wrong bead in training teaches the model its own words and
    /// then confirms itself (Moore trains on beads above 0.99 for the same reason).
    /// </summary>
    private const double TrainingConfidence = 0.9;

    /// <summary>Train, realign, retrain on the better beads, realign: the second round fixes what the first model got wrong.</summary>
    private const int LexicalRounds = 2;

    /// <summary>Sentences searched on either side of the coarse path, and units on either side at coarser resolutions.</summary>
    private const int SentenceHalfWidth = 8;

    private const int CoarseHalfWidth = 3;

    private const int PathHalfWidth = 5;

    /// <summary>
    /// Posteriors count each cost at this share. The evidence terms are added as if independent, which overstates
    /// them: counted whole, wrong beads on edited translations came out nearly as sure as right ones (0.92 against
    /// 0.98); at half, 0.80 against 0.95.
    /// </summary>
    internal const double ConfidenceTemper = 0.5;

    private const double CoarseSkip = 2.0;

    private const double CoarseMerge = 0.5;

    private const double CoarseSimilarity = 4.0;

    /// <summary>Creates an aligner with the given options.</summary>
    public Aligner(AlignerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>An aligner with <see cref="AlignerOptions.Default"/>.</summary>
    public static Aligner Default { get; } = new(AlignerOptions.Default);

    /// <summary>The options this aligner applies.</summary>
    public AlignerOptions Options { get; }

    /// <summary>Aligns two segmented documents; the first is the source.</summary>
    public Bitext Align(SegmentedDocument source, SegmentedDocument target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var features = PairFeatures.Extract(source, target, Options.Lexicon);
        var regions = Options.UseStructure
            ? StructureAligner.Regions(source, target, features)
            : [WholeDocument(source, target)];

        var lengths = LengthModel.Estimate(AnchoredLengths(regions, features));
        var firstPass = AlignRegions(regions, new BeadScorer(features, lengths, BeadPriors.Default, lexical: null) { Plugged = (Options.Scorers, source, target) }, earlier: null);
        if (!regions.Any(r => r.Anchored))
        {
            // Without structure, the first pass's confident one-to-one beads are the best sample of the pair's variance.
            lengths = LengthModel.Estimate(ConfidentLengths(firstPass, features), lengths.Variance);
        }

        var beads = firstPass;
        if (Options.UseLexicalModel)
        {
            BeadScorer? scorer = null;
            for (var round = 1; round <= LexicalRounds; round++)
            {
                var previous = beads;
                scorer = new BeadScorer(features, lengths, BeadPriors.Default.AdaptedTo(beads), LexicalEvidence.Train(features, beads, TrainingConfidence))
                {
                    Plugged = (Options.Scorers, source, target),
                };
                beads = AlignRegions(regions, scorer, beads);

                // The same alignment would train (almost) the same model again: the rounds have converged.
                if (Changed(beads, previous) <= beads.Count / 200)
                {
                    break;
                }
            }

            beads = MovedSentences.Pair(Order(beads), scorer!);
        }

        return new Bitext(source, target, Order(beads));
    }

    /// <summary>
    /// Aligns two lists of sentences that were segmented elsewhere (one per line of a presegmented file).
    /// No structure is assumed: the whole lists are aligned as one stretch.
    /// </summary>
    public Bitext Align(IReadOnlyList<string> sourceSentences, IReadOnlyList<string> targetSentences, Language sourceLanguage, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(sourceSentences);
        ArgumentNullException.ThrowIfNull(targetSentences);
        return Align(
            SegmentedDocument.FromSentences("source", sourceLanguage, sourceSentences),
            SegmentedDocument.FromSentences("target", targetLanguage, targetSentences));
    }

    private static AlignmentRegion WholeDocument(SegmentedDocument source, SegmentedDocument target) =>
        new([.. Enumerable.Range(0, source.Sentences.Count)], [.. Enumerable.Range(0, target.Sentences.Count)], Anchored: false);

    /// <summary>
    /// Aligns every region: coarse to fine the first time, then in a corridor around the earlier pass's path,
    /// which is far more precise than any coarse path.
    /// </summary>
    private static List<Bead> AlignRegions(IReadOnlyList<AlignmentRegion> regions, BeadScorer scorer, IReadOnlyList<Bead>? earlier)
    {
        var types = BeadPriors.Default.Types;
        var settings = new SearchSettings(SentenceHalfWidth, CoarseHalfWidth, scorer.Lengths.Variance, CoarseSkip, CoarseMerge, CoarseSimilarity);
        var earlierTargets = earlier is null ? null : TargetOfSource(earlier, scorer.Features.Source.Length);
        var beads = new List<Bead>();
        foreach (var region in regions)
        {
            double Cost(int s, int t, int a, int b) => scorer.Cost(region, s, t, a, b);
            var path = earlierTargets is null
                ? CoarseToFine.Solve(Summaries(region.Source, scorer, source: true), Summaries(region.Target, scorer, source: false), types, Cost, settings, posteriors: true, ConfidenceTemper)
                : BeadLattice.Solve(Corridor.Around(PathDiagonal(region, earlierTargets), region.Target.Length, PathHalfWidth), types, Cost, posteriors: true, ConfidenceTemper);
            foreach (var step in path.Beads)
            {
                beads.Add(new Bead(
                    Span(region.Source, step.SourceStart, step.SourceCount, region.SourceOrder),
                    Span(region.Target, step.TargetStart, step.TargetCount, 0),
                    step.Posterior));
            }
        }

        return beads;
    }

    private static UnitSummaries Summaries(int[] sentences, BeadScorer scorer, bool source)
    {
        var side = source ? scorer.Features.Source : scorer.Features.Target;
        return UnitSummaries.OfSentences(
            [.. sentences.Select(i => scorer.Features.Length(side[i]))],
            [.. sentences.Select(i => scorer.EvidenceTokens(i, source))]);
    }

    private static SentenceSpan Span(int[] indices, int start, int count, int emptyRegionPosition)
    {
        if (count > 0)
        {
            return new SentenceSpan(indices[start], count);
        }

        // An empty side sits before the sentence at 'start', or just after the region's last one.
        var at = start < indices.Length ? indices[start] : indices.Length > 0 ? indices[^1] + 1 : emptyRegionPosition;
        return new SentenceSpan(at, 0);
    }

    /// <summary>For each source sentence, the first target sentence an earlier pass paired it with, or −1.</summary>
    private static int[] TargetOfSource(IReadOnlyList<Bead> earlier, int sourceCount)
    {
        var targets = new int[sourceCount];
        Array.Fill(targets, -1);
        foreach (var bead in earlier)
        {
            if (!bead.Source.IsEmpty && !bead.Target.IsEmpty)
            {
                targets[bead.Source.Start] = bead.Target.Start;
            }
        }

        return targets;
    }

    /// <summary>The earlier pass's path through the region, as the target position expected at every source position.</summary>
    private static int[] PathDiagonal(AlignmentRegion region, int[] earlierTargets)
    {
        var localTarget = new Dictionary<int, int>(region.Target.Length);
        for (var k = 0; k < region.Target.Length; k++)
        {
            localTarget[region.Target[k]] = k;
        }

        var center = new int[region.Source.Length + 1];
        var last = 0;
        for (var k = 0; k < region.Source.Length; k++)
        {
            var earlier = earlierTargets[region.Source[k]];
            last = earlier >= 0 && localTarget.TryGetValue(earlier, out var t) ? Math.Max(t, last) : last;
            center[k] = last;
        }

        center[^1] = region.Target.Length;
        return center;
    }

    /// <summary>How many beads of <paramref name="beads"/> the earlier alignment does not have.</summary>
    private static int Changed(IEnumerable<Bead> beads, IEnumerable<Bead> earlier)
    {
        var before = earlier.Select(b => (b.Source, b.Target)).ToHashSet();
        return beads.Count(b => !before.Contains((b.Source, b.Target)));
    }

    private static List<(double, double)> AnchoredLengths(IReadOnlyList<AlignmentRegion> regions, PairFeatures features) =>
        regions
            .Where(r => r.Anchored && r.Source.Length > 0 && r.Target.Length > 0)
            .Select(r => (r.Source.Sum(i => features.Length(features.Source[i])), r.Target.Sum(i => features.Length(features.Target[i]))))
            .ToList();

    private static List<(double, double)> ConfidentLengths(List<Bead> beads, PairFeatures features) =>
        beads
            .Where(b => b.Type == BeadType.OneToOne && b.Confidence >= 0.8)
            .Select(b => (features.Length(features.Source[b.Source.Start]), features.Length(features.Target[b.Target.Start])))
            .ToList();

    /// <summary>Puts beads in source order; a bead with an empty source side comes before the bead that starts where it sits.</summary>
    private static List<Bead> Order(List<Bead> beads) =>
        beads
            .Select((bead, position) => (bead, position))
            .OrderBy(x => x.bead.Source.Start)
            .ThenBy(x => x.bead.Source.IsEmpty ? 0 : 1)
            .ThenBy(x => x.position)
            .Select(x => x.bead)
            .ToList();
}
