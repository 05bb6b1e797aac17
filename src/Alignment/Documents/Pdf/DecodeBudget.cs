namespace Alignment.Documents.Pdf;

/// <summary>
/// How many bytes a PDF's compressed streams may unpack to, in the whole file and on one page: a file of a few
/// hundred kilobytes can hold content that inflates to gigabytes (a compression bomb), and every byte of a page's
/// content becomes objects in memory when the page is read. Not thread-safe: one per read.
/// </summary>
internal sealed class DecodeBudget(long documentLimit, long pageLimit)
{
    private long pageSpent;

    /// <summary>All the streams of the file together, fonts included.</summary>
    public long DocumentLimit { get; } = documentLimit;

    /// <summary>The streams decoded while one page is read: its content, the forms it draws, fonts it is the first to use.</summary>
    public long PageLimit { get; } = pageLimit;

    /// <summary>The bytes decoded so far in the whole file.</summary>
    public long Spent { get; private set; }

    /// <summary>Which limit was passed, once one has been (a reader that catches the exception should not hide it).</summary>
    public string? Exceeded { get; private set; }

    /// <summary>The bytes the next stream may still unpack to.</summary>
    public long Remaining => Math.Min(DocumentLimit - Spent, PageLimit - pageSpent);

    /// <summary>Starts counting a new page.</summary>
    public void StartPage() => pageSpent = 0;

    /// <summary>Counts <paramref name="bytes"/> decoded.</summary>
    /// <exception cref="InvalidDataException">They pass a limit (recorded in <see cref="Exceeded"/>).</exception>
    public void Spend(long bytes)
    {
        if (bytes > Remaining)
        {
            Exceed();
        }

        Spent += bytes;
        pageSpent += bytes;
    }

    /// <summary>Records that a stream would pass a limit and stops the read.</summary>
    /// <exception cref="InvalidDataException">Always.</exception>
    public void Exceed()
    {
        Exceeded ??= DocumentLimit - Spent <= PageLimit - pageSpent ? "document" : "page";
        throw new InvalidDataException("A stream unpacks to more than the limit.");
    }
}
