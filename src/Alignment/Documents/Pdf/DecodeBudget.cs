namespace Alignment.Documents.Pdf;

/// <summary>
/// How many bytes a PDF's compressed streams may unpack to, in the whole file and in one page's content: a file of a
/// few hundred kilobytes can hold content that inflates to gigabytes (a compression bomb), and every letter a page's
/// content draws is kept in memory while the page is read. Fonts and other resources count only against the whole
/// file: a page that embeds a whole CJK font of several megabytes draws no more letters for it. Not thread-safe: one
/// per read.
/// </summary>
internal sealed class DecodeBudget(long documentLimit, long pageLimit)
{
    private long pageSpent;

    /// <summary>All the streams of the file together, fonts included.</summary>
    public long DocumentLimit { get; } = documentLimit;

    /// <summary>One page's content streams and the forms it draws.</summary>
    public long PageLimit { get; } = pageLimit;

    /// <summary>The bytes decoded so far in the whole file.</summary>
    public long Spent { get; private set; }

    /// <summary>The bytes decoded so far that were not page content: fonts and other resources.</summary>
    public long ResourcesSpent { get; private set; }

    /// <summary>Which limit was passed, once one has been (a reader that catches the exception should not hide it).</summary>
    public string? Exceeded { get; private set; }

    /// <summary>Whether the streams being decoded are page content (set by <see cref="ContentFilters"/>).</summary>
    public bool CountingContent { get; set; }

    /// <summary>The bytes the next stream may still unpack to.</summary>
    public long Remaining => CountingContent ? Math.Min(DocumentLimit - Spent, PageLimit - pageSpent) : DocumentLimit - Spent;

    /// <summary>Starts counting a new page.</summary>
    public void StartPage() => pageSpent = 0;

    /// <summary>Counts <paramref name="bytes"/> decoded, as page content if <see cref="CountingContent"/>.</summary>
    /// <exception cref="InvalidDataException">They pass a limit (recorded in <see cref="Exceeded"/>).</exception>
    public void Spend(long bytes)
    {
        if (bytes > Remaining)
        {
            Exceed();
        }

        Spent += bytes;
        if (CountingContent)
        {
            pageSpent += bytes;
        }
        else
        {
            ResourcesSpent += bytes;
        }
    }

    /// <summary>Counts <paramref name="bytes"/> of the page's content that needed no decoding.</summary>
    /// <exception cref="InvalidDataException">They pass a limit (recorded in <see cref="Exceeded"/>).</exception>
    public void SpendContent(long bytes)
    {
        var counting = CountingContent;
        CountingContent = true;
        try
        {
            Spend(bytes);
        }
        finally
        {
            CountingContent = counting;
        }
    }

    /// <summary>Records that a stream would pass a limit and stops the read.</summary>
    /// <exception cref="InvalidDataException">Always.</exception>
    public void Exceed()
    {
        Exceeded ??= !CountingContent || DocumentLimit - Spent <= PageLimit - pageSpent ? "document" : "page";
        throw new InvalidDataException("A stream unpacks to more than the limit.");
    }
}
