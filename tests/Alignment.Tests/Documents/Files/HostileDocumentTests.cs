using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Tests.Interchange;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Word and PDF files small on disk that unpack to far more than the size limit, or nest without end, are refused
/// with one line naming the file and the problem, before they are unpacked into memory.
/// </summary>
public sealed class HostileDocumentTests
{
    private const long Megabyte = 1024 * 1024;

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_Word_file_whose_XML_unpacks_past_the_size_limit_is_refused()
    {
        var path = directory.File("bomb.docx");
        HostileFiles.WordBomb(path, 200 * Megabyte);

        Assert.That(new FileInfo(path).Length, Is.LessThan(2 * Megabyte), "small on disk");
        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.Match(
            $@"^{Regex.Escape(path)}: is a Word document whose text unpacks to 200(\.\d)? MB of XML, over the 64 MB limit for one document; if it really is one document, raise the limit$"));
    }

    [Test]
    public void The_Word_limit_is_the_size_limit_of_the_reader()
    {
        var path = directory.File("large.docx");
        HostileFiles.WordBomb(path, 3 * Megabyte);

        Assert.That(() => new DocumentReader(new ReaderOptions { MaxFileSize = 2 * Megabyte }).ReadFile(path), Throws.TypeOf<InputException>().With.Message.Contains("over the 2 MB limit"));
    }

    [Test]
    public void A_Word_part_that_unpacks_to_more_than_the_archive_declares_is_not_read_past_it()
    {
        var path = directory.File("lying.docx");
        HostileFiles.LyingWord(path, 20 * Megabyte, declared: 1000);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: is a damaged Word document").And.Message.Not.Contains('\n'));
    }

    [Test]
    public void A_Word_file_nested_deeper_than_any_document_is_refused_instead_of_overflowing_the_stack()
    {
        var path = directory.File("deep.docx");
        HostileFiles.DeeplyNestedWord(path, 100_000);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.StartsWith(
            $"{path}: is a Word document whose XML nests more than 1000 levels deep (/word/document.xml)"));
    }

    [Test]
    public void A_PDF_whose_page_tree_nests_deeper_than_a_thread_stack_allows_is_read_without_overflowing_it()
    {
        // PdfPig's recursive walk takes some 20 MB of stack for these levels, more than an ordinary thread has.
        var path = directory.File("deep-tree.pdf");
        HostileFiles.PdfWithDeepPageTree(path, 100_000, "BT /F1 12 Tf 72 720 Td (A page far down its tree is still read.) Tj ET"u8.ToArray());

        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(document.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "A page far down its tree is still read." }));
    }

    [Test]
    public void A_PDF_page_whose_content_inflates_past_the_page_limit_is_refused()
    {
        var path = directory.File("bomb.pdf");
        HostileFiles.PdfBomb(path, 1, 200 * Megabyte);

        Assert.That(new FileInfo(path).Length, Is.LessThan(2 * Megabyte), "small on disk");
        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a PDF whose page 1 unpacks to more than 4 MB of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text"));
    }

    [Test]
    public void A_PDF_page_of_uncompressed_content_past_the_page_limit_is_refused()
    {
        var path = directory.File("plain.pdf");
        HostileFiles.PdfBomb(path, 1, 5 * Megabyte, compressed: false);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a PDF whose page 1 unpacks to more than 4 MB of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text"));
    }

    [Test]
    public void A_PDF_page_whose_LZW_content_decodes_past_the_page_limit_is_refused_before_it_is_decoded()
    {
        var path = directory.File("lzw.pdf");
        HostileFiles.PdfWithContent(path, HostileFiles.LzwRun(1000 * Megabyte), "/LZWDecode");

        Assert.That(new FileInfo(path).Length, Is.LessThan(2 * Megabyte), "small on disk");
        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a PDF whose page 1 unpacks to more than 4 MB of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_PDF_page_that_draws_one_form_again_and_again_past_the_page_limit_is_refused(bool compressed)
    {
        var path = directory.File("forms.pdf");
        var draws = (int)(5 * Megabyte / HostileFiles.FormBytes);
        HostileFiles.PdfDrawingForm(path, draws, compressed);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a PDF whose page 1 unpacks to more than 4 MB of content, more than any page of text holds; it was made to exhaust memory, or is not a document of text"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void A_PDF_page_that_draws_a_form_is_read(bool compressed)
    {
        var path = directory.File("form.pdf");
        HostileFiles.PdfDrawingForm(path, 1, compressed);

        Assert.That(DocumentReader.Default.ReadFile(path).Blocks.Select(b => b.Text), Has.Some.Contains("The Expert Group considered the item."));
    }

    [Test]
    public void A_PDF_whose_pages_together_inflate_past_the_size_limit_is_refused()
    {
        var path = directory.File("pages.pdf");
        HostileFiles.PdfBomb(path, 4, Megabyte, blank: true);

        Assert.That(() => new DocumentReader(new ReaderOptions { MaxFileSize = 2 * Megabyte }).ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo(
            $"{path}: is a PDF whose compressed streams unpack to more than 2 MB, over the limit for one document; if it really is one document, raise the limit"));
    }
}
