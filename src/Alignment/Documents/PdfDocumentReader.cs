using Alignment.Documents.Pdf;
using Alignment.Documents.Reading;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Alignment.Documents;

/// <summary>
/// Reads a PDF with a text layer into a <see cref="Document"/>, from its letters' positions, sizes and fonts rather
/// than from extracted text: running headers and footers are left out by their place on the page and their
/// recurrence, footnotes are told by their smaller type at the foot of the page and kept as footnote blocks with
/// their markers in the text (<c>¹</c>), paragraphs by gaps, indentation and changes of type. Lines are then joined as
/// the text reader joins them (hyphenation, CJK without spaces). Each sentence can be traced to its page and
/// position (<see cref="Document.LocationOf"/>). A scanned PDF (no text layer) and an encrypted one are refused with
/// a clear message. Safe for concurrent use.
/// </summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    /// <summary>
    /// The most one page's content streams (with the forms it draws) may unpack to: a dense page of text is some
    /// hundred kilobytes of drawing instructions, and every letter drawn is kept while the page is read. Fonts do not
    /// count against it, only against the whole file's limit.
    /// </summary>
    internal const long MaxPageContent = 4L * 1024 * 1024;

    /// <summary>
    /// How much of fonts and other resources a document opening may decode before it is closed and opened afresh, at
    /// the first page after which no later page needs what it holds (<see cref="FreshStarts"/>): a parsed font takes
    /// many times its decoded size, and opening costs about as much as reading a few pages.
    /// </summary>
    internal const long ResourcesPerOpening = 1024 * 1024;

    /// <summary>Creates a reader that refuses files over <paramref name="options"/>' size limit.</summary>
    public PdfDocumentReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A reader with <see cref="ReaderOptions.Default"/>.</summary>
    public static PdfDocumentReader Default { get; } = new(ReaderOptions.Default);

    /// <summary>The size limit (<see cref="ReaderOptions.MaxFileSize"/>); encodings do not apply to PDF files.</summary>
    public ReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="InputException">
    /// The file does not exist, cannot be read, is over the size limit (or its compressed streams are, unpacked, or one
    /// page's content is over 4 MB), is not a PDF, is damaged, is encrypted, has no pages, or has no text layer (a scan).
    /// </exception>
    public Document ReadFile(string path) => Read(path, null, Options);

    /// <inheritdoc cref="ReadFile(string)"/>
    public Document ReadFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Read(path, language, Options);
    }

    /// <param name="path">The file.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    /// <param name="options">Its size limit.</param>
    /// <param name="resourcesPerOpening">How much of fonts and other resources an opening of the file may decode before it is opened afresh; tests make it 0.</param>
    internal static Document Read(string path, Language? language, ReaderOptions options, long resourcesPerOpening = ResourcesPerOpening)
    {
        if (FileFormats.Detect(path, options) != FileFormat.Pdf)
        {
            throw new InputException(path, "is not a PDF file");
        }

        var pages = DeepStack.Run(options.MaxFileSize, () => ReadPages(path, options, resourcesPerOpening));
        return DocumentReader.ReadLaidOut(PageLayout.Lay(pages), language, Path.GetFileName(path));
    }

    private static List<IReadOnlyList<TextLine>> ReadPages(string path, ReaderOptions options, long resourcesPerOpening)
    {
        var pages = new List<IReadOnlyList<TextLine>>();
        var images = 0;
        var budget = new DecodeBudget(options.MaxFileSize, Math.Min(options.MaxFileSize, MaxPageContent));
        var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new BoundedFilters(budget) };
        PdfDocument? pdf = null;
        try
        {
            var bytes = File.ReadAllBytes(path);
            pdf = Open(bytes, parsing);
            if (pdf.NumberOfPages == 0)
            {
                throw new InputException(path, "is a PDF without pages");
            }

            var unfiltered = UnfilteredContent.PerPage(pdf);
            var freshStarts = FreshStarts.Find(pdf);
            var resourcesAtOpening = budget.ResourcesSpent;
            IReadOnlyList<(double Left, double Right)> gutters = [];
            for (var number = 1; number <= pdf.NumberOfPages; number++)
            {
                budget.StartPage();
                budget.SpendContent(number <= unfiltered.Count ? unfiltered[number - 1] : 0);
                var page = pdf.GetPage<GlyphPage>(number);
                // Lenient parsing may swallow the filter's exception and read on with the stream left out.
                ThrowIfExceeded(path, budget, number);
                pages.Add(LineFinder.Find(page.Number, page.Glyphs, gutters, out gutters));
                images += page.Images;
                if (freshStarts is not null && freshStarts[number - 1] && budget.ResourcesSpent - resourcesAtOpening >= resourcesPerOpening && number < pdf.NumberOfPages)
                {
                    // PdfPig keeps what it parsed (the fonts above all) until the document is closed; no later page needs it.
                    pdf.Dispose();
                    pdf = Open(bytes, parsing);
                    resourcesAtOpening = budget.ResourcesSpent;
                }
            }
        }
        catch (Exception e) when (budget.Exceeded is not null && e is not InputException)
        {
            throw TooLarge(path, budget, pages.Count + 1, e);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new InputException(path, "is an encrypted PDF: open it with its password and save or print it to a PDF without encryption first", e);
        }
        catch (Exception e) when (e is not (InputException or OutOfMemoryException))
        {
            // A damaged file can fail anywhere in the parser, with any exception; each is the same problem to the user.
            throw new InputException(path, $"is a damaged PDF that cannot be read: {e.Message.ReplaceLineEndings(" ").TrimEnd('.')}", e);
        }
        finally
        {
            pdf?.Dispose();
        }

        if (pages.All(p => p.Count == 0))
        {
            throw new InputException(path, images > 0
                ? "is a scanned PDF: its pages are images without a text layer; run OCR on it first (for example ocrmypdf) and read the result"
                : "is a PDF without any text");
        }

        return pages;
    }

    private static PdfDocument Open(byte[] bytes, ParsingOptions parsing)
    {
        var pdf = PdfDocument.Open(bytes, parsing);
        pdf.AddPageFactory<GlyphPage, GlyphPageFactory>();
        return pdf;
    }

    private static void ThrowIfExceeded(string path, DecodeBudget budget, int page)
    {
        if (budget.Exceeded is not null)
        {
            throw TooLarge(path, budget, page, null);
        }
    }

    private static InputException TooLarge(string path, DecodeBudget budget, int page, Exception? inner) => new(
        path,
        budget.Exceeded == "page"
            ? $"is a PDF whose page {page} unpacks to more than {FileFormats.Megabytes(budget.PageLimit)} of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text"
            : $"is a PDF whose compressed streams unpack to more than {FileFormats.Megabytes(budget.DocumentLimit)}, over the limit for one document; if it really is one document, raise the limit",
        inner);
}
