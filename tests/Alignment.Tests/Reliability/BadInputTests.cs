using System.Text;
using System.Text.RegularExpressions;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Tests.Interchange;

namespace Alignment.Tests.Reliability;

/// <summary>
/// The bad-input matrix at library level: each kind of unusable input is refused with one line that names the file
/// and says what is wrong, in words a translator understands, and nothing already written is damaged.
/// </summary>
public sealed class BadInputTests
{
    private static readonly TmxReadOptions ChineseToEnglish = new(Language.Chinese, Language.English);

    private TempDirectory directory = null!;

    [SetUp]
    public void CreateDirectory() => directory = new TempDirectory();

    [TearDown]
    public void DeleteDirectory() => directory.Dispose();

    [Test]
    public void A_missing_file_is_reported_as_missing()
    {
        var path = directory.File("zh.txt");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: does not exist"));
    }

    [Test]
    public void A_file_in_a_missing_folder_is_reported_as_missing()
    {
        var path = Path.Combine(directory.Path, "nowhere", "zh.txt");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: does not exist"));
    }

    [Test]
    public void A_folder_given_as_a_file_is_reported_as_a_folder()
    {
        var path = Directory.CreateDirectory(directory.File("zh")).FullName;

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is a folder, not a file"));
    }

    [Test]
    public void A_file_without_read_permission_is_reported_as_unreadable()
    {
        var path = directory.Write("zh.txt", "1. 会议开幕。");
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("File modes are a Unix notion; Windows denies reads through ACLs, which this test does not set up.");
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        if (CanRead(path))
        {
            Assert.Ignore("The tests run as a user who may read any file (root), so a file without read permission cannot be simulated here.");
        }

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: cannot be read: permission denied"));
    }

    [Test]
    public void A_file_another_program_holds_exclusively_is_reported_as_unreadable()
    {
        var path = directory.Write("zh.txt", "1. 会议开幕。");
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: cannot be read: ").And.Message.Contains("used by another process"));
    }

    [TestCase("")]
    [TestCase("\uFEFF")]
    [TestCase(" \r\n\t\u3000\n\u200B")]
    public void An_empty_or_blank_document_is_reported_as_empty(string content)
    {
        var path = directory.Write("zh.txt", content);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is empty"));
    }

