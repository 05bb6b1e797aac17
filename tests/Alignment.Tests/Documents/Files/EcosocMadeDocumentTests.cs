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
    [TestCase("report-ecosoc", "pdftotext-raw.txt", 0.98)]
    [TestCase("report-ecosoc", "pdftotext-layout.txt", 0.99)]
    [TestCase("financial-ecosoc", "pdf", 0.99)]
    [TestCase("financial-ecosoc", "docx", 0.99)]
    [TestCase("financial-ecosoc", "pdftotext-raw.txt", 0.95)]
    [TestCase("financial-ecosoc", "pdftotext-layout.txt", 0.97)]
    [TestCase("speeches-ecosoc", "pdf", 0.99)]
    [TestCase("speeches-ecosoc", "docx", 0.99)]
    [TestCase("speeches-ecosoc", "pdftotext-raw.txt", 0.98)]
    [TestCase("speeches-ecosoc", "pdftotext-layout.txt", 0.98)]
    [TestCase("forum-ecosoc", "pdf", 0.96)]
    [TestCase("forum-ecosoc", "docx", 0.97)]
    [TestCase("forum-ecosoc", "pdftotext-raw.txt", 0.95)]
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

    [Test]
    public void A_two_level_number_before_a_Chinese_sentence_that_opens_with_a_figure_is_a_label()
    {
        var document = Read.Chinese("一、导言", string.Empty, "1.1 养恤基金是一个多雇主确定福利计划。", string.Empty, "二、财务状况", string.Empty, "2.1 2026年投资净收入为8.13亿美元。");

        Assert.That(document.Blocks.Select(b => b.Label.Written), Is.EqualTo(new[] { "一、", "1.1", "二、", "2.1" }));
    }

    [Test]
    public void A_two_level_number_before_a_row_of_figures_is_no_label()
    {
        var document = Read.Chinese("一、导言", string.Empty, "1.1 养恤基金是一个多雇主确定福利计划。", string.Empty, "1.2 3.5 4.1");

        Assert.That(document.Blocks.Select(b => b.Label.Written), Is.EqualTo(new[] { "一、", "1.1", string.Empty }));
    }

    [Test]
    public void A_Roman_numeral_spread_letter_by_letter_before_a_spread_title_labels_the_heading()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdftotext-raw.txt")).Blocks;

        var chapters = blocks.Where(b => b.Kind == BlockKind.Heading && b.Label.Anchor.Length > 0).Select(b => b.Label.Anchor).ToArray();

        Assert.That(chapters, Is.EqualTo(new[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII" }));
    }

    [TestCase("financial-ecosoc.en.pdf")]
    [TestCase("report-ecosoc.zh.pdf")]
    [TestCase("forum-ecosoc.en.pdftotext-raw.txt")]
    public void The_first_pages_own_header_and_its_distribution_line_are_left_out(string file)
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(file)).Blocks;

        Assert.That(blocks.Any(b => b.Text.Contains("Distr.", StringComparison.Ordinal)), Is.False);
        Assert.That(blocks[0].Text, Does.Not.StartWith("United Nations").And.Not.StartWith("联合国"));
    }

    /// <summary>The organ's name in large type at the left, the session and dates in small type at the right, on baselines of their own.</summary>
    [Test]
    public void Blocks_set_side_by_side_in_a_pdf_are_read_block_by_block()
    {
        var texts = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks.Take(3).Select(b => b.Text);

        Assert.That(texts, Is.EqualTo(new[] { "Regional Organizations Joint Staff Pension Fund", "Pension Board, forty-first session", "Geneva, 12–16 July 2027" }));
    }

    /// <summary>Chinese text at 118% beside tables set solid whose rows outnumber its lines.</summary>
    [Test]
    public void Running_text_set_wider_than_the_more_numerous_rows_of_its_tables_reads_as_paragraphs()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.zh.pdf")).Blocks;

        Assert.That(blocks.Any(b => b.Text.StartsWith("根据《区域组织联合工作人员养恤基金条例》", StringComparison.Ordinal) && b.Text.EndsWith("除非另有说明，表中金额以百万美元为单位。", StringComparison.Ordinal)), Is.True);
    }

    /// <summary>A sender's name in larger type, wrapped at a pitch that comes near the body's spacing between paragraphs.</summary>
    [Test]
    public void A_name_in_larger_type_wrapped_at_the_bodys_paragraph_spacing_is_one_line()
    {
        var texts = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("forum-ecosoc.en.pdf")).Blocks.Select(b => b.Text);

        Assert.That(texts, Does.Contain("Asian Mountain Watersheds Cooperation Organization"));
    }

    [Test]
    public void A_group_name_in_capitals_under_a_row_is_not_the_rows_label_going_on()
    {
        var texts = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks.Select(b => b.Text).ToArray();

        Assert.That(texts, Does.Contain("Investments").And.Contain("Contributions"));
    }

    /// <summary>Another table on the page, with wider labels, does not make the column of this one wider.</summary>
    [Test]
    public void A_rows_label_wrapped_in_its_tables_column_is_one_row()
    {
        var texts = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("financial-ecosoc.en.pdf")).Blocks.Select(b => b.Text);

        Assert.That(texts, Has.Some.StartsWith("Deferred retirement benefits").And.Some.StartsWith("Widows' and widowers' benefits"));
    }
}
