using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>Answers whether a unit's identity (<see cref="IndexSchema.PairKey"/>) is already in a committed index.</summary>
internal sealed class KnownPairs
{
    private readonly List<(TermsEnum Terms, IBits? LiveDocs)> segments = [];
    private DocsEnum? docs;

    public KnownPairs(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Pair);
            if (terms is not null)
            {
                segments.Add((terms.GetEnumerator(), leaf.AtomicReader.LiveDocs));
            }
        }
    }

    public bool Contains(string pairKey)
    {
        if (segments.Count == 0)
        {
            return false;
        }

        var term = new BytesRef(pairKey);
        foreach (var (terms, liveDocs) in segments)
        {
            // A deleted unit's term lingers until its segment is merged away: only a live document counts.
            if (terms.SeekExact(term))
            {
                docs = terms.Docs(liveDocs, docs, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
