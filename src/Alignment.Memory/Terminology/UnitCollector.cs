using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Terminology;

/// <summary>Collects the ids of every matching unit, in index order; scores are not needed.</summary>
internal sealed class UnitCollector : ICollector
{
    private int docBase;

    public List<int> Units { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

    public void Collect(int doc) => Units.Add(docBase + doc);
}
