using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// Finds the stored units worth scoring for a fuzzy lookup: every unit with the same folded text (exact and
/// label-only matches are never left to ranking), plus the best-ranked units sharing the query's rarest terms.
/// Common terms are left out on purpose: ORing every bigram of a sentence would read most of a large memory.
/// </summary>
internal static class CandidateSearch
{
    public static IReadOnlyCollection<int> Find(IndexSearcher searcher, FuzzyScorer scorer, string sourceCode, string targetCode, int minimumScore, SearchTuning tuning)
    {
        var reader = searcher.IndexReader;
        var found = new HashSet<int>();
        var languageFilter = reader.DocFreq(new Term(IndexSchema.LanguageCodes, targetCode)) < reader.MaxDoc
            ? new TermQuery(new Term(IndexSchema.LanguageCodes, targetCode))
            : null;

        var exact = new TermQuery(new Term(IndexSchema.Exact(sourceCode), TextKey.Digest(scorer.Query.Key)));
        foreach (var hit in searcher.Search(Restrict(exact, languageFilter), tuning.Candidates).ScoreDocs)
        {
            found.Add(hit.Doc);
        }

        var terms = RarestTerms(reader, sourceCode, scorer.Query.Rest, tuning);
        if (terms.Count > 0)
        {
            var any = new BooleanQuery();
            foreach (var term in terms)
            {
                any.Add(new TermQuery(term), Occur.SHOULD);
            }

            var collector = new CandidateCollector(tuning.Candidates, IndexSchema.Length(sourceCode), scorer.Ceiling, minimumScore);
            searcher.Search(Restrict(any, languageFilter), collector);
            found.UnionWith(collector.Documents);
        }

        return found;
    }

    private static Query Restrict(Query query, Query? filter)
    {
        if (filter is null)
        {
            return query;
        }

        return new BooleanQuery { { query, Occur.MUST }, { filter, Occur.MUST } };
    }

    private static List<Term> RarestTerms(IndexReader reader, string code, string text, SearchTuning tuning)
    {
        var field = IndexSchema.FuzzyField(code);
        var tokens = AnalyzedToken.Analyze(field, text);

        // Bigrams carry Chinese; single characters are too common to select by, and only fill in for a short or
        // much-edited query that has too few bigrams in the index to find anything.
        var terms = ByRarity(reader, field, tokens.Where(t => t.Type != AnalyzedToken.Unigram)).Take(tuning.QueryTerms).ToList();
        if (terms.Count < tuning.MinimumQueryTerms)
        {
            terms.AddRange(ByRarity(reader, field, tokens.Where(t => t.Type == AnalyzedToken.Unigram)).Take(tuning.MinimumQueryTerms - terms.Count));
        }

        return terms;
    }

    private static IEnumerable<Term> ByRarity(IndexReader reader, string field, IEnumerable<AnalyzedToken> tokens) =>
        tokens
            .Select(t => t.Term)
            .Distinct(StringComparer.Ordinal)
            .Select(t => new Term(field, t))
            .Select(term => (Term: term, Frequency: reader.DocFreq(term)))
            .Where(t => t.Frequency > 0)
            .OrderBy(t => t.Frequency)
            .ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Select(t => t.Term);
}
