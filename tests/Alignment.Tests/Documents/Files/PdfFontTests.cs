using System.Globalization;
using System.Text;
using Alignment.Documents;
using Alignment.Tests.Interchange;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The page limit counts what a page draws, not the fonts it draws with: a PDF that embeds a whole font (a CJK font
/// is several megabytes) is read, however little text it sets in it.
/// </summary>
public sealed class PdfFontTests
{
    private const int Megabyte = 1024 * 1024;

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_PDF_page_whose_embedded_font_unpacks_past_the_page_limit_is_read()
    {
        var path = directory.File("font.pdf");
        var widths = string.Join(' ', Enumerable.Repeat("500", 95));
        HostileFiles.PdfWithFont(
            path,
            Encoding.ASCII.GetBytes("BT /F1 10 Tf 72 700 Td (The Expert Group considered the item.) Tj ET"),
            $"<< /Type /Font /Subtype /TrueType /BaseFont /Whole /FirstChar 32 /LastChar 126 /Widths [{widths}] /Encoding /WinAnsiEncoding /FontDescriptor 6 0 R >>",
            Encoding.ASCII.GetBytes("<< /Type /FontDescriptor /FontName /Whole /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>"),
            HostileFiles.Stream(new byte[5 * Megabyte], string.Create(CultureInfo.InvariantCulture, $"/Length1 {5 * Megabyte}"), compressed: true));

        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(document.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "The Expert Group considered the item." }));
    }
}
