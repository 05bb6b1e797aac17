using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Collects the ids of matching units in index order (asked for, so no sort is needed), up to a limit: past it the
/// search is ended with the exception Lucene provides for that, for the current segment and every later one.
/// </summary>
internal sealed class UnitCollector(int limit) : ICollector
{
    private int docBase;

    public List<int> Units { get; } = [];

    /// <summary>True when more units matched than were collected.</summary>
    public bool Stopped { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

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
    }

    public void Collect(int doc)
    {
        if (Units.Count >= limit)
        {
            Stopped = true;
            throw new CollectionTerminatedException();
        }

        Units.Add(docBase + doc);
    }
}