    [Test]
    public void A_document_of_page_furniture_only_is_reported_as_having_no_text()
    {
        var path = directory.Write("en.txt", "UNODC/CCPCJ/EG.4/2021/2\n\nV.21-02475 (E)\n\n2/13\n\n*2102475*\n");

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo("en.txt: has no text, only page furniture (page numbers, document symbols, running headers)"));
    }

    [Test]
    public void A_document_of_labels_only_is_reported_as_having_no_sentence_to_align()
    {
        var chinese = DocumentReader.Default.Read("1.\n\n2.\n\n(a)\n", Language.Chinese, "zh.txt");
        var english = DocumentReader.Default.Read("1. The meeting was opened.\n", Language.English, "en.txt");

        Assert.That(
            () => AlignmentPipeline.Default.Align(chinese, english),
            Throws.TypeOf<InputException>().With.Message.EqualTo("zh.txt: has no sentence to align, only labels, numbers or punctuation"));
    }

    [Test]
    public void A_binary_file_is_reported_as_not_text_at_its_first_binary_byte()
    {
        var path = directory.File("zh.txt");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not a text file (binary data at byte 8)"));
    }

    [Test]
    public void Text_thick_with_control_characters_is_reported_as_binary()
    {
        var path = directory.File("en.txt");
        File.WriteAllBytes(path, [.. "The meeting"u8, 0x01, 0x02, (byte)'x', 0x03, 0x04, 0x05, .. "was opened."u8]);

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not a text file (binary data at byte 11)"));
    }

    [Test]
    public void A_PDF_cut_short_is_reported_as_a_damaged_PDF_not_as_text()
    {
        var path = directory.File("zh.txt");
        File.WriteAllBytes(path, [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, .. "\n1 0 obj\n"u8]);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.StartsWith($"{path}: is a damaged PDF that cannot be read: "));
    }

    [Test]
    public void A_ZIP_archive_cut_short_is_reported_as_a_damaged_archive()
    {
        var path = directory.File("zh.docx");
        File.WriteAllBytes(path, [.. "PK"u8, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is a damaged or truncated ZIP archive (a Word .docx cut short?): its list of contents cannot be read"));
    }

    [Test]
    public void A_ZIP_archive_that_is_not_a_Word_file_is_reported_with_what_to_do()
    {
        var path = directory.File("zh.odt");
        using (var zip = new System.IO.Compression.ZipArchive(File.Create(path), System.IO.Compression.ZipArchiveMode.Create))
        {
            zip.CreateEntry("content.xml");
        }

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is a ZIP archive but not a Word document (an .xlsx or .odt, perhaps): save it as .docx or plain text first"));
    }

    [Test]
    public void An_RTF_document_is_refused_with_what_to_do()
    {
        var path = directory.Write("zh.txt", "{\\rtf1\\ansi\\deff0 {\\fonttbl{\\f0 SimSun;}}\\f0 \\u20250?\\u35758? \\par}");

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is an RTF document, not plain text: save it as .docx or as plain text first, or print it to PDF"));
    }

    [Test]
    public void An_HTML_page_is_refused_with_what_to_do()
    {
        var path = directory.Write("en.htm", "\n<!DOCTYPE html>\n<html lang=\"en\"><body><p>1. The meeting was opened.</p></body></html>\n");

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is an HTML page, not plain text: save it as .docx or as plain text first, or print it to PDF"));
    }

    [Test]
    public void An_XHTML_page_after_its_XML_declaration_and_a_comment_is_refused()
    {
        var path = directory.Write("en.txt", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- saved from a browser -->\n<HTML xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>The meeting was opened.</p></body></HTML>");

        Assert.That(() => DocumentReader.Default.ReadFile(path), Throws.TypeOf<InputException>().With.Message.Contains("is an HTML page"));
    }

    [Test]
    public void A_TMX_given_as_a_document_is_refused_by_its_root_element()
    {
        var path = directory.Write("zh.txt", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body/></tmx>\n");

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is an XML file (<tmx>), not a document's text: give the document itself (PDF, .docx or plain text)"));
    }

    [Test]
    public void Text_that_mentions_a_tag_is_read_as_text()
    {
        var path = directory.Write("en.txt", "The page opens with <html> and closes with </html>. Nothing else is needed.\n");

        Assert.That(DocumentReader.Default.ReadFile(path).Blocks, Is.Not.Empty);
    }

    [Test]
    public void Two_documents_in_the_same_language_are_refused()
    {
        var first = directory.Write("zh.txt", Corpus.ChineseText);
        var second = directory.Write("zh-copy.txt", Corpus.ChineseText);

        Assert.That(
            () => AlignmentPipeline.Default.AlignFiles(first, second),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{second}: is in the same language as {first} (zh-CN); expected one Chinese and one English document"));
    }

    [Test]
    public void A_document_and_its_summary_are_refused_as_wildly_different_in_length()
    {
        var chinese = directory.Write("zh.txt", Corpus.ChineseText);
        var english = directory.Write("en.txt", string.Join('\n', Corpus.Lines("en.txt").Take(40)));

        Assert.That(
            () => AlignmentPipeline.Default.AlignFiles(chinese, english),
            Throws.TypeOf<LengthMismatchException>().With.Message.Match(
                $@"^{Regex.Escape(chinese)}: is \d+\.\d times as long as {Regex.Escape(english)}, so one looks like a summary or an excerpt of the other; if they are translations of each other, set AlignmentPipeline\.AllowLengthMismatch to align them anyway$"));
    }

    [Test]
    public void A_length_mismatch_can_be_allowed()
    {
        var chinese = directory.Write("zh.txt", Corpus.ChineseText);
        var english = directory.Write("en.txt", string.Join('\n', Corpus.Lines("en.txt").Take(40)));

        var bitext = (AlignmentPipeline.Default with { AllowLengthMismatch = true }).AlignFiles(chinese, english);

        Assert.That(bitext.Beads, Is.Not.Empty);
    }

    [Test]
    public void A_real_translation_pair_is_well_within_the_length_limit()
    {
        var chinese = DocumentReader.Default.Read(Corpus.ChineseText, Language.Chinese, "zh.txt");
        var english = DocumentReader.Default.Read(Corpus.EnglishText, Language.English, "en.txt");

        Assert.That(AlignmentPipeline.Default.Align(chinese, english).Beads, Is.Not.Empty);
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var path = directory.File("zh.txt");
        WriteRepeated(path, Encoding.UTF8.GetBytes(Corpus.ChineseText), 200L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.That(
            () => DocumentReader.Default.ReadFile(path),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is 200 MB, over the 64 MB limit for one document; if it really is one document, raise the limit"));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(1 << 20), "Refusing the file allocated as if it had been read.");
    }

    [Test]
    public void The_size_limit_can_be_raised()
    {
        var path = directory.File("en.txt");
        WriteRepeated(path, Encoding.UTF8.GetBytes(Corpus.EnglishText), 2L * Corpus.EnglishText.Length);

        Assert.That(() => new DocumentReader(new ReaderOptions { MaxFileSize = 1024 }).ReadFile(path), Throws.TypeOf<InputException>());
        Assert.That(new DocumentReader(new ReaderOptions { MaxFileSize = 1 << 20 }).ReadFile(path).Blocks, Is.Not.Empty);
    }

    [Test]
    public void Decoding_a_large_file_takes_little_more_memory_than_its_text()
    {
        // 16 MB of Chinese in UTF-8 is 5.6 million characters, 11 MB as a string. Reading the whole file and then
        // decoding it would allocate 27 MB.
        var path = directory.File("zh.txt");
        var size = WriteRepeated(path, Encoding.UTF8.GetBytes(Corpus.ChineseText), 16L * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var text = Alignment.Documents.Reading.TextDecoder.Read(path, ReaderOptions.Default).Text;

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Out.WriteLine($"{size:N0} bytes, {text.Length:N0} characters, {allocated:N0} bytes allocated");
        Assert.That(allocated, Is.LessThan((2L * text.Length) + (2 << 20)));
    }

    [Test]
    public void Malformed_TMX_is_reported_with_file_line_and_column()
    {
        var path = directory.Write("memory.tmx", TmxReaderTests.Tmx(TmxReaderTests.Tu("甲。", "A.") + "<tu><tuv xml:lang=\"en\"><seg>B.</sgg></tuv></tu>"));

        Assert.That(
            () => TmxReader.ReadAll(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo(
                $"{path}(9,33): is not well-formed XML: The 'seg' start tag on line 9 position 25 does not match the end tag of 'sgg'."));
    }

    [Test]
    public void Truncated_TMX_is_reported_where_it_ends()
    {
        var whole = TmxReaderTests.Tmx(TmxReaderTests.Tu("甲。", "A.") + TmxReaderTests.Tu("乙。", "B."));
        var path = directory.Write("memory.tmx", whole[..whole.IndexOf('乙', StringComparison.Ordinal)]);

        Assert.That(
            () => TmxReader.ReadAll(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}(9,36): is not well-formed XML: Unexpected end of file has occurred. The following elements are not closed: seg, tuv, tu, body, tmx."));
    }

    [Test]
    public void TMX_in_other_languages_is_reported_with_the_languages_it_has()
    {
        var path = directory.Write("memory.tmx", TmxReaderTests.Tmx(TmxReaderTests.Tu(("fr-FR", "Bonjour."), ("x-klingon", "nuqneH."))));

        Assert.That(
            () => TmxReader.ReadAll(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: has no translation unit in both zh-CN and en; the languages it has are fr-FR, x-klingon"));
    }

    [Test]
    public void An_empty_TMX_file_is_reported_as_not_TMX()
    {
        var path = directory.Write("memory.tmx", string.Empty);

        Assert.That(
            () => TmxReader.ReadAll(path, ChineseToEnglish),
            Throws.TypeOf<InputException>().With.Message.EqualTo($"{path}: is not a TMX file: it is not XML (Root element is missing.)"));
    }

    [Test]
    public void A_binary_file_given_as_TMX_is_reported_as_not_TMX()
    {
        var path = directory.File("memory.tmx");
        File.WriteAllBytes(path, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.That(() => TmxReader.ReadAll(path, ChineseToEnglish), Throws.TypeOf<InputException>().With.Property("Problem").StartsWith("is not a TMX file: it is not XML"));
    }

    [Test]
    public void A_write_that_fails_leaves_the_existing_file_as_it_was_and_no_temporary_file()
    {
        var path = directory.Write("memory.tmx", "the memory as it was");

        Assert.That(() => TmxWriter.Write(path, FailingUnits(), new TmxWriteOptions(Language.Chinese)), Throws.TypeOf<InputException>());

        Assert.That(File.ReadAllText(path), Is.EqualTo("the memory as it was"));
        Assert.That(Directory.GetFiles(directory.Path), Is.EqualTo(new[] { path }));
    }

    private static IEnumerable<TranslationUnit> FailingUnits()
    {
        yield return new TranslationUnit("1", new Segment(Language.Chinese, "甲。"), new Segment(Language.English, "A."));
        throw new InputException("zh.txt", "is not valid UTF-8 at byte 3");
    }

    /// <summary>Fills a file with copies of <paramref name="piece"/> up to about <paramref name="size"/> bytes, quickly; returns its size.</summary>
    private static long WriteRepeated(string path, byte[] piece, long size)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        while (stream.Length + piece.Length <= size)
        {
            stream.Write(piece);
        }

        // The last piece is cut where a UTF-8 character starts, so that the file stays valid whatever the piece's length.
        var tail = (int)(size - stream.Length);
        while (tail > 0 && (piece[tail] & 0xC0) == 0x80)
        {
            tail--;
        }

        stream.Write(piece.AsSpan(0, tail));
        return stream.Length;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
