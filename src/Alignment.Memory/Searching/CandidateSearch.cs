using System.Buffers;
using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Finds the stored units worth scoring for a fuzzy lookup: every unit with the same folded text (exact and
/// label-only matches are never left to ranking), plus the units that share most of a selection of the query's
/// terms (bigrams for Chinese, words otherwise).
/// <list type="number">
/// <item>Selection: the rarest term of each of <see cref="SearchTuning.QueryTerms"/> stretches of the query. Common
/// terms would read most of a large memory; the globally rarest terms tend to come from one clause and rank every
/// unit sharing that clause alike.</item>
/// <item>Counting: the selected terms' posting lists are read directly into one small counter per unit, rarer terms
/// weighing more; reading postings this way costs a few nanoseconds each, several times less than running them as
/// a scored Boolean query, and the counters are then scanned with vector instructions.</item>
/// <item>Ranking: units holding too few of the terms, or too short or long to reach the minimum score (an edit
/// distance is at least the length difference), are dropped; the rest are ranked by the similarity their share
/// and length imply (<see cref="Estimate"/>), and the best <see cref="SearchTuning.Candidates"/> are kept.</item>
/// </list>
/// </summary>
internal static class CandidateSearch
{
    // A private pool, so rented arrays are always zeroed: every lookup clears the span it used before returning it.
    private static readonly ArrayPool<ushort> Accumulators = ArrayPool<ushort>.Create(1 << 30, 16);

    /// <summary>The candidates: units with the same folded text first, then the rest, most promising first.</summary>
    public static List<int> Find(IndexSearcher searcher, FuzzyScorer scorer, string sourceCode, string targetCode, int minimumScore, SearchTuning tuning)
    {
        var found = new List<int>();
        var exact = new TermQuery(new Term(IndexSchema.Exact(sourceCode), TextKey.Digest(scorer.Query.Key)));
        foreach (var hit in searcher.Search(exact, tuning.Candidates).ScoreDocs)
        {
            found.Add(hit.Doc);
        }

        var field = IndexSchema.FuzzyField(sourceCode);
        var terms = QueryTerms.Select(searcher.IndexReader, field, scorer.Query.Rest, tuning);
        if (terms.Count == 0)
        {
            return found;
        }

        var reader = searcher.IndexReader;
        var total = terms.Sum(t => t.Weight);
        var filter = new LeafFilter(
            IndexSchema.Length(sourceCode),
            reader.DocFreq(new Term(IndexSchema.LanguageCodes, targetCode)) < reader.MaxDoc ? IndexSchema.Text(targetCode) : null,
            (ushort)Math.Max(1, total * tuning.ShareOfMinimumScore * minimumScore / 100),
            minimumScore);
        var best = new PriorityQueue<int, float>(tuning.Candidates + 1);
        foreach (var leaf in reader.Leaves)
        {
            CountLeaf(leaf, field, terms, total, filter, scorer, best, tuning.Candidates);
        }

        var promising = best.UnorderedItems
            .OrderByDescending(item => item.Priority)
            .Select(item => item.Element)
            .Where(doc => !found.Contains(doc))
            .ToList();
        found.AddRange(promising);
        return found;
    }

    private static void CountLeaf(
        AtomicReaderContext leaf,
        string field,
        List<QueryTerms.Selected> terms,
        int total,
        LeafFilter filter,
        FuzzyScorer scorer,
        PriorityQueue<int, float> best,
        int capacity)
    {
        var reader = leaf.AtomicReader;
        var postings = reader.GetTerms(field)?.GetEnumerator();
        if (postings is null)
        {
            return;
        }

        var rented = Accumulators.Rent(reader.MaxDoc);
        var shares = rented.AsSpan(0, reader.MaxDoc);
        try
        {
            DocsEnum? docs = null;
            foreach (var term in terms)
            {
                if (term.States[leaf.Ord] is { } state)
                {
                    postings.SeekExact(term.Bytes, state);
                    docs = postings.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                    for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    {
                        rented[doc] += term.Weight;
                    }
                }
            }

            var lengths = reader.GetNumericDocValues(filter.LengthField);
            var hasTarget = filter.TargetField is null ? null : reader.GetDocsWithField(filter.TargetField);
            var required = Required(filter.RequiredWeight, best, capacity, total);
            for (var doc = NextAtLeast(shares, 0, required); doc >= 0; doc = NextAtLeast(shares, doc + 1, required))
            {
                var length = (int)(lengths?.Get(doc) ?? 0);
                if (scorer.Ceiling(length) < filter.MinimumScore || (filter.TargetField is not null && hasTarget?.Get(doc) != true))
                {
                    continue;
                }

                var estimate = Estimate(shares[doc] / (float)total, scorer.QueryLength, length);
                if (best.Count < capacity)
                {
                    best.Enqueue(leaf.DocBase + doc, estimate);
                }
                else if (best.TryPeek(out _, out var lowest) && estimate > lowest)
                {
                    best.EnqueueDequeue(leaf.DocBase + doc, estimate);
                }

                required = Required(filter.RequiredWeight, best, capacity, total);
            }
        }
        finally
        {
            shares.Clear();
            Accumulators.Return(rented);
        }
    }

    // No unit's estimate exceeds its share, so once the queue is full a unit must hold more than the lowest
    // estimate in it to get in: the scan skips the rest without reading their lengths.
    private static ushort Required(ushort floor, PriorityQueue<int, float> best, int capacity, int total) =>
        best.Count >= capacity && best.TryPeek(out _, out var lowest)
            ? (ushort)Math.Clamp(Math.Floor(lowest * total) + 1, floor, ushort.MaxValue)
            : floor;

    // The next unit from `start` holding at least `required` weight of the selected terms; -1 when none is left.
    private static int NextAtLeast(ReadOnlySpan<ushort> shares, int start, ushort required)
    {
        if (start >= shares.Length)
        {
            return -1;
        }

        var offset = shares[start..].IndexOfAnyInRange(required, ushort.MaxValue);
        return offset < 0 ? -1 : start + offset;
    }

    /// <summary>
    /// The similarity a unit would have if it held <paramref name="share"/> of the query and nothing else of it:
    /// the edits are at least the query's missing part, and at least the unit's text beyond the shared part.
    /// </summary>
    internal static float Estimate(float share, int queryLength, int length)
    {
        var longer = Math.Max(queryLength, length);
        if (longer == 0)
        {
            return 1;
        }

        var shared = share * queryLength;
        var edits = Math.Max(queryLength - shared, length - shared);
        return 1 - (edits / longer);
    }

    /// <summary>What a counted unit must satisfy to be ranked.</summary>
    /// <param name="LengthField">The doc values holding each unit's token count in the looked-up language.</param>
    /// <param name="TargetField">A field only units in the target language have; null when every unit has it.</param>
    /// <param name="RequiredWeight">The weight of selected terms a unit must hold.</param>
    /// <param name="MinimumScore">The lowest score asked for.</param>
    private sealed record LeafFilter(string LengthField, string? TargetField, ushort RequiredWeight, int MinimumScore);
}
