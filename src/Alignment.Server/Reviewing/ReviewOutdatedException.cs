namespace Alignment.Server.Reviewing;

/// <summary>
/// A saved review that no longer fits its inputs: a document changed, is cut into other sentences, or the review file
/// belongs to another pair of documents. Its beads would pair the wrong sentences, so it is not opened.
/// </summary>
public sealed class ReviewOutdatedException : InputException
{
    /// <summary>Reports that <paramref name="fileName"/> no longer fits its saved review.</summary>
    /// <param name="fileName">The input or review file at fault.</param>
    /// <param name="problem">What changed.</param>
    public ReviewOutdatedException(string fileName, string problem)
        : base(fileName, problem, "start the review afresh, which discards the edits saved in it")
    {
    }
}
