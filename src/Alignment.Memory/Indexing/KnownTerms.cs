using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Answers which live units of a committed index hold a term of one field: whether a unit's identity
/// (<see cref="IndexSchema.PairKey"/>) is stored already, how many units read like it (<see cref="IndexSchema.Duplicate"/>).
/// </summary>
internal sealed class KnownTerms
{
    private readonly List<(TermsEnum Terms, AtomicReader Reader)> segments = [];
    private DocsEnum? docs;

    public KnownTerms(IndexReader reader, string field)
    {
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is not null)
            {
                segments.Add((terms.GetEnumerator(), leaf.AtomicReader));
            }
        }
    }

    public bool Contains(string value) => Live(value).Any();

    public int Count(string value) => Live(value).Count();

    /// <summary>Whether the first live unit holding <paramref name="value"/> is marked as a <see cref="IndexSchema.Copy"/>.</summary>
    public bool IsCopy(string value)
    {
        foreach (var (reader, doc) in Live(value))
        {
            return reader.GetNumericDocValues(IndexSchema.Copy)?.Get(doc) == 1;
        }

        return false;
    }

    // A deleted unit's term lingers until its segment is merged away: only live documents count.
    private IEnumerable<(AtomicReader Reader, int Doc)> Live(string value)
    {
        var term = new BytesRef(value);
        foreach (var (terms, reader) in segments)
        {
            if (terms.SeekExact(term))
            {
                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    yield return (reader, doc);
                }
            }
        }
    }
}
