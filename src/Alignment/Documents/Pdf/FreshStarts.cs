using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// The pages after which a PDF can be closed and opened afresh without anything being parsed twice: those after which
/// no later page's resources or content streams reach an object (a font, its program, a form, an image) that those of
/// that page or one before it reach. PdfPig keeps every font it parses (an embedded CJK subset's glyph outlines take megabytes)
/// and every object it reads until the document is closed, so a long PDF merged from many, each part with fonts of its
/// own, held the fonts of every part at once; opened afresh at such a page, it holds those of the parts being read.
/// Resources inherited from the page tree count as the page's own.
/// </summary>
internal static class FreshStarts
{
    private static readonly NameToken Contents = NameToken.Create("Contents");

    /// <summary>
    /// For each page from 1 in the order of the page tree, whether the document can be opened afresh after it; null if
    /// the page tree or the objects its resources reach cannot all be followed (a damaged file is read in one opening).
    /// </summary>
    public static bool[]? Find(PdfDocument pdf)
    {
        var first = new Dictionary<IndirectReference, int>();
        var reachesBack = new List<int>();
        try
        {
            var scanner = pdf.Structure.TokenScanner;
            foreach (var leaf in PageTree.Pages(pdf))
            {
                reachesBack.Add(ReachBack(Reached(leaf), reachesBack.Count, scanner, first));
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }

        if (reachesBack.Count != pdf.NumberOfPages)
        {
            return null;
        }

        // After page b (from 0 here) the document can start afresh if no later page reaches back to an object first
        // reached on page b or before it.
        var fresh = new bool[reachesBack.Count];
        var earliestLater = int.MaxValue;
        for (var page = reachesBack.Count - 1; page >= 0; page--)
        {
            fresh[page] = earliestLater > page;
            earliestLater = Math.Min(earliestLater, reachesBack[page]);
        }

        return fresh;
    }

    /// <summary>What PdfPig reads for a page: its resources, and its content streams too, since two pages may draw one
    /// and PdfPig keeps what it decodes of a form.</summary>
    private static IEnumerable<IToken> Reached(PageTree.Leaf leaf)
    {
        if (leaf.Resources is not null)
        {
            yield return leaf.Resources;
        }

        if (leaf.Page.TryGet(Contents, out var contents))
        {
            yield return contents;
        }
    }

    /// <summary>
    /// Records the objects <paramref name="tokens"/> reach that no page before reached as first reached on
    /// <paramref name="page"/>, and returns the earliest page that first reached one it reaches. An object reached
    /// before is not followed again: what it reaches was first reached on its page or before, and is needed until now
    /// too.
    /// </summary>
    private static int ReachBack(IEnumerable<IToken> tokens, int page, IPdfTokenScanner scanner, Dictionary<IndirectReference, int> first)
    {
        var earliest = page;
        var pending = new Stack<IToken>(tokens);
        while (pending.TryPop(out var token))
        {
            switch (token)
            {
                case IndirectReferenceToken reference when first.TryGetValue(reference.Data, out var reached):
                    earliest = Math.Min(earliest, reached);
                    break;
                case IndirectReferenceToken reference:
                    first[reference.Data] = page;
                    if (scanner.Get(reference.Data)?.Data is { } target)
                    {
                        pending.Push(target);
                    }

                    break;
                case DictionaryToken dictionary:
                    foreach (var value in dictionary.Data.Values)
                    {
                        pending.Push(value);
                    }

                    break;
                case ArrayToken array:
                    foreach (var item in array.Data)
                    {
                        pending.Push(item);
                    }

                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
            }
        }

        return earliest;
    }
}
