using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Keeps the best-ranked prefilter hits, skipping unread every unit whose length alone keeps it below the minimum
/// score (an edit distance is at least the difference in length).
/// </summary>
internal sealed class CandidateCollector(int capacity, string lengthField, Func<int, int> ceiling, int minimumScore) : ICollector
{
    private readonly PriorityQueue<int, float> best = new(capacity + 1);
    private Scorer? scorer;
    private NumericDocValues? lengths;
    private int docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public IEnumerable<int> Documents => best.UnorderedItems.Select(item => item.Element);

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        docBase = context.DocBase;
        lengths = context.AtomicReader.GetNumericDocValues(lengthField);
    }

    public void Collect(int doc)
    {
        if (lengths is not null && ceiling((int)lengths.Get(doc)) < minimumScore)
        {
            return;
        }

        var score = scorer!.GetScore();
        if (best.Count < capacity)
        {
            best.Enqueue(docBase + doc, score);
        }
        else if (best.TryPeek(out _, out var lowest) && score > lowest)
        {
            best.EnqueueDequeue(docBase + doc, score);
        }
    }
}
