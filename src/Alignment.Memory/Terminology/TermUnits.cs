using Lucene.Net.Search;

namespace Alignment.Memory.Terminology;

/// <summary>
/// The units that hold a term: how many, and an evenly spread sample of them (so that the sample of a frequent term
/// covers the whole memory, not its start). Up to a limit they are counted one by one. A term in a large share of a
/// big memory would cost a long walk through positions for a number that ranks nothing: past the limit the sample
/// is taken by skipping through the memory, and the rest is estimated from how far each skip had to go.
/// </summary>
internal sealed record TermUnits(List<int> Sample, int Count, bool CountIsExact)
{
    public static TermUnits Find(IndexSearcher searcher, Query query, int sampleSize, int countLimit)
    {
        var collector = new UnitCollector(countLimit);
        searcher.Search(query, collector);
        var counted = collector.Units;
        if (!collector.Stopped)
        {
            return new TermUnits(Spread(counted, sampleSize), counted.Count, CountIsExact: true);
        }

        var maxDoc = searcher.IndexReader.MaxDoc;
        var countedUpTo = counted[^1];
        var sample = new List<int>(sampleSize);
        var skips = new Skipper(searcher, query);
        long skipped = 0, found = 0;
        for (var i = 0; i < sampleSize; i++)
        {
            var target = (int)((long)i * maxDoc / sampleSize);
            int unit;
            if (target <= countedUpTo)
            {
                var at = counted.BinarySearch(target);
                unit = counted[at < 0 ? ~at : at];
            }
            else if ((unit = skips.NextFrom(target)) == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }
            else if (sample.Count == 0 || sample[^1] != unit)
            {
                // Measured from where the search could first have found a new unit, so that close targets landing
                // on the same unit do not count its run twice.
                skipped += unit - Math.Max(target, sample.Count == 0 ? 0 : sample[^1] + 1);
                found++;
            }

            if (sample.Count == 0 || sample[^1] != unit)
            {
                sample.Add(unit);
            }
        }

        // Each skip passes a run of units without the term: a run of mean length m means one unit in m + 1 holds it.
        var share = found == 0 ? 0 : found / (double)(found + skipped);
        var rest = maxDoc - countedUpTo - 1;
        return new TermUnits(sample, counted.Count + (int)Math.Round(share * rest), CountIsExact: false);
    }

    /// <summary>Evenly spread units, so that a sample of a frequent term covers the whole memory and not its start.</summary>
    private static List<int> Spread(List<int> units, int size)
    {
        if (units.Count <= size)
        {
            return units;
        }

        return [.. Enumerable.Range(0, size).Select(i => units[(int)((long)i * units.Count / size)])];
    }

    /// <summary>Finds the first matching unit at or after a position, for positions given in increasing order.</summary>
    private sealed class Skipper(IndexSearcher searcher, Query query)
    {
        private readonly Weight weight = searcher.CreateNormalizedWeight(query);
        private readonly IList<Lucene.Net.Index.AtomicReaderContext> leaves = searcher.IndexReader.Leaves;
        private int leaf = -1;
        private Scorer? scorer;

        public int NextFrom(int target)
        {
            for (; leaf < leaves.Count; OpenLeaf(leaf + 1))
            {
                if (leaf < 0 || scorer is null || target >= leaves[leaf].DocBase + leaves[leaf].AtomicReader.MaxDoc)
                {
                    continue;
                }

                var local = Math.Max(target - leaves[leaf].DocBase, 0);
                var doc = scorer.DocID >= local ? scorer.DocID : scorer.Advance(local);
                if (doc != DocIdSetIterator.NO_MORE_DOCS)
                {
                    return leaves[leaf].DocBase + doc;
                }
            }

            return DocIdSetIterator.NO_MORE_DOCS;
        }

        private void OpenLeaf(int index)
        {
            leaf = index;
            scorer = index < leaves.Count ? weight.GetScorer(leaves[index], leaves[index].AtomicReader.LiveDocs) : null;
        }
    }
}
