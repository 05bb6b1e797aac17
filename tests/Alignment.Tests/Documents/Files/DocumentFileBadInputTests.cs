using System.Globalization;
using System.Text;
using Alignment.Documents;
using Alignment.Tests.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Documents.Files;

/// <summary>PDF and Word files that cannot be used get one line naming the file and the problem; large ones still read.</summary>
public sealed class DocumentFileBadInputTests
{
    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_truncated_PDF_is_reported_as_damaged()
    {
        var path = Truncated(DocumentFixtures.File("a4", "en", DocumentFixtures.Pdf), "cut.pdf");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: is a damaged PDF").And.Message.Not.Contains('\n'));
    }

    [Test]
    public void A_truncated_Word_file_is_reported_as_damaged()
    {
        var path = Truncated(DocumentFixtures.File("a4", "en", DocumentFixtures.Word), "cut.docx");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: is a damaged or truncated ZIP archive"));
    }

    [Test]
    public void A_scanned_PDF_without_a_text_layer_is_refused_with_what_to_do()
    {
        var path = DocumentFixtures.PathOf("scanned.pdf");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a scanned PDF: its pages are images without a text layer; run OCR on it first (for example ocrmypdf) and read the result"));
    }

    [Test]
    public void An_encrypted_PDF_is_refused_with_what_to_do()
    {
        var path = DocumentFixtures.PathOf("encrypted.pdf");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is an encrypted PDF: open it with its password and save or print it to a PDF without encryption first"));
    }

    [Test]
    public void A_PDF_without_pages_is_refused()
    {
        var path = directory.File("empty.pdf");
        File.WriteAllBytes(path, PdfWithoutPages());

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is a PDF without pages"));
    }

    [Test]
    public void A_Word_file_without_text_is_refused()
    {
        var path = directory.File("empty.docx");
        WriteWord(path, 0);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo("empty.docx: has no text"));
    }

    [Test]
    public void A_legacy_Word_file_is_refused_with_a_request_to_save_it_as_docx()
    {
        var path = DocumentFixtures.PathOf("legacy.doc");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.Contains("legacy Word document (.doc)").And.Message.EndsWith("save it as .docx"));
    }

    [Test]
    public void A_password_protected_Word_file_is_refused_with_what_to_do()
    {
        var path = directory.File("protected.docx");
        PasswordProtectedFiles.Docx(path);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a password-protected (encrypted) Word or Office document: open it with its password, remove the password and save it as .docx"));
    }

    [Test]
    public void A_password_protected_Word_file_is_refused_by_the_Word_reader_too()
    {
        var path = directory.File("protected.docx");
        PasswordProtectedFiles.Docx(path);

        Assert.That(() => WordDocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: is a password-protected (encrypted) Word"));
    }

    [Test]
    public void A_compound_file_without_an_encrypted_package_is_a_legacy_Office_file()
    {
        var path = directory.File("old.doc");
        PasswordProtectedFiles.Write(path, "WordDocument", "1Table");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.Contains("legacy Word document (.doc)"));
    }

    [Test]
    public void A_PDF_is_read_as_a_PDF_whatever_its_name()
    {
        var path = directory.File("report.txt");
        File.Copy(DocumentFixtures.PathOf(DocumentFixtures.File("a4", "en", DocumentFixtures.Pdf)), path);

        Assert.That(DocumentReader.Default.ReadFile(path).LocationOf(0), Is.TypeOf<PageLocation>());
    }

    [Test]
    public void A_Word_file_is_read_as_a_Word_file_whatever_its_name()
    {
        var path = directory.File("report");
        File.Copy(DocumentFixtures.PathOf(DocumentFixtures.File("a4", "zh", DocumentFixtures.Word)), path);

        Assert.That(DocumentReader.Default.ReadFile(path).LocationOf(0), Is.TypeOf<ParagraphLocation>());
    }

    [Test]
    public void A_200_page_PDF_reads_within_memory_limits()
    {
        var path = directory.File("long.pdf");
        File.WriteAllBytes(path, LongPdf(200));

        var (document, retained) = Measure(() => DocumentReader.Default.ReadFile(path));

        Assert.That(document.LocationOf(document.Blocks[^1].Source.Start), Is.EqualTo(new PageLocation(200, 72, 72)).Using<PageLocation>((a, b) => a.Page == b.Page));
        Assert.That(retained, Is.LessThan(64L * 1024 * 1024), "bytes the document keeps");
    }

    [Test]
    public void A_200_page_Word_file_reads_within_memory_limits()
    {
        var path = directory.File("long.docx");
        WriteWord(path, 200 * 40);

        var (document, retained) = Measure(() => DocumentReader.Default.ReadFile(path));

        Assert.That(document.Blocks, Has.Count.EqualTo(200 * 40));
        Assert.That(retained, Is.LessThan(64L * 1024 * 1024), "bytes the document keeps");
    }

    private static (Document Document, long Retained) Measure(Func<Document> read)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var document = read();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        TestContext.Out.WriteLine($"{document.Blocks.Count} blocks, {document.Text.Length} characters, {retained / 1024} KiB retained");
        return (document, retained);
    }

    private string Truncated(string fixture, string name)
    {
        var bytes = File.ReadAllBytes(DocumentFixtures.PathOf(fixture));
        var path = directory.File(name);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        return path;
    }

    private static string Paragraph(int n) => string.Create(
        CultureInfo.InvariantCulture,
        $"{n}. The Expert Group considered item {n} of its agenda and adopted its conclusions on the matter.");

    /// <summary>A PDF of numbered paragraphs, one per line, 40 lines a page, in a standard font.</summary>
    private static byte[] LongPdf(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            for (var line = 0; line < 40; line++)
            {
                page.AddText(Paragraph((p * 40) + line + 1), 10, new PdfPoint(72, 760 - (line * 17)), font);
            }
        }

        return builder.Build();
    }

    private static void WriteWord(string path, int paragraphs)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Word.Body();
        for (var n = 1; n <= paragraphs; n++)
        {
            body.AppendChild(new Word.Paragraph(new Word.Run(new Word.Text(Paragraph(n)))));
        }

        word.AddMainDocumentPart().Document = new Word.Document(body);
    }

    /// <summary>A well-formed PDF whose page tree is empty.</summary>
    private static byte[] PdfWithoutPages()
    {
        var objects = new[] { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>" };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
