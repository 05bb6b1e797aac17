using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Alignment.Memory.Searching;

/// <summary>
/// The document frequency and per-segment term states of query terms, kept with the reader that answered them. A
/// fuzzy lookup looks every word of its query up in every segment to choose which to count; a translator's queries
/// share most of their words, and a reader never changes, so its answers hold for as long as it is in use. Bounded:
/// when full it starts again empty, which keeps the words of the current document.
/// </summary>
internal sealed class QueryTermCache
{
    private const int Capacity = 4096;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, QueryTermCache>> Readers = new();

    private readonly ConcurrentDictionary<string, (int Frequency, TermState?[] States)> terms = new(StringComparer.Ordinal);

    /// <summary>What <paramref name="reader"/> has answered so far for terms of <paramref name="field"/>.</summary>
    public static QueryTermCache Of(IndexReader reader, string field) =>
        Readers.GetValue(reader, _ => new ConcurrentDictionary<string, QueryTermCache>(StringComparer.Ordinal))
            .GetOrAdd(field, _ => new QueryTermCache());

    public bool TryGet(string term, out (int Frequency, TermState?[] States) statistics) => terms.TryGetValue(term, out statistics);

    public void Add(string term, (int Frequency, TermState?[] States) statistics)
    {
        if (terms.Count >= Capacity)
        {
            terms.Clear();
        }

        terms[term] = statistics;
    }
}
