using System.Runtime.CompilerServices;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Aligns the sentences of a document with those of its translation. Structure first: blocks with the same
/// paragraph number, list letter, heading numeral or footnote marker, and agreeing content, anchor the alignment.
/// Then, inside each anchored block and in the stretches between anchors, a banded dynamic programme pairs sentences
/// (beads 1-1, 1-2, 2-1, 1-3, 3-1, 2-2, 1-0, 0-1) from their lengths, shared numbers, dates, symbols and names,
/// an optional lexicon, and a word-translation model the pair teaches itself in a first pass.
/// Every bead gets its posterior probability as confidence, a one-to-one bead in line raised to what such beads are
/// measured to earn (<see cref="InLineOdds"/>), a merge of two or more sentences on a side lowered
/// where a split of it explains the text nearly as well (<see cref="ManyOdds"/>), an unpaired one to how often such
/// sentences have no counterpart (<see cref="UnpairedOdds"/>), one out of line to how often such beads are right (<see cref="MovedOdds"/>). Thread-safe: one instance can align many pairs at once.
/// </summary>
public sealed class Aligner : IAligner
{
    /// <summary>
    /// Only beads this sure teach the lexical model: a wrong bead in training teaches the model its own words and
    /// then confirms itself (Moore trains on beads above 0.99 for the same reason).
    /// </summary>
    private const double TrainingConfidence = 0.9;

    /// <summary>Sentences searched on either side of the coarse path, and units on either side at coarser resolutions.</summary>
    private const int SentenceHalfWidth = 8;

    private const int CoarseHalfWidth = 3;

    /// <summary>Target sentences searched on either side of an earlier pass's path.</summary>
    private const int PathHalfWidth = 3;

    /// <summary>
    /// The last round realigns only around beads less sure than this: elsewhere the path no longer changes, and
    /// realigning it whole cost as much as the round before.
    /// </summary>
    private const double SettledConfidence = 0.95;

    /// <summary>Beads realigned on either side of an unsettled one, so that a change can spread to its neighbours.</summary>
    private const int UnsettledReach = 3;

    /// <summary>
    /// Posteriors count each cost at this share. The evidence terms are added as if independent, which overstates
    /// them: counted whole, wrong beads on edited translations came out nearly as sure as right ones (0.92 against
    /// 0.98); at half, 0.80 against 0.95.
    /// </summary>
    internal const double ConfidenceTemper = 0.5;

    /// <summary>The draft's beads this sure measure the pair's length ratio again, at most <see cref="RatioPasses"/> times.</summary>
    private const double RatioConfidence = 0.8;

    private const int RatioPasses = 2;

    /// <summary>
    /// Ratios closer than this (a share) to the one in use are not worth a new draft: on complete translations the
    /// whole pair's ratio and that of its confident beads differ by a few percent.
    /// </summary>
    private const double RatioTolerance = 0.15;

    /// <summary>
    /// A whole pair's ratio this far (a share) from the usual one is suspect: complete translations of every kind in
    /// the corpora lie within a fifth of it, and one that leaves a third of the text out lies beyond.
    /// </summary>
    private const double UnusualRatio = 0.3;

    /// <summary>
    /// What a sentence left unpaired right after another of its side costs the draft less, in nats, when the whole
    /// pair's length ratio says that a long stretch is missing (<see cref="UnusualRatio"/>): the default priors charge
    /// every unpaired sentence 4.8 nats on its own, so a pair of one sentence with two came cheaper than a pair and a
    /// sentence left out, and a draft of a translation missing half its text spread the sentences that have a
    /// counterpart across the gap in pairs of one with two. Three nats (a run then continues at 1.8) gave the edited
    /// inputs of <c>--edited-quality</c> the most; two helped less, four and five lost on the story and the feature
    /// with a middle third missing. Only the draft has it: the later passes price unpaired sentences from the draft's own shapes, which
    /// on such a pair are already cheap, and a discount on top left paired text out.
    /// </summary>
    private const double DraftRunDiscount = 3.0;

