using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Answers which units of an index hold a term of one field: whether a unit's identity (<see cref="IndexSchema.IdentityKey"/>)
/// is stored already, how many units read like it (<see cref="IndexSchema.Reading"/>), how many hold a candidate term
/// (<see cref="IndexSchema.Terms"/>). One terms enumerator per segment serves every question: Lucene's own document
/// frequency builds a fresh one per segment and call, which for the hundreds of questions of a term lookup was most of
/// what it allocated.
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

    /// <summary>
    /// How many units hold <paramref name="value"/> by the index statistics: no postings are read, and a deleted unit
    /// counts until its segment is merged away.
    /// </summary>
    public int Frequency(string value)
    {
        var term = new BytesRef(value);
        var frequency = 0;
        foreach (var (terms, _) in segments)
        {
            if (terms.SeekExact(term))
            {
                frequency += terms.DocFreq;
            }
        }

        return frequency;
    }

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
