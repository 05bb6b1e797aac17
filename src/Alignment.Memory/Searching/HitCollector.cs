using Alignment.Memory.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Counts every concordance hit and every distinct one, and keeps the distinct hits of one page, in stored order.
/// Units that read the same as one stored before them are marked as copies at indexing (<see cref="IndexSchema.Copy"/>),
/// so a hit costs one doc-values read: no text, no score, no grouping, even for a phrase in half the memory.
/// </summary>
internal sealed class HitCollector(int pageStart, int pageSize) : ICollector
{
    private readonly List<int> page = new(pageSize);
    private NumericDocValues? copies;
    private int docBase;

    // In order, so that "distinct hit number n" means the same on every page.
    public bool AcceptsDocsOutOfOrder => false;

    public int HitCount { get; private set; }

    public int DistinctCount { get; private set; }

    /// <summary>The first units of the page's distinct hits.</summary>
    public IReadOnlyList<int> Page => page;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        copies = context.AtomicReader.GetNumericDocValues(IndexSchema.Copy);
    }

    public void Collect(int doc)
    {
        HitCount++;
        if (copies?.Get(doc) == 1)
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
