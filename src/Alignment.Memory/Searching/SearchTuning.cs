namespace Alignment.Memory.Searching;

/// <summary>
/// How much the fuzzy prefilter reads. A lookup ORs the query's <see cref="QueryTerms"/> rarest index terms
/// (bigrams for Chinese, words otherwise; rare terms have short posting lists, so this stays fast on millions of
/// units) and rescores the <see cref="Candidates"/> best-ranked units exactly.
/// </summary>
/// <param name="QueryTerms">How many of the query's rarest terms select candidates.</param>
/// <param name="MinimumQueryTerms">When a query has fewer bigrams than this in the index, its rarest single characters make up the number.</param>
/// <param name="Candidates">How many ranked candidates are rescored with the exact scorer.</param>
internal sealed record SearchTuning(int QueryTerms, int MinimumQueryTerms, int Candidates)
{
    public static SearchTuning Default { get; } = new(QueryTerms: 16, MinimumQueryTerms: 3, Candidates: 100);
}
