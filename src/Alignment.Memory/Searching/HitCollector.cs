using Alignment.Memory.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Collects every concordance hit grouped by <see cref="IndexSchema.Duplicate"/>, reading only a doc-values number
/// per hit, so that de-duplicating even a very frequent term never loads stored text.
/// </summary>
internal sealed class HitCollector : ICollector
{
    private readonly Dictionary<long, HitGroup> groups = [];
    private Scorer? scorer;
    private NumericDocValues? duplicates;
    private int docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public int HitCount { get; private set; }

    /// <summary>The groups, best first: highest score, then earliest indexed.</summary>
    public List<HitGroup> Groups()
    {
        var list = groups.Values.ToList();
        list.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Document.CompareTo(b.Document));
        return list;
    }

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        duplicates = context.AtomicReader.GetNumericDocValues(IndexSchema.Duplicate);
    }

    public void Collect(int doc)
    {
        HitCount++;
        var document = docBase + doc;
        var key = duplicates?.Get(doc) ?? document;
        var score = scorer!.GetScore();
        if (groups.TryGetValue(key, out var group))
        {
            var better = score > group.Score || (score == group.Score && document < group.Document);
            groups[key] = better ? new HitGroup(document, score, group.Count + 1) : group with { Count = group.Count + 1 };
        }
        else
        {
            groups.Add(key, new HitGroup(document, score, 1));
        }
    }

    /// <summary>Hits that read the same: the one shown, its score and how many there are.</summary>
    internal readonly record struct HitGroup(int Document, float Score, int Count);
}
