using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// Makes PdfPig read a page into a <see cref="GlyphPage"/> rather than its own page, which keeps every letter, path and
/// drawing operation as objects: <c>pdf.AddPageFactory&lt;GlyphPage, GlyphPageFactory&gt;()</c>, then
/// <c>pdf.GetPage&lt;GlyphPage&gt;(n)</c>. PdfPig creates it by reflection, with this constructor. The page's content
/// streams and forms are decoded with <see cref="ContentFilters"/>, so that only they count against the page's limit.
/// </summary>
internal sealed class GlyphPageFactory(IPdfTokenScanner pdfScanner, IResourceStore resourceStore, ILookupFilterProvider filterProvider, IPageContentParser pageContentParser, ParsingOptions parsingOptions)
    : BasePageFactory<GlyphPage>(pdfScanner, resourceStore, ContentFilters.For(filterProvider, parsingOptions), pageContentParser, parsingOptions)
{
    protected override GlyphPage ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations, MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation, TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations) =>
        operations.Count == 0
            ? new GlyphPage(pageNumber, [], 0)
            : new GlyphCollector(pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider, cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions).Process(pageNumber, operations);
}
