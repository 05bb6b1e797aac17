using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Documents from a fourth typesetter (tests/Fixtures/typeset-ecosoc.py): a flat ODT in the manner of an ECOSOC paper,
/// a first page with its own header (<c>United Nations</c> beside the symbol, <c>Distr.: General</c> under it) and
/// the job number with its dates at its foot, the front matter's first lines side by side in a table, page numbers in
/// the header of later pages, paragraph numbers in two levels (<c>1.1</c>), centred letter-spaced chapter headings, an
/// italic preamble, the first wide table on a landscape page, Chinese justified with wide letter spacing; as PDF, Word
/// and the text pdftotext takes from the PDF. The layout was made and measured before any reader change; the floors are
/// the scores measured after, rounded down.
/// </summary>
public sealed class EcosocMadeDocumentTests
{
    private static readonly string[] Names = ["report-ecosoc", "financial-ecosoc", "speeches-ecosoc", "forum-ecosoc"];

    public static IEnumerable<TestCaseData> Files => DocumentFixtures.Named(Names, "pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt");

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Names, "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCase("report-ecosoc", "pdf", 0.98)]
    [TestCase("report-ecosoc", "docx", 0.99)]
    [TestCase("report-ecosoc", "pdftotext-raw.txt", 0.96)]
    [TestCase("report-ecosoc", "pdftotext-layout.txt", 0.99)]
    [TestCase("financial-ecosoc", "pdf", 0.66)]
    [TestCase("financial-ecosoc", "docx", 0.94)]
    [TestCase("financial-ecosoc", "pdftotext-raw.txt", 0.86)]
    [TestCase("financial-ecosoc", "pdftotext-layout.txt", 0.87)]
    [TestCase("speeches-ecosoc", "pdf", 0.98)]
    [TestCase("speeches-ecosoc", "docx", 0.99)]
    [TestCase("speeches-ecosoc", "pdftotext-raw.txt", 0.95)]
    [TestCase("speeches-ecosoc", "pdftotext-layout.txt", 0.95)]
    [TestCase("forum-ecosoc", "pdf", 0.95)]
    [TestCase("forum-ecosoc", "docx", 0.96)]
    [TestCase("forum-ecosoc", "pdftotext-raw.txt", 0.94)]
    [TestCase("forum-ecosoc", "pdftotext-layout.txt", 0.95)]
    public void A_pair_typeset_as_an_ECOSOC_paper_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        var scores = DocumentFixtures.ScoreAgainstCorpus(name, format);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>No text lost: every character of the gold sentences reaches a sentence or a label, from every file.</summary>
    [TestCaseSource(nameof(Files))]
    public void No_character_of_an_ECOSOC_paper_is_lost(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, DocumentFixtures.CorpusGold(file, language));

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_text_of_an_ECOSOC_paper_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    [TestCase("report-ecosoc.en.docx")]
    [TestCase("report-ecosoc.zh.pdf")]
    [TestCase("report-ecosoc.en.pdf")]
    [TestCase("report-ecosoc.zh.pdftotext-layout.txt")]
    public void Paragraph_numbers_in_two_levels_are_labels(string file)
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(file)).Blocks;

        var numbered = blocks.Where(b => b.Kind == BlockKind.NumberedParagraph).Select(b => b.Label.Anchor).ToArray();

        Assert.That(numbered, Does.Contain("1.1").And.Contain("1.10").And.Contain("2.1"));
        Assert.That(blocks.Any(b => b.Text.StartsWith("1.1 ", StringComparison.Ordinal) || b.Text.StartsWith("2.1 ", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void A_decimal_starting_a_line_is_no_label_where_the_numbering_does_not_go_on_to_it()
    {
        var document = Read.English("I. Introduction", string.Empty, "1.1 The Fund met.", string.Empty, "1.5 Million people took part.");

        Assert.That(document.Blocks.Select(b => b.Label.Written), Is.EqualTo(new[] { "I.", "1.1", string.Empty }));
    }

    /// <summary>
    /// LibreOffice writes a paragraph the first page's end cuts in two, where the page style changes, as two Word
    /// paragraphs, the first holding the section break.
    /// </summary>
    [TestCase("report-ecosoc.en.docx", "and function as the platform")]
    [TestCase("report-ecosoc.zh.docx", "以期审查备选方案，以针对网络犯罪而加强现有的应对措施")]
    public void A_paragraph_a_section_break_cuts_in_two_is_one(string file, string rest)
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(file)).Blocks;

        Assert.That(blocks.Any(b => b.Text.StartsWith(rest, StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public void A_letter_spaced_heading_in_a_pdf_reads_as_its_words()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-ecosoc.en.pdf")).Blocks;

        Assert.That(blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text), Does.Contain("Introduction").And.Contain("Organization of the meeting"));
    }

    [Test]
    public void A_letter_spaced_Chinese_heading_in_pdftotext_text_reads_as_its_words()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-ecosoc.zh.pdftotext-raw.txt")).Blocks;

        Assert.That(blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text), Does.Contain("导言"));
    }

    [Test]
    public void Latin_letters_and_digits_pdftotext_spreads_in_letter_spaced_Chinese_are_words_again()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-ecosoc.zh.pdftotext-layout.txt")).Blocks;

        Assert.That(blocks.Any(b => b.Text.Contains("（UNODC/CCPCJ/EG.4/2018/CRP.1）", StringComparison.Ordinal)), Is.True);
    }

    [Test]
    public void A_job_number_with_its_issue_and_print_dates_is_left_out()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-ecosoc.en.pdf")).Blocks;

        Assert.That(blocks.Any(b => b.Text.Contains("02475", StringComparison.Ordinal)), Is.False);
    }

    /// <summary>A table's rows set solid on a landscape page do not set the pitch of the running text set wider.</summary>
    [Test]
    public void Running_text_set_wider_than_a_tables_rows_reads_as_paragraphs()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks;

        Assert.That(blocks.Count(b => b.Text.StartsWith("Under article 14 of the Regulations", StringComparison.Ordinal) && b.Text.EndsWith("millions of United States dollars.", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void A_summary_set_in_with_its_first_line_indented_further_is_one_paragraph()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks;

        Assert.That(blocks.Count(b => b.Text.StartsWith("The present note sets out the financial statements", StringComparison.Ordinal) && b.Text.EndsWith("herein.", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void A_title_in_larger_type_wrapped_before_a_word_in_lower_case_is_one_title()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks;

        Assert.That(blocks.Select(b => b.Text), Does.Contain("Financial statements for 2026 and report of the Board of Auditors"));
    }
}