    /// <summary>
    /// What the realigning pass charges, in nats, for a sentence left unpaired right after one of the other side was:
    /// a translator seldom leaves a sentence out just where another is added, so such neighbours are nearly always a
    /// pair whose evidence the first word model, trained on the draft, did not know (a free translation's words), and
    /// priors adapted to a pair with long stretches unpaired made leaving both out look cheaper than pairing them.
    /// Only that pass has it: its beads train the second word model, which then learns the pair's words. Four nats
    /// and six did alike on <c>--edited-quality</c>, two and three helped less; in the last round too, it cost the
    /// letter a bead. <see cref="StrayBeads"/> charges it too, for a rematch that would break a bead in line so.
    /// </summary>
    internal const double UnseenPairPenalty = 4.0;

    private const double CoarseSkip = 2.0;

    private const double CoarseMerge = 0.5;

    private const double CoarseSimilarity = 4.0;

    /// <summary>
    /// The draft pass, which only finds the corridor and the beads that teach the word model, pairs at most two
    /// sentences with one; every shape is searched once the word model is there.
    /// </summary>
    private static readonly BeadType[] DraftTypes = [new(1, 1), new(1, 2), new(2, 1), new(1, 0), new(0, 1)];

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
        IReadOnlyList<AlignmentRegion> regions = Options.UseStructure
            ? StructureAligner.Regions(source, target, features)
            : [WholeDocument(source, target)];

        BeadScorer Scorer(PairFeatures features, LengthModel lengths, BeadPriors priors, LexicalEvidence? lexical) => new(features, lengths, priors, lexical) { Plugged = (Options.Scorers, source, target) };
        List<LatticeBead>[] DraftWith(PairFeatures features, double runDiscount) => Draft(regions, Scorer(features, LengthModel.Estimate(AnchoredLengths(regions, features)), BeadPriors.Default, lexical: null), runDiscount);
        (features, var paths, var ratioError) = MeasureRatio(regions, features, DraftWith);
        var lengths = LengthModel.Estimate(AnchoredLengths(regions, features));
        if (!regions.Any(r => r.Anchored))
        {
            // Without structure, the draft's confident one-to-one beads are the best sample of the pair's variance.
            lengths = LengthModel.Estimate(ConfidentLengths(Beads(regions, paths), features), lengths.Variance);
        }

        lengths = lengths.AllowingForRatioError(ratioError);

        if (!Options.UseLexicalModel)
        {
            // Every shape, searched once around the draft; its in-line one-to-one beads are as much surer than their
            // posteriors as the word model's are.
            var searched = Order(Beads(regions, Realign(regions, Scorer(features, lengths, BeadPriors.Default, lexical: null), paths)));
            return WithEvidence(new Bitext(source, target, InLineOdds.Raise(searched, new HashSet<Bead>())), features);
        }

