namespace Alignment.Memory;

/// <summary>Which page of concordance hits to return, and how to match Chinese.</summary>
public sealed record ConcordanceOptions
{
    private readonly int pageIndex;
    private readonly int pageSize = 20;
    private readonly int countLimit = 10_000;

    /// <summary>The first page of 20 hits, Chinese matched anywhere.</summary>
    public static ConcordanceOptions Default { get; } = new();

    /// <summary>The page to return, from 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int PageIndex
    {
        get => pageIndex;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            pageIndex = value;
        }
    }

    /// <summary>Hits per page (default 20, at most 1000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1–1000.</exception>
    public int PageSize
    {
        get => pageSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1000);
            pageSize = value;
        }
    }

    /// <summary>
    /// How many distinct hits are counted at most (default 10,000). Counting every hit of a phrase that stands in half
    /// of a large memory takes longer than a translator waits for a page of twenty; past the limit the page's totals
    /// are lower bounds (<see cref="ConcordancePage.TotalsAreExact"/> is false). <see cref="int.MaxValue"/> counts
    /// everything. A page beyond the limit is still returned: counting goes on until it is filled.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int CountLimit
    {
        get => countLimit;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            countLimit = value;
        }
    }

    /// <summary>
    /// For Chinese: match whole words as the SmartCn segmenter cuts them, so 证据 no longer matches inside 保证据
    /// (保证 | 据) — but also misses it wherever the segmenter cut differently. By default (false) a Chinese phrase
    /// matches wherever its characters occur. Other languages always match whole (stemmed) words.
    /// </summary>
    public bool WholeWords { get; init; }
}
