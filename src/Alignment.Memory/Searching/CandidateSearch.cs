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

        var terms = SelectTerms(reader, sourceCode, scorer.Query.Rest, tuning);
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

    private static List<Term> SelectTerms(IndexReader reader, string code, string text, SearchTuning tuning)
    {
        var field = IndexSchema.FuzzyField(code);
        var tokens = AnalyzedToken.Analyze(field, text);

        // Bigrams carry Chinese; single characters are too common to select by, and only fill in for a short or
        // much-edited query that has too few bigrams in the index to find anything.
        var terms = SpreadRarest(reader, field, tokens.Where(t => t.Type != AnalyzedToken.Unigram).ToList(), tuning.QueryTerms);
        if (terms.Count < tuning.MinimumQueryTerms)
        {
            terms.AddRange(SpreadRarest(reader, field, tokens.Where(t => t.Type == AnalyzedToken.Unigram).ToList(), tuning.MinimumQueryTerms - terms.Count));
        }

        return terms;
    }

    // The rarest term of each of `count` stretches of the query, then the rarest of the rest. The globally rarest
    // terms tend to come from one clause, and would rank every unit sharing that clause alike; a term from every
    // part of the query ranks highest the units that share most of it.
    private static List<Term> SpreadRarest(IndexReader reader, string field, List<AnalyzedToken> tokens, int count)
    {
        var candidates = tokens
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => (Term: new Term(field, g.Key), Position: g.First().Position))
            .Select(t => (t.Term, t.Position, Frequency: reader.DocFreq(t.Term)))
            .Where(t => t.Frequency > 0)
            .ToList();
        if (candidates.Count <= count)
        {
            return [.. candidates.Select(c => c.Term)];
        }

        var first = candidates.Min(c => c.Position);
        var span = candidates.Max(c => c.Position) - first + 1;
        var chosen = candidates
            .GroupBy(c => (c.Position - first) * count / span)
            .Select(stretch => stretch.MinBy(c => c.Frequency))
            .ToList();
        chosen.AddRange(candidates.Except(chosen).OrderBy(c => c.Frequency).Take(count - chosen.Count));
        return [.. chosen.Select(c => c.Term)];
    }
}
