using System.Runtime.CompilerServices;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Pairs blocks of the two documents by their structure — paragraph numbers, list letters, heading numerals,
/// footnote markers — and cuts the documents into regions that the sentence aligner then handles one by one.
/// Numbers are evidence, not gospel: a pair of blocks with equal keys becomes an anchor only when its content
/// agrees too (lengths, numbers and names), so a numbering coincidence cannot override what the text says.
/// </summary>
internal static class StructureAligner
{
    /// <summary>What an equal key is worth, in nats, before the content is weighed.</summary>
    private const double KeyAgreement = 8.0;

    private const double MaxContentBonus = 10.0;

    private static readonly BeadType[] BlockMoves = [new(1, 1), new(1, 0), new(0, 1)];

    /// <summary>Blocks searched on either side of the coarse path; a coarse unit is a run of blocks.</summary>
    private static readonly SearchSettings Search = new(
        SentenceHalfWidth: 8, CoarseHalfWidth: 3, LengthModel.DefaultVariance, CoarseSkip: 2.0, CoarseMerge: 0.5, CoarseSimilarity: 4.0);

    /// <summary>Cuts the pair into anchored regions and the gaps between them.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public static IReadOnlyList<AlignmentRegion> Regions(SegmentedDocument source, SegmentedDocument target, PairFeatures features)
    {
        var sourceKeys = BlockKeys.Of(source.Document);
        var targetKeys = BlockKeys.Of(target.Document);
        var lengths = new LengthModel(LengthModel.DefaultVariance);
        var keyIds = new Vocabulary();
        var sourceBlocks = BlockSummaries(source, features.Source, features, sourceKeys, keyIds);
        var targetBlocks = BlockSummaries(target, features.Target, features, targetKeys, keyIds);

        double Agreement(int s, int t)
        {
            if (sourceKeys[s].Length == 0 || sourceKeys[s] != targetKeys[t])
            {
                return double.NegativeInfinity;
            }

            var (sourceBlock, targetBlock) = (sourceBlocks[s], targetBlocks[t]);
            var (matched, unmatched) = BeadScorer.MultisetOverlap(sourceBlock.Invariants, targetBlock.Invariants);
            var content = Math.Clamp((BeadScorer.InvariantMatch * matched) - (BeadScorer.InvariantMismatch * unmatched), -MaxContentBonus, MaxContentBonus);
            return KeyAgreement + content - lengths.Cost(sourceBlock.Length, targetBlock.Length);
        }

        // Footnotes float: the page decides where they land, so they are paired by marker, outside the main flow.
        // Documents that restart their numbering repeat markers; the n-th footnote ² pairs with the n-th.
        var footnotePairs = new List<(int Source, int Target)>();
        var targetFootnotes = target.Document.Blocks
            .Where(b => b.Kind == BlockKind.Footnote)
            .GroupBy(b => targetKeys[b.Index])
            .ToDictionary(g => g.Key, g => new Queue<int>(g.Select(b => b.Index)));
        foreach (var block in source.Document.Blocks.Where(b => b.Kind == BlockKind.Footnote))
        {
            if (targetFootnotes.TryGetValue(sourceKeys[block.Index], out var candidates) && candidates.TryDequeue(out var t) && Agreement(block.Index, t) > 0)
            {
                footnotePairs.Add((block.Index, t));
            }
        }

        var pairedSource = footnotePairs.Select(p => p.Source).ToHashSet();
        var pairedTarget = footnotePairs.Select(p => p.Target).ToHashSet();
        var sourceFlow = source.Document.Blocks.Select(b => b.Index).Where(i => !pairedSource.Contains(i)).ToArray();
        var targetFlow = target.Document.Blocks.Select(b => b.Index).Where(i => !pairedTarget.Contains(i)).ToArray();

        // An anchor fixes where its pair of blocks starts, not where it ends: a reader may join an unlabelled paragraph
        // to the labelled one before it on one side only (a closing line set without a gap after the last numbered
        // paragraph), so the blocks up to the next anchor are aligned in one region with the anchored pair.
        var anchors = AnchorPairs(sourceFlow, targetFlow, sourceBlocks, targetBlocks, Agreement);
        List<(int Source, int Target)> ends = [.. anchors.Skip(1), (sourceFlow.Length, targetFlow.Length)];
        var regions = new List<AlignmentRegion>();
        AddRegion(regions, source, target, sourceFlow[..(anchors.Count > 0 ? anchors[0].Source : sourceFlow.Length)], targetFlow[..(anchors.Count > 0 ? anchors[0].Target : targetFlow.Length)], anchored: false);
        for (var a = 0; a < anchors.Count; a++)
        {
            var (s, t) = anchors[a];
            AddRegion(regions, source, target, sourceFlow[s..ends[a].Source], targetFlow[t..ends[a].Target], anchored: true);
        }

        foreach (var (s, t) in footnotePairs)
        {
            AddRegion(regions, source, target, [s], [t], anchored: true);
        }

        return regions;
    }

