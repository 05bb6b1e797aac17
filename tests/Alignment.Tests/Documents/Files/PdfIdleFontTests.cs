using System.Text;
using Alignment.Documents.Pdf;
using Alignment.Tests.Interchange;
using UglyToad.PdfPig;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A font no page has listed among its resources for ten pages is let go while a PDF is read (PdfPig would keep every
/// font of a long merged PDF until the end), and read again, the same, when a later page lists it.
/// </summary>
public sealed class PdfIdleFontTests
{
    private const int Pages = 14;

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_font_no_page_has_listed_for_ten_pages_is_let_go()
    {
        var held = Read(BoldOnFirstAndLastPage()).Select(p => p.FontsHeld).ToArray();

        Assert.That(held[..IdleFonts.IdlePages], Is.All.EqualTo(2), "the bold font, listed on page 1, is kept for ten pages");
        Assert.That(held[IdleFonts.IdlePages..^1], Is.All.EqualTo(1), "then let go");
    }

    [Test]
    public void A_font_let_go_is_read_again_when_a_later_page_lists_it()
    {
        var pages = Read(BoldOnFirstAndLastPage());

        Assert.That(pages[^1].Glyphs.Select(g => g.Bold), Is.All.True);
        Assert.That(pages[^1].Glyphs, Is.EqualTo(pages[0].Glyphs));
    }

    [Test]
    public void A_font_listed_on_every_page_is_kept_however_seldom_it_is_drawn()
    {
        var path = directory.File("bold-listed.pdf");
        HostileFiles.PdfWithBoldOnSomePages(path, [.. Enumerable.Range(0, Pages).Select(p => Line(p == 0 ? "F2" : "F1"))], _ => true);

        Assert.That(Read(path).Select(p => p.FontsHeld), Is.All.EqualTo(2));
    }

    /// <summary>A PDF whose first and last pages list and draw with the bold font, the pages between only with the regular one.</summary>
    private string BoldOnFirstAndLastPage()
    {
        var path = directory.File("bold-first-and-last.pdf");
        HostileFiles.PdfWithBoldOnSomePages(path, [.. Enumerable.Range(0, Pages).Select(p => Line(p is 0 or Pages - 1 ? "F2" : "F1"))], p => p is 0 or Pages - 1);
        return path;
    }

    private static byte[] Line(string font) => Encoding.ASCII.GetBytes($"BT /{font} 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET");

    private static List<GlyphPage> Read(string path)
    {
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        pdf.AddPageFactory<GlyphPage, GlyphPageFactory>();
        return [.. Enumerable.Range(1, pdf.NumberOfPages).Select(pdf.GetPage<GlyphPage>)];
    }
}
