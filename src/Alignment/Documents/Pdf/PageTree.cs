using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// The leaves of a PDF's page tree, walked from the catalogue before PdfPig reads any page, for the checks that must
/// know every page first. The walk keeps its own stack: a hostile file can nest page-tree nodes deeper than the
/// thread's stack would allow a recursive walk, and a stack overflow cannot be caught.
/// </summary>
internal static class PageTree
{
    private static readonly NameToken Kids = NameToken.Create("Kids");

    /// <summary>A page's dictionary and the resources it uses: its own, or those inherited from the nearest node above it.</summary>
    public readonly record struct Leaf(DictionaryToken Page, IToken? Resources);

    /// <summary>
    /// Every page in the order of the page tree, as far as the tree can be followed: a node reached a second time (a
    /// cycle) or that is not a dictionary is skipped, so a damaged tree yields fewer pages than the document claims.
    /// </summary>
    public static IEnumerable<Leaf> Pages(PdfDocument pdf)
    {
        var scanner = pdf.Structure.TokenScanner;
        if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root))
        {
            yield break;
        }

        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<(IToken Node, IToken? Inherited)>();
        pending.Push((root, null));
        while (pending.TryPop(out var next))
        {
            if ((next.Node is IndirectReferenceToken reference && !seen.Add(reference.Data)) || !DirectObjectFinder.TryGet(next.Node, scanner, out DictionaryToken? dictionary))
            {
                continue;
            }

            var resources = dictionary.TryGet(NameToken.Resources, out var own) ? own : next.Inherited;
            if (dictionary.TryGet(Kids, out var kidsToken) && DirectObjectFinder.TryGet(kidsToken, scanner, out ArrayToken? kids))
            {
                // Pushed last to first, so the first kid is walked first.
                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    pending.Push((kids.Data[i], resources));
                }

                continue;
            }

            yield return new Leaf(dictionary, resources);
        }
    }
}