    /// <summary>A weighted longest common subsequence over the block flows, searched coarse to fine like the sentences.</summary>
    private static List<(int Source, int Target)> AnchorPairs(
        int[] sourceFlow,
        int[] targetFlow,
        BlockSummary[] sourceBlocks,
        BlockSummary[] targetBlocks,
        Func<int, int, double> agreement)
    {
        [MethodImpl(HotLoop.Optimised)]
        double Cost(int s, int t, int a, int b) =>
            a == 1 && b == 1 ? (agreement(sourceFlow[s], targetFlow[t]) is var w && w > 0 ? -w : double.PositiveInfinity) : 0;

        var path = CoarseToFine.Solve(
            Summaries(sourceFlow, sourceBlocks),
            Summaries(targetFlow, targetBlocks),
            BlockMoves,
            Cost,
            Search,
            posteriors: false);
        return path.Beads.Where(b => b.SourceCount == 1 && b.TargetCount == 1).Select(b => (b.SourceStart, b.TargetStart)).ToList();
    }

    private static UnitSummaries Summaries(int[] flow, BlockSummary[] blocks) =>
        UnitSummaries.OfSentences([.. flow.Select(b => blocks[b].Length)], [.. flow.Select(b => blocks[b].Tokens)]);

    /// <summary>
    /// Adds the region of <paramref name="sourceBlocks"/> and <paramref name="targetBlocks"/>; when it is
    /// <paramref name="anchored"/>, its first block on each side is the anchored pair.
    /// </summary>
    private static void AddRegion(List<AlignmentRegion> regions, SegmentedDocument source, SegmentedDocument target, int[] sourceBlocks, int[] targetBlocks, bool anchored)
    {
        var s = sourceBlocks.SelectMany(b => source.SentencesOf(b).Indices).ToArray();
        var t = targetBlocks.SelectMany(b => target.SentencesOf(b).Indices).ToArray();
        if (s.Length == 0 && t.Length == 0)
        {
            return;
        }

        // An empty side sits where the next source sentence would start.
        var order = s.Length > 0 ? s[0] : sourceBlocks.Length > 0 ? source.SentencesOf(sourceBlocks[0]).Start : NextSourcePosition(regions);
        var anchor = anchored ? (source.SentencesOf(sourceBlocks[0]).Count, target.SentencesOf(targetBlocks[0]).Count) : (0, 0);
        regions.Add(new AlignmentRegion(s, t, anchored) { SourceOrder = order, AnchorSentences = anchor });
    }

    private static int NextSourcePosition(List<AlignmentRegion> regions)
    {
        for (var r = regions.Count - 1; r >= 0; r--)
        {
            if (regions[r].Source.Length > 0)
            {
                return regions[r].Source[^1] + 1;
            }
        }

        return 0;
    }

    private static BlockSummary[] BlockSummaries(SegmentedDocument document, SentenceFeatures[] sentences, PairFeatures features, string[] keys, Vocabulary keyIds)
    {
        var summaries = new BlockSummary[document.Document.Blocks.Count];
        for (var b = 0; b < summaries.Length; b++)
        {
            var span = document.SentencesOf(b);
            var length = 0.0;
            var invariants = new List<int>();
            foreach (var i in span.Indices)
            {
                length += features.Length(sentences[i]);
                invariants.AddRange(sentences[i].Invariants);
            }

            invariants.Sort();

            // The coarse search compares runs of blocks by their invariants and their keys.
            int[] tokens = [.. invariants.Select(id => id * 2), .. keys[b].Length > 0 ? [(keyIds.Id(keys[b]) * 2) + 1] : Array.Empty<int>()];
            summaries[b] = new BlockSummary(length, [.. invariants], tokens);
        }

        return summaries;
    }

    private sealed record BlockSummary(double Length, int[] Invariants, int[] Tokens);
}
