namespace Alignment.Tests.Variants;

/// <summary>How a <see cref="PdfLikeVariant"/> lays out a clean text.</summary>
/// <param name="Width">Maximum line length in characters (a run that cannot be broken may exceed it).</param>
/// <param name="Seed">Seed for every random choice, so a variant can be reproduced exactly.</param>
internal sealed record PdfLikeOptions(int Width, int Seed)
{
    /// <summary>Content lines per page before a page break is due.</summary>
    public int LinesPerPage { get; init; } = 24;

    /// <summary>Ends lines with CRLF instead of LF.</summary>
    public bool CrLf { get; init; }

    /// <summary>Starts the text with a byte order mark (U+FEFF).</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>Indents some paragraphs' first lines (full-width spaces in Chinese, spaces or a tab in English).</summary>
    public bool Indent { get; init; } = true;

    /// <summary>The running header of every page.</summary>
    public string DocumentSymbol { get; init; } = "UNODC/CCPCJ/EG.4/2021/2";

    /// <summary>The job number in every page footer.</summary>
    public string JobNumber { get; init; } = "V.21-02475";
}
