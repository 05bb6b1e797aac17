namespace Alignment.Writing;

/// <summary>
/// The English names of the months: the one list by which the reader's date lines, the aligner's number evidence and
/// the memory's term lookup read dates.
/// </summary>
/// <remarks>Constants; thread-safe.</remarks>
public static class EnglishMonths
{
    /// <summary>
    /// The names from January to December, written in full, as a regular-expression alternation to be put inside a
    /// group (it holds neither a group nor anchors).
    /// </summary>
    public const string Alternation = "January|February|March|April|May|June|July|August|September|October|November|December";
}
