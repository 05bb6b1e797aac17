namespace Alignment.Memory.Searching;

/// <summary>
/// How much the fuzzy prefilter reads (see <see cref="CandidateSearch"/>). Measured on a synthetic memory of a million
/// units built from one report's 329 clauses, where every term is common: 12 terms and 200 candidates kept the
/// median lookup under 5 ms with about nine in ten of a full scan's ranked scores found; more of either buys
/// little recall for much time.
/// </summary>
/// <param name="QueryTerms">How many of the query's terms (the rarest of each stretch of it) select candidates.</param>
/// <param name="MinimumQueryTerms">When a query has fewer bigrams than this in the index, its rarest single characters make up the number.</param>
/// <param name="Candidates">How many ranked candidates are rescored with the exact scorer.</param>
/// <param name="ShareOfMinimumScore">
/// A candidate must hold at least this fraction of the minimum score's share of the selected terms' weight (0.25
/// and a minimum of 70% ask for 17.5%). It is a floor: once enough candidates are found, a unit must also hold more
/// than the lowest of their estimates, since a unit holding a share s of the terms is estimated at no more than s.
/// </param>
internal sealed record SearchTuning(int QueryTerms, int MinimumQueryTerms, int Candidates, double ShareOfMinimumScore)
{
    public static SearchTuning Default { get; } = new(QueryTerms: 12, MinimumQueryTerms: 3, Candidates: 200, ShareOfMinimumScore: 0.25);
}
