namespace Alignment.Documents;

/// <summary>
/// A line of the original that the reader left out of every block, and why; or the end of a line, where an extractor
/// set a page number against the line's text.
/// </summary>
/// <param name="Source">Where the line (or the part of it) is in the original text.</param>
/// <param name="Text">The line (or the part of it) as written.</param>
/// <param name="Reason">Why it is not content.</param>
public sealed record RemovedLine(TextSpan Source, string Text, RemovalReason Reason);

/// <summary>Why a line of the original is not part of the document's content.</summary>
public enum RemovalReason
{
    /// <summary>The document symbol repeated as a running header (<c>UNODC/CCPCJ/EG.4/2021/2</c>).</summary>
    DocumentSymbol,

    /// <summary>A job number from the page footer (<c>V.21-02475 (C)</c>).</summary>
    JobNumber,

    /// <summary>A page number (<c>2/9</c>, <c>- 3 -</c>), on a line of its own or at the end of a line of text.</summary>
    PageNumber,

    /// <summary>Another line repeated on page after page as a running header or footer.</summary>
    RunningHeader,

    /// <summary>A line with nothing readable on it, such as a lone <c>-</c>, or a print barcode.</summary>
    StrayLine,

    /// <summary>
    /// A line of a pull quote: a sentence of the text that a magazine sets again, in large type or a box, apart from
    /// where the text has it.
    /// </summary>
    PullQuote,

    /// <summary>A scene break: ornaments alone between two paragraphs (<c>* * *</c>, <c>＊　＊　＊</c>, <c>⁂</c>).</summary>
    SceneBreak,
}
