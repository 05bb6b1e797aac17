namespace Alignment.Memory;

/// <summary>One page of concordance hits, duplicates folded into one hit with a count.</summary>
/// <param name="Hits">The hits on this page, best first.</param>
/// <param name="PageIndex">This page's index, from 0.</param>
/// <param name="PageSize">The requested number of hits per page.</param>
/// <param name="TotalHits">Distinct hits on all pages.</param>
/// <param name="TotalUnits">Stored units that matched, duplicates included (the sum of all hits' counts).</param>
/// <param name="TotalsAreExact">
/// False when counting stopped at <see cref="ConcordanceOptions.CountLimit"/>: there are more hits than the totals say.
/// </param>
public sealed record ConcordancePage(IReadOnlyList<ConcordanceHit> Hits, int PageIndex, int PageSize, int TotalHits, int TotalUnits, bool TotalsAreExact)
{
    /// <summary>The number of pages counted, 0 when nothing matched; a lower bound unless <see cref="TotalsAreExact"/>.</summary>
    public int PageCount => (TotalHits + PageSize - 1) / PageSize;

    /// <summary>True when a later page holds more hits.</summary>
    public bool HasNextPage => !TotalsAreExact || PageIndex + 1 < PageCount;
}