        // Train, realign, retrain on the better beads, realign where still unsure: the second model fixes what the
        // first got wrong.
        var beads = Beads(regions, paths);
        var scorer = Scorer(features, lengths, BeadPriors.Default.AdaptedTo(beads), LexicalEvidence.Train(features, beads, TrainingConfidence));
        paths = Realign(regions, scorer, paths);
        beads = Beads(regions, paths);
        scorer = Scorer(features, lengths, BeadPriors.Default.AdaptedTo(beads), LexicalEvidence.TrainWithoutChineseHapaxes(features, beads, TrainingConfidence));
        paths = Refine(regions, scorer, paths);
        (regions, paths) = SeparateMoves(regions, paths, scorer);
        var echoed = EchoedSentences.Split(Order(Beads(regions, paths)), scorer);
        var moved = MovedSentences.Pair(SwappedNeighbours.Cross(echoed, scorer), scorer);
        var rematched = Order(TradedPartners.Trade(StrayBeads.Rematch(moved, scorer), scorer));
        var paired = Orphans.Pair(rematched, scorer);
        var raised = ManyOdds.Recalibrate(InLineOdds.Raise(paired, paired.Except(rematched).ToHashSet()), scorer);
        return WithEvidence(new Bitext(source, target, MovedOdds.Recalibrate(UnpairedOdds.Recalibrate(raised))), features);
    }

    /// <summary>
    /// <paramref name="bitext"/> with which of its beads share evidence, by which <see cref="PairVerdict"/> tells a
    /// translation from two documents paired by position; recorded only where a translation's beads are expected to
    /// share it: a general dictionary between Chinese and English (a glossary of a few hundred terms explains few beads).
    /// </summary>
    private Bitext WithEvidence(Bitext bitext, PairFeatures features) =>
        Options.Lexicon.IsGeneral && bitext.Source.Language.IsChinese != bitext.Target.Language.IsChinese
            ? bitext.WithBeadEvidence(BeadEvidence.Of(bitext.Beads, features))
            : bitext;

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

    /// <summary>The draft: every region searched coarse to fine, with the draft's shapes.</summary>
    private static List<LatticeBead>[] Draft(IReadOnlyList<AlignmentRegion> regions, BeadScorer scorer, double runDiscount)
    {
        var settings = new SearchSettings(SentenceHalfWidth, CoarseHalfWidth, scorer.Lengths.Variance, CoarseSkip, CoarseMerge, CoarseSimilarity);
        return [.. regions.Select(region => CoarseToFine.Solve(
            Summaries(region.Source, scorer, source: true),
            Summaries(region.Target, scorer, source: false),
            DraftTypes,
            [MethodImpl(HotLoop.Optimised)] (s, t, a, b) => scorer.Cost(region, s, t, a, b),
            settings,
            posteriors: true,
            ConfidenceTemper,
            runDiscount).Beads.ToList())];
    }

    /// <summary>
    /// The draft, made with the pair's Han-character length ratio checked: the whole pair's ratio is wrong for a
    /// translation that leaves a long stretch out (off by as much as the share left out), and a draft made with it
    /// pairs sentences two to one to make up. Where that ratio lies far from the usual one, a draft with the usual
    /// ratio is made too, and the one that pairs more sentences confidently kept; then the ratio is measured again on
    /// the kept draft's confident pairs and, where it moved, the draft is made anew.
    /// </summary>
    /// <returns>
    /// The features with the ratio kept, their draft, and how far off (a share, as a logarithm) that ratio may be:
    /// as far as the whole pair's ratio or the kept draft's confident pairs say otherwise, but no further than
    /// <see cref="UnusualRatio"/>. On a complete translation all three agree within a few percent. On an edited one
    /// they part, and none is sure: the confident pairs are a sample the edits skewed (the feature's measure 3.3 where
    /// its gold says 3.1). Beyond <see cref="UnusualRatio"/> the whole pair's ratio says that a stretch was left out,
    /// which the unpaired sentences account for, not that the ratio is that uncertain: allowed for in full, it took
    /// the length evidence away from translations missing half their text.
    /// </returns>
    private static (PairFeatures Features, List<LatticeBead>[] Paths, double RatioError) MeasureRatio(
        IReadOnlyList<AlignmentRegion> regions, PairFeatures features, Func<PairFeatures, double, List<LatticeBead>[]> draft)
    {
        var wholePair = features.HanRatio;
        var runDiscount = Far(wholePair, PairFeatures.DefaultHanRatio, UnusualRatio) ? DraftRunDiscount : 0;
        var paths = draft(features, runDiscount);
        if (Far(features.HanRatio, PairFeatures.DefaultHanRatio, UnusualRatio))
        {
            var usual = features.WithHanRatio(PairFeatures.DefaultHanRatio);
            var usualPaths = draft(usual, runDiscount);
            if (ConfidentlyPaired(regions, usualPaths) > ConfidentlyPaired(regions, paths))
            {
                (features, paths) = (usual, usualPaths);
            }
        }

        for (var pass = 0; ; pass++)
        {
            var measured = features.HanRatioOf(Beads(regions, paths).Where(b => b.Confidence >= RatioConfidence));
            if (measured is null || pass == RatioPasses || !Far(measured.Value, features.HanRatio, RatioTolerance))
            {
                var disagreement = Math.Max(Distance(features.HanRatio, wholePair), measured is { } m ? Distance(m, features.HanRatio) : 0);
                return (features, paths, Math.Min(disagreement, Math.Log(1 + UnusualRatio)));
            }

            features = features.WithHanRatio(measured.Value);
            paths = draft(features, runDiscount);
        }
    }

    private static bool Far(double ratio, double from, double tolerance) => Distance(ratio, from) > Math.Log(1 + tolerance);

    private static double Distance(double ratio, double from) => Math.Abs(Math.Log(ratio / from));

    private static int ConfidentlyPaired(IReadOnlyList<AlignmentRegion> regions, List<LatticeBead>[] paths) =>
        Beads(regions, paths).Where(b => !b.Type.IsDeletionOrInsertion && b.Confidence >= RatioConfidence).Sum(b => b.Source.Count + b.Target.Count);

    /// <summary>Every region searched again in a corridor around the earlier path, which is far more precise than any coarse path.</summary>
    private static List<LatticeBead>[] Realign(IReadOnlyList<AlignmentRegion> regions, BeadScorer scorer, List<LatticeBead>[] earlier)
    {
        var types = BeadPriors.Default.Types;
        return [.. regions.Select((region, r) =>
        {
            [MethodImpl(HotLoop.Optimised)]
            double Cost(int s, int t, int a, int b) => scorer.Cost(region, s, t, a, b);
            var center = PathDiagonal(earlier[r], region.Source.Length, region.Target.Length);
            var anchors = OffPathAnchors.Find(earlier[r], center, Cost);
            var corridor = Corridor.Around(center, region.Target.Length, PathHalfWidth, anchors, OffPathAnchors.Window);
            var path = BeadLattice.Solve(corridor, types, Cost, posteriors: true, ConfidenceTemper).Beads;

            // Searched again with the penalty only where the path has such neighbours: it takes three states a cell,
            // which on every input would cost time that most paths, having none, do not need.
            return LeavesPairUnseen(path)
                ? BeadLattice.Solve(corridor, types, Cost, posteriors: true, ConfidenceTemper, substitution: UnseenPairPenalty).Beads.ToList()
                : path.ToList();
        })];
    }

    /// <summary>Whether the path leaves a sentence unpaired right next to one of the other side left unpaired.</summary>
    private static bool LeavesPairUnseen(IReadOnlyList<LatticeBead> path)
    {
        for (var x = 1; x < path.Count; x++)
        {
            var (before, bead) = (path[x - 1], path[x]);
            if (Unpaired(before) && Unpaired(bead) && (before.SourceCount == 0) != (bead.SourceCount == 0))
            {
                return true;
            }
        }

        return false;

        static bool Unpaired(LatticeBead bead) => (bead.SourceCount == 0) != (bead.TargetCount == 0);
    }

    /// <summary>
    /// Every region searched again only around its unsettled beads: each run of beads within <see cref="UnsettledReach"/>
    /// of a bead less sure than <see cref="SettledConfidence"/> is aligned anew between the settled beads on either side.
    /// </summary>
    private static List<LatticeBead>[] Refine(IReadOnlyList<AlignmentRegion> regions, BeadScorer scorer, List<LatticeBead>[] earlier)
    {
        var types = BeadPriors.Default.Types;
        var refined = new List<LatticeBead>[regions.Count];
        for (var r = 0; r < regions.Count; r++)
        {
            var (region, path) = (regions[r], earlier[r]);
            var result = new List<LatticeBead>(path.Count);
            for (var x = 0; x < path.Count;)
            {
                var unsettled = x;
                while (unsettled < path.Count && path[unsettled].Posterior >= SettledConfidence)
                {
                    unsettled++;
                }

                // Settled beads before the window stay as they are.
                var from = unsettled == path.Count ? path.Count : Math.Max(x, unsettled - UnsettledReach);
                result.AddRange(path.GetRange(x, from - x));
                if (from == path.Count)
                {
                    break;
                }

                // The window ends once UnsettledReach settled beads in a row follow its last unsettled one.
                var to = unsettled;
                for (var settled = 0; to < path.Count && settled < UnsettledReach; to++)
                {
                    settled = path[to].Posterior >= SettledConfidence ? settled + 1 : 0;
                }

                result.AddRange(RealignWindow(region, scorer, types, path, from, to));
                x = to;
            }

            refined[r] = result;
        }

        return refined;
    }

    /// <summary>Beads [<paramref name="from"/>, <paramref name="to"/>) of a region's path aligned anew, with the beads around them fixed.</summary>
    private static IEnumerable<LatticeBead> RealignWindow(AlignmentRegion region, BeadScorer scorer, IReadOnlyList<BeadType> types, List<LatticeBead> path, int from, int to)
    {
        var (first, last) = (path[from], path[to - 1]);
        var (sourceStart, targetStart) = (first.SourceStart, first.TargetStart);
        var (sourceEnd, targetEnd) = (last.SourceStart + last.SourceCount, last.TargetStart + last.TargetCount);
        var window = new AlignmentRegion(region.Source[sourceStart..sourceEnd], region.Target[targetStart..targetEnd], region.Anchored);
        var center = PathDiagonal(path.GetRange(from, to - from), sourceEnd - sourceStart, targetEnd - targetStart, sourceStart, targetStart);
        var solved = BeadLattice.Solve(
            Corridor.Around(center, targetEnd - targetStart, PathHalfWidth),
            types,
            [MethodImpl(HotLoop.Optimised)] (s, t, a, b) => scorer.Cost(window, s, t, a, b),
            posteriors: true,
            ConfidenceTemper);
        return solved.Beads.Select(b => b with { SourceStart = b.SourceStart + sourceStart, TargetStart = b.TargetStart + targetStart });
    }

    /// <summary>Every region without the passages that moved, and each moved passage as a region of its own (see <see cref="MovedPassages"/>).</summary>
    private static (AlignmentRegion[] Regions, List<LatticeBead>[] Paths) SeparateMoves(IReadOnlyList<AlignmentRegion> regions, List<LatticeBead>[] paths, BeadScorer scorer)
    {
        var separated = regions.SelectMany((region, r) => MovedPassages.Separate(region, paths[r], scorer, ConfidenceTemper)).ToList();
        return ([.. separated.Select(x => x.Region)], [.. separated.Select(x => x.Path)]);
    }

    /// <summary>
    /// The earlier path through a stretch of <paramref name="sourceCount"/> × <paramref name="targetCount"/> sentences,
    /// as the target position it passes at every source position (the path's positions offset by the stretch's start).
    /// </summary>
    private static int[] PathDiagonal(IReadOnlyList<LatticeBead> path, int sourceCount, int targetCount, int sourceOffset = 0, int targetOffset = 0)
    {
        var center = new int[sourceCount + 1];
        foreach (var bead in path)
        {
            for (var k = bead.SourceStart; k < bead.SourceStart + bead.SourceCount; k++)
            {
                center[k - sourceOffset] = bead.TargetStart - targetOffset;
            }
        }

        center[^1] = targetCount;
        return center;
    }

    private static UnitSummaries Summaries(int[] sentences, BeadScorer scorer, bool source)
    {
        var side = source ? scorer.Features.Source : scorer.Features.Target;
        return UnitSummaries.OfSentences(
            [.. sentences.Select(i => scorer.Features.Length(side[i]))],
            [.. sentences.Select(i => scorer.EvidenceTokens(i, source))]);
    }

    /// <summary>The regions' paths as beads of global sentence spans.</summary>
    private static List<Bead> Beads(IReadOnlyList<AlignmentRegion> regions, List<LatticeBead>[] paths)
    {
        var beads = new List<Bead>();
        for (var r = 0; r < regions.Count; r++)
        {
            foreach (var step in paths[r])
            {
                beads.Add(new Bead(
                    Span(regions[r].Source, step.SourceStart, step.SourceCount, regions[r].SourceOrder),
                    Span(regions[r].Target, step.TargetStart, step.TargetCount, 0),
                    step.Posterior));
            }
        }

        return beads;
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

    private static List<(double, double)> AnchoredLengths(IReadOnlyList<AlignmentRegion> regions, PairFeatures features) =>
        regions
            .Where(r => r.Anchored && r.AnchorSentences.Source > 0 && r.AnchorSentences.Target > 0)
            .Select(r => (r.Source[..r.AnchorSentences.Source].Sum(i => features.Length(features.Source[i])), r.Target[..r.AnchorSentences.Target].Sum(i => features.Length(features.Target[i]))))
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
