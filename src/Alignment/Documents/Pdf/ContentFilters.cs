using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Alignment.Documents.Pdf;

/// <summary>
/// The filters PdfPig decodes a page's content streams and forms with (those of <see cref="GlyphPageFactory"/>): what
/// they decode counts against the page's limit of the <see cref="DecodeBudget"/>, where fonts and other resources,
/// decoded with the document's own filters, count only against the whole file's.
/// </summary>
internal sealed class ContentFilters(ILookupFilterProvider inner, DecodeBudget budget) : ILookupFilterProvider
{
    /// <summary>The content filters for a document opened with <see cref="BoundedFilters"/>; otherwise <paramref name="inner"/> itself.</summary>
    public static ILookupFilterProvider For(ILookupFilterProvider inner, UglyToad.PdfPig.ParsingOptions options) =>
        options.FilterProvider is BoundedFilters bounded ? new ContentFilters(inner, bounded.Budget) : inner;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary, IPdfTokenScanner scanner) => Content(inner.GetFilters(dictionary, scanner));

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Content(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Content(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Content(inner.GetAllFilters());

    private IFilter[] Content(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => new ContentFilter(f, budget))];

    private sealed class ContentFilter(IFilter filter, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => filter.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var counting = budget.CountingContent;
            budget.CountingContent = true;
            try
            {
                return filter.Decode(input, streamDictionary, filterProvider, filterIndex);
            }
            finally
            {
                budget.CountingContent = counting;
            }
        }
    }
}
