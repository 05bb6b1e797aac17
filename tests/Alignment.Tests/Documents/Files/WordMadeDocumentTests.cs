using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Documents as Word makes them, from a second typesetter (tests/Fixtures/typeset-word.py): built-in Title and Heading
/// styles, paragraph numbers and items from list numbering (or typed, in the <c>typed</c> variant), footnotes from
/// the footnotes part, headers and footers with page fields, a section break, tables; and the PDF LibreOffice makes
/// of the list-numbered report, a layout other than the first typesetter's. Read as well as the clean text.
/// </summary>
public sealed class WordMadeDocumentTests
{
    private static readonly string[] Files = ["report-word.{0}.docx", "report-typed.{0}.docx", "report-word.{0}.pdf"];

    public static IEnumerable<TestCaseData> Documents =>
        from pattern in Files
        from language in new[] { "zh", "en" }
        select new TestCaseData(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, language), language)
            .SetArgDisplayNames(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, language));

    public static IEnumerable<TestCaseData> Pairs =>
        from pattern in Files
        let zh = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, "zh")
        let en = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, "en")
        select new TestCaseData(zh, en).SetArgDisplayNames(zh, en);

    [TestCaseSource(nameof(Documents))]
    public void The_sentences_of_a_file_Word_made_are_the_gold_sentences(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(read.Sentences.Select(s => s.Text), Is.EquivalentTo(DocumentFixtures.Gold(language)));
    }

    [TestCaseSource(nameof(Pairs))]
    public void Aligning_a_pair_of_files_Word_made_reproduces_the_gold_alignment(string chinese, string english)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf(chinese), DocumentFixtures.PathOf(english));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    [TestCaseSource(nameof(Documents))]
    public void Every_character_of_the_body_and_the_footnotes_of_a_file_Word_made_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(DocumentFixtures.Gold(language))));
    }

    [Test]
    public void Headings_styled_in_Word_are_headings_and_the_title_styled_Title_is_the_title()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-typed.en.docx")).Blocks;

        Assert.That(blocks.Single(b => b.Text == "Introduction").Kind, Is.EqualTo(BlockKind.Heading));
        Assert.That(blocks.Single(b => b.Text == "Legislation and frameworks").Kind, Is.EqualTo(BlockKind.Heading));
        Assert.That(blocks.First(b => b.Text.StartsWith("Report on the meeting", StringComparison.Ordinal)).Kind, Is.EqualTo(BlockKind.Title));
    }

    /// <summary>
    /// The Word-made report's PDF as pdftotext extracts it: its footer is a job number and "Page 2 of 13" (第 2 页，共 9 页
    /// in Chinese), as a word processor's page field writes it, and must be left out as page furniture. The floor is the
    /// score measured, rounded down.
    /// </summary>
    [TestCase("pdftotext-raw.txt", 0.98)]
    [TestCase("pdftotext-layout.txt", 0.99)]
    public void The_extracted_text_of_the_pdf_Word_made_reproduces_the_gold_alignment(string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"report-word.zh.{format}"), DocumentFixtures.PathOf($"report-word.en.{format}"));
        var scores = DocumentFixtures.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>The speeches and the financial report (tables of figures as Word tables) typeset the same way, as Word files.</summary>
    [TestCase("speeches-word")]
    [TestCase("financial-word")]
    public void Other_genres_Word_made_reproduce_their_gold_alignment(string name)
    {
        var scores = DocumentFixtures.ScoreAgainstCorpus(name, "docx");

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    /// <summary>
    /// The speeches and the financial report Word made, as LibreOffice turns them into PDFs and pdftotext extracts them:
    /// the first page's header (<c>United Nations</c> beside the symbol), an agenda's last item ending a page, Word tables
    /// whose row labels wrap in a narrow first column under their figures, and headings numbered <c>VII.</c> set against
    /// their titles. The floors are the scores measured, rounded down.
    /// </summary>
    [TestCase("speeches-word", "pdf", 0.99)]
    [TestCase("speeches-word", "pdftotext-raw.txt", 0.97)]
    [TestCase("speeches-word", "pdftotext-layout.txt", 0.99)]
    [TestCase("financial-word", "pdf", 0.99)]
    [TestCase("financial-word", "pdftotext-raw.txt", 0.95)]
    [TestCase("financial-word", "pdftotext-layout.txt", 0.99)]
    public void Other_genres_Word_made_reproduce_their_gold_alignment_from_the_pdf_and_its_text(string name, string format, double floor)
    {
        var scores = DocumentFixtures.ScoreAgainstCorpus(name, format);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>The PDFs of the other genres, and the Word-made PDFs' extracted texts: file and language.</summary>
    public static IEnumerable<TestCaseData> GenrePdfs =>
        from name in new[] { "speeches-word", "financial-word" }
        from language in new[] { "zh", "en" }
        select new TestCaseData($"{name}.{language}.pdf", language).SetArgDisplayNames($"{name}.{language}.pdf");

    public static IEnumerable<TestCaseData> ExtractedTexts =>
        from name in new[] { "report-word", "speeches-word", "financial-word" }
        from format in new[] { "pdftotext-raw.txt", "pdftotext-layout.txt" }
        from language in new[] { "zh", "en" }
        select new TestCaseData($"{name}.{language}.{format}", language).SetArgDisplayNames($"{name}.{language}.{format}");

    /// <summary>As for the report's PDF: every character of the body, the tables and the footnotes reaches exactly one sentence.</summary>
    [TestCaseSource(nameof(GenrePdfs))]
    public void Every_character_of_the_body_and_the_footnotes_of_another_genres_pdf_Word_made_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(DocumentFixtures.CorpusGold(file, language))));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_text_of_a_pdf_Word_made_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_text_of_a_pdf_Word_made_is_removed_as_page_furniture(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, file.StartsWith("report-", StringComparison.Ordinal) ? DocumentFixtures.Gold(language) : DocumentFixtures.CorpusGold(file, language));
}
