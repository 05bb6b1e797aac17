using Alignment.Memory.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Counts concordance hits and distinct ones, and keeps the distinct hits of one page, in stored order. Counting
/// stops at the first distinct hit past both the count limit and the page (<see cref="Stopped"/>): the search is
/// then ended by the exception Lucene provides for it, thrown for the current segment and every later one.
/// Units that read the same as one stored before them are marked as copies at indexing (<see cref="IndexSchema.Copy"/>),
/// so a hit costs one doc-values read: no text, no score, no grouping, even for a phrase in half the memory.
/// </summary>
internal sealed class HitCollector(int pageStart, int pageSize, int countLimit) : ICollector
{
    private readonly long counted = Math.Max(countLimit, (long)pageStart + pageSize);
    private readonly List<int> page = new(pageSize);
    private NumericDocValues? copies;
    private int docBase;

    // In order, so that "distinct hit number n" means the same on every page.
    public bool AcceptsDocsOutOfOrder => false;

    public int HitCount { get; private set; }

    public int DistinctCount { get; private set; }

    /// <summary>True when counting stopped with hits left uncounted.</summary>
    public bool Stopped { get; private set; }

    /// <summary>The first units of the page's distinct hits.</summary>
    public IReadOnlyList<int> Page => page;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        if (Stopped)
        {
            throw new CollectionTerminatedException();
        }

        docBase = context.DocBase;
        copies = context.AtomicReader.GetNumericDocValues(IndexSchema.Copy);
    }

    public void Collect(int doc)
    {
        var copy = copies?.Get(doc) == 1;
        if (!copy && DistinctCount >= counted)
        {
            Stopped = true;
            throw new CollectionTerminatedException();
        }

        HitCount++;
        if (copy)
        {
            return;
        }

        if (DistinctCount >= pageStart && page.Count < pageSize)
        {
            page.Add(docBase + doc);
        }

        DistinctCount++;
    }
}
