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

    /// <summary>Cuts the pair into anchored regions and the gaps between them.</summary>
    public static IReadOnlyList<AlignmentRegion> Regions(SegmentedDocument source, SegmentedDocument target, PairFeatures features)
    {
        var sourceKeys = BlockKeys.Of(source.Document);
        var targetKeys = BlockKeys.Of(target.Document);
        var lengths = new LengthModel(LengthModel.DefaultVariance);
        var sourceBlocks = BlockSummaries(source, features.Source, features);
        var targetBlocks = BlockSummaries(target, features.Target, features);

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

        var anchors = AnchorPairs(sourceFlow, targetFlow, sourceBlocks, targetBlocks, Agreement);
        var regions = new List<AlignmentRegion>();
        int previousSource = 0, previousTarget = 0;
        foreach (var (s, t) in anchors.Append((sourceFlow.Length, targetFlow.Length)))
        {
            AddRegion(regions, source, target, sourceFlow[previousSource..s], targetFlow[previousTarget..t], anchored: false);
            if (s < sourceFlow.Length)
            {
                AddRegion(regions, source, target, [sourceFlow[s]], [targetFlow[t]], anchored: true);
            }

            (previousSource, previousTarget) = (s + 1, t + 1);
        }

        foreach (var (s, t) in footnotePairs)
        {
            AddRegion(regions, source, target, [s], [t], anchored: true);
        }

        return regions;
    }

    /// <summary>A weighted longest common subsequence over the block flows, banded like the sentence lattice.</summary>
    private static List<(int Source, int Target)> AnchorPairs(
        int[] sourceFlow,
        int[] targetFlow,
        BlockSummary[] sourceBlocks,
        BlockSummary[] targetBlocks,
        Func<int, int, double> agreement)
    {
        double Cost(int s, int t, int a, int b) =>
            a == 1 && b == 1 ? (agreement(sourceFlow[s], targetFlow[t]) is var w && w > 0 ? -w : double.PositiveInfinity) : 0;

        var center = Diagonal(
            sourceFlow.Select(i => sourceBlocks[i].Length).ToArray(),
            targetFlow.Select(i => targetBlocks[i].Length).ToArray());
        var path = SolveWidening(sourceFlow.Length, targetFlow.Length, BlockMoves, Cost, center, posteriors: false);
        return path.Beads.Where(b => b.SourceCount == 1 && b.TargetCount == 1).Select(b => (b.SourceStart, b.TargetStart)).ToList();
    }

    /// <summary>Solves in a band that starts narrow and doubles while the best path runs along its edge.</summary>
    internal static LatticePath SolveWidening(
        int n, int m, IReadOnlyList<BeadType> types, BeadLattice.CostFunction cost, int[] center, bool posteriors, int initialHalfWidth = 24)
    {
        const int FullBelow = 60;
        var halfWidth = Math.Max(n, m) <= FullBelow ? Math.Max(n, m) : initialHalfWidth;
        while (true)
        {
            var path = BeadLattice.Solve(n, m, types, cost, center, halfWidth, posteriors);
            if (!path.TouchedBandEdge || halfWidth >= Math.Max(n, m))
            {
                return path;
            }

            halfWidth *= 2;
        }
    }

    /// <summary>The expected target position for every source position: where the cumulative lengths agree.</summary>
    internal static int[] Diagonal(double[] sourceLengths, double[] targetLengths)
    {
        var n = sourceLengths.Length;
        var m = targetLengths.Length;
        var center = new int[n + 1];
        double sourceTotal = Math.Max(sourceLengths.Sum(), 1), targetTotal = Math.Max(targetLengths.Sum(), 1);
        double sourceSoFar = 0, targetSoFar = 0;
        var j = 0;
        for (var i = 0; i <= n; i++)
        {
            var goal = sourceSoFar / sourceTotal * targetTotal;
            while (j < m && targetSoFar + (targetLengths[j] / 2) < goal)
            {
                targetSoFar += targetLengths[j];
                j++;
            }

            center[i] = j;
            if (i < n)
            {
                sourceSoFar += sourceLengths[i];
            }
        }

        center[n] = m;
        return center;
    }

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
        regions.Add(new AlignmentRegion(s, t, anchored) { SourceOrder = order });
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

    private static BlockSummary[] BlockSummaries(SegmentedDocument document, SentenceFeatures[] sentences, PairFeatures features)
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
            summaries[b] = new BlockSummary(length, [.. invariants]);
        }

        return summaries;
    }

    private sealed record BlockSummary(double Length, int[] Invariants);
}
