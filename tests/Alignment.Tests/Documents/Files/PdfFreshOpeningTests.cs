using System.Text;
using Alignment.Documents;
using Alignment.Documents.Pdf;
using Alignment.Tests.Interchange;
using UglyToad.PdfPig;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A long PDF is read in several openings: PdfPig keeps every font and object it reads until the document is closed,
/// so the reader closes it and opens it afresh after a page once no later page's resources reach what the pages read
/// so far reached. No font is then parsed twice, and every page is read, whatever fonts come and go.
/// </summary>
public sealed class PdfFreshOpeningTests
{
    private const int Pages = 14;

    private static readonly string[] Names =
        ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima", "Mike", "November"];

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_PDF_can_start_afresh_after_a_page_whose_fonts_no_later_page_lists()
    {
        var path = directory.File("two-fonts.pdf");
        HostileFiles.PdfWithFonts(path, [.. Enumerable.Range(0, Pages).Select(p => Page(p, p < 7 ? 1 : 2))], ["Helvetica", "Times-Roman"], p => [p < 7 ? 0 : 1]);

        Assert.That(FreshStartsOf(path), Is.EqualTo(Enumerable.Range(0, Pages).Select(p => p is 6 or Pages - 1)));
    }

    [Test]
    public void A_PDF_cannot_start_afresh_between_two_pages_listing_one_font()
    {
        var path = BoldOnFirstAndLastPage();

        Assert.That(FreshStartsOf(path), Is.EqualTo(Enumerable.Range(0, Pages).Select(p => p == Pages - 1)));
    }

    [Test]
    public void A_PDF_can_start_afresh_after_every_page_whose_fonts_are_its_own()
    {
        var path = OwnFontOnEveryPage();

        Assert.That(FreshStartsOf(path), Is.All.True);
    }

    [Test]
    public void Every_page_is_read_when_the_PDF_is_opened_afresh_after_every_page()
    {
        var document = PdfDocumentReader.Read(OwnFontOnEveryPage(), null, ReaderOptions.Default, resourcesPerOpening: 0);

        Assert.That(string.Join(' ', document.Blocks.Select(b => b.Text)), Is.EqualTo(string.Join(' ', Names.Select(Sentence))));
    }

    [Test]
    public void A_page_listing_a_font_again_after_many_pages_without_it_is_read()
    {
        var document = PdfDocumentReader.Read(BoldOnFirstAndLastPage(), null, ReaderOptions.Default, resourcesPerOpening: 0);

        Assert.That(string.Join(' ', document.Blocks.Select(b => b.Text)), Is.EqualTo(string.Join(' ', Names.Select(Sentence))));
    }

    /// <summary>A PDF each of whose pages lists a regular font of its own (an object of its own) and draws with it.</summary>
    private string OwnFontOnEveryPage()
    {
        var path = directory.File("own-fonts.pdf");
        HostileFiles.PdfWithFonts(path, [.. Enumerable.Range(0, Pages).Select(p => Page(p, p + 1))], [.. Enumerable.Repeat("Helvetica", Pages)], p => [p]);
        return path;
    }

    /// <summary>
    /// A PDF each of whose pages lists a regular font of its own; the first and last also list one bold font, and draw
    /// with it, the pages between do not list it.
    /// </summary>
    private string BoldOnFirstAndLastPage()
    {
        var path = directory.File("bold-first-and-last.pdf");
        HostileFiles.PdfWithFonts(
            path,
            [.. Enumerable.Range(0, Pages).Select(p => Page(p, p is 0 or Pages - 1 ? Pages + 1 : p + 1))],
            [.. Enumerable.Repeat("Helvetica", Pages), "Helvetica-Bold"],
            p => p is 0 or Pages - 1 ? [p, Pages] : [p]);
        return path;
    }

    private static string Sentence(string name) => $"The delegation of {name} took the floor.";

    private static byte[] Page(int page, int font) => Encoding.ASCII.GetBytes($"BT /F{font} 12 Tf 72 400 Td ({Sentence(Names[page])}) Tj ET");

    private static bool[]? FreshStartsOf(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return FreshStarts.Find(pdf);
    }
}
