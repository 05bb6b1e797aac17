using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Bead costs remembered by the global sentences they pair, for a search that prices the same beads again in
/// regions that differ a little (<see cref="MovedPassages"/> tries a passage wider and wider, and every trial aligns
/// again the same stretch around it). <see cref="BeadScorer.Cost"/> depends on a region only through which global
/// sentences a bead holds, so a cost found in one such region holds in the others. Holds what one search priced: make
/// one per search, not per alignment. Not thread-safe.
/// </summary>
internal sealed class RememberedCosts(BeadScorer scorer)
{
    private readonly Dictionary<long, double> costs = [];

    /// <summary>As <see cref="BeadScorer.Cost"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Cost(AlignmentRegion region, int sourceStart, int targetStart, int sourceCount, int targetCount)
    {
        // A bead over a gap in the region is forbidden there, but its first sentence and counts name a bead that is
        // allowed in a region without the gap: such beads are priced, not looked up.
        if (!Consecutive(region.Source, sourceStart, sourceCount) || !Consecutive(region.Target, targetStart, targetCount))
        {
            return double.PositiveInfinity;
        }

        var source = sourceCount == 0 ? 0L : region.Source[sourceStart];
        var target = targetCount == 0 ? 0L : region.Target[targetStart];
        var key = (((source << 28) | target) << 8) | ((long)sourceCount << 4) | (long)targetCount;
        if (!costs.TryGetValue(key, out var cost))
        {
            cost = scorer.Cost(region, sourceStart, targetStart, sourceCount, targetCount);
            costs.Add(key, cost);
        }

        return cost;
    }

    private static bool Consecutive(int[] indices, int start, int count) =>
        count <= 1 || indices[start + count - 1] - indices[start] == count - 1;
}
