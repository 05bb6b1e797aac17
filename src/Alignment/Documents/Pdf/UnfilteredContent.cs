using UglyToad.PdfPig;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// The bytes of each page's content streams that have no filter, found from the page tree before any page is read.
/// PdfPig hands such a stream over as it is, past any filter that could count it, and a page can be megabytes of
/// plain text operators: these bytes are counted against the page's budget before the page is read.
/// </summary>
internal static class UnfilteredContent
{
    private static readonly NameToken Contents = NameToken.Create("Contents");
    private static readonly NameToken Filter = NameToken.Create("Filter");

    /// <summary>The bytes for each page in order, as far as the page tree can be followed (a damaged tree yields fewer pages).</summary>
    public static IReadOnlyList<long> PerPage(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        return PageTree.Pages(pdf).Select(leaf => Unfiltered(leaf.Page, scanner)).ToList();
    }

    private static long Unfiltered(DictionaryToken page, IPdfTokenScanner scanner)
    {
        long size = 0;
        if (page.TryGet(Contents, out var contents))
        {
            IEnumerable<IToken> streams = DirectObjectFinder.TryGet(contents, scanner, out ArrayToken? array) ? array.Data : [contents];
            foreach (var stream in streams)
            {
                if (DirectObjectFinder.TryGet(stream, scanner, out StreamToken? content) && !content.StreamDictionary.ContainsKey(Filter))
                {
                    size += content.Data.Length;
                }
            }
        }

        return size;
    }
}
