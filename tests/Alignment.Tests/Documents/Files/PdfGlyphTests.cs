using System.Text;
using Alignment.Documents.Pdf;
using Alignment.Tests.Interchange;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The reader keeps of each letter on a page only what it lays lines out with (<see cref="Glyph"/>), read as PdfPig
/// reads its own letters: the same letters in the same order, at the same places, a combining accent joined to the
/// letter it follows.
/// </summary>
public sealed class PdfGlyphTests
{
    private const string AccentMap = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CMapName /Accent def
        /CMapType 2 def
        1 begincodespacerange
        <00> <FF>
        endcodespacerange
        1 beginbfchar
        <01> <0301>
        endbfchar
        endcmap
        CMapName currentdict /CMapResource defineresource pop
        end
        end
        """;

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    public static IEnumerable<TestCaseData> Fixtures() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Documents"), "*.pdf").Where(f => !Path.GetFileName(f).StartsWith("encrypted", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    [TestCaseSource(nameof(Fixtures))]
    public void The_glyphs_of_every_page_are_PdfPigs_letters(string path) => AssertGlyphsAreLetters(path);

    [Test]
    public void A_combining_accent_is_one_glyph_with_the_letter_before_it()
    {
        var path = directory.File("accent.pdf");
        HostileFiles.PdfWithFont(
            path,
            Encoding.ASCII.GetBytes("BT /F1 10 Tf 72 700 Td (Cafe\\001 au lait.) Tj ET"),
            $"<< /Type /Font /Subtype /TrueType /BaseFont /Accented /FirstChar 1 /LastChar 126 /Widths [{string.Join(' ', Enumerable.Repeat("500", 126))}] /Encoding /WinAnsiEncoding /ToUnicode 6 0 R /FontDescriptor 7 0 R >>",
            HostileFiles.Stream(Encoding.ASCII.GetBytes(AccentMap), string.Empty, compressed: false),
            Encoding.ASCII.GetBytes("<< /Type /FontDescriptor /FontName /Accented /Flags 32 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>"));

        var glyphs = Glyphs(path)[0];

        Assert.That(glyphs.Select(g => g.Value), Has.Member("e\u0301").And.No.Member("\u0301"));
        AssertGlyphsAreLetters(path);
    }

    private static void AssertGlyphsAreLetters(string path)
    {
        List<Letter[]> letters;
        using (var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true }))
        {
            letters = [.. pdf.GetPages().Select(p => p.Letters.ToArray())];
        }

        var glyphs = Glyphs(path);
        Assert.That(glyphs, Has.Count.EqualTo(letters.Count));
        for (var page = 0; page < letters.Count; page++)
        {
            var expected = letters[page].Select(l => new Glyph(l.Value, l.StartBaseLine.X, l.StartBaseLine.Y, l.Width, l.PointSize, l.TextOrientation == TextOrientation.Horizontal, IsBold(l)));
            Assert.That(glyphs[page], Is.EqualTo(expected), $"page {page + 1}");
        }
    }

    private static List<Glyph[]> Glyphs(string path)
    {
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        pdf.AddPageFactory<GlyphPage, GlyphPageFactory>();
        return [.. Enumerable.Range(1, pdf.NumberOfPages).Select(n => pdf.GetPage<GlyphPage>(n).Glyphs.ToArray())];
    }

    private static bool IsBold(Letter letter) =>
        letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Black", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontName?.Contains("Heavy", StringComparison.OrdinalIgnoreCase) == true
        || letter.FontDetails?.IsBold == true;
}
