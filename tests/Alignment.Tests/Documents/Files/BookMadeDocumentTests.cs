using Alignment.Documents;
using Alignment.Tests.Interchange;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Documents from a third typesetter (tests/Fixtures/typeset-html.py): a web page that LibreOffice's HTML import lays
/// out as a book's pages (B5, the document's title centred at the head of every page, <c>- 3 -</c> at the foot, notes
/// as endnotes on a page of their own, paragraph numbers from list numbering that outgrow their hanging indent,
/// headings set out at the margin, tables with captions), as PDF, Word and the text pdftotext takes from the PDF. The
/// layout was made after the readers' rules, to measure them on something they were not written against; the floors
/// are the scores measured, rounded down.
/// </summary>
public sealed class BookMadeDocumentTests
{
    private static readonly string[] Names = ["report-book", "financial-book", "speeches-book"];

    private static readonly string[] Formats = ["pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt"];

    public static IEnumerable<TestCaseData> LaidOut => DocumentFixtures.Named(Names, "pdf", "docx");

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(Names, "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCase("report-book", "pdf", 0.99)]
    [TestCase("report-book", "docx", 0.99)]
    [TestCase("report-book", "pdftotext-raw.txt", 0.98)]
    [TestCase("report-book", "pdftotext-layout.txt", 0.98)]
    [TestCase("financial-book", "pdf", 0.99)]
    [TestCase("financial-book", "docx", 0.99)]
    [TestCase("financial-book", "pdftotext-raw.txt", 0.99)]
    [TestCase("financial-book", "pdftotext-layout.txt", 0.98)]
    [TestCase("speeches-book", "pdf", 0.99)]
    [TestCase("speeches-book", "docx", 0.99)]
    [TestCase("speeches-book", "pdftotext-raw.txt", 0.99)]
    [TestCase("speeches-book", "pdftotext-layout.txt", 0.99)]
    public void A_pair_typeset_as_a_book_reproduces_its_gold_alignment(string name, string format, double floor)
    {
        Assert.That(Formats, Does.Contain(format));

        var scores = DocumentFixtures.ScoreAgainstCorpus(name, format);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>Every character of the body, the tables and the notes of a PDF or Word file reaches exactly one sentence.</summary>
    [TestCaseSource(nameof(LaidOut))]
    public void Every_character_of_the_body_and_the_notes_of_a_book_reaches_exactly_one_sentence(string file, string language)
    {
        var read = DocumentFixtures.Segment(file);

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(DocumentFixtures.CorpusGold(file, language))));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_text_of_a_book_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_text_of_a_book_is_removed_as_page_furniture(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, DocumentFixtures.CorpusGold(file, language));

    [Test]
    public void Endnotes_on_a_page_of_their_own_after_the_text_are_read_as_footnotes_of_the_pdf()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-book.en.pdf")).Blocks;

        var notes = blocks.Where(b => b.Kind == BlockKind.Footnote).ToArray();

        Assert.That(notes.Select(b => b.Label.Anchor), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(notes[0].Text, Does.StartWith("See www.unodc.org/").And.EndWith("cybercrime_2021.html."));
    }

    [Test]
    public void A_centred_title_the_pdf_wraps_over_three_lines_is_one_title()
    {
        var title = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-book.en.pdf")).Blocks.First(b => b.Kind == BlockKind.Title);

        Assert.That(title.Text, Is.EqualTo("Report on the meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime held in Vienna from 6 to 8 April 2021"));
    }

    /// <summary>
    /// Headings set out at the margin, paragraphs in from it: a page with a heading on it has the same margin as one
    /// without, so a paragraph the page breaks goes on.
    /// </summary>
    [Test]
    public void A_paragraph_a_page_breaks_goes_on_when_the_next_page_has_headings_at_the_margin()
    {
        var blocks = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf("report-book.zh.pdf")).Blocks;

        var paragraph = blocks.First(b => b.Kind == BlockKind.NumberedParagraph && b.Label.Anchor == "10");

        Assert.That(paragraph.Text, Does.Contain("扩大主席团还经默许程序商定了第七次会议的临时议程"));
    }

    /// <summary>The document's title as a running header, too wide for one line in small type, wrapped over two.</summary>
    [TestCase("report-book.en.pdftotext-raw.txt")]
    [TestCase("report-book.en.pdftotext-layout.txt")]
    public void A_running_title_over_two_lines_is_left_out_of_the_text(string file)
    {
        var sentences = DocumentFixtures.Segment(file).Sentences.Select(s => s.Text).ToArray();

        Assert.That(sentences.Count(s => s.Contains("Vienna from 6 to 8 April 2021", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public void A_paragraph_number_run_into_the_year_that_starts_its_text_is_its_label()
    {
        var document = Read.Chinese("9. 养恤基金举行了会议。", string.Empty, "10.2026年，养恤基金的回报率为7.2%。");

        Assert.That(document.Blocks.Select(b => (b.Label.Written, b.Text)), Is.EqualTo(new[] { ("9.", "养恤基金举行了会议。"), ("10.", "2026年，养恤基金的回报率为7.2%。") }));
    }

    [Test]
    public void A_number_run_into_a_year_is_no_label_where_it_is_not_the_next_paragraphs_number()
    {
        var document = Read.English("9. The Fund met.", string.Empty, "12.2026 was the year of the review.");

        Assert.That(document.Blocks.Select(b => b.Label.Written), Is.EqualTo(new[] { "9.", string.Empty }));
    }

    /// <summary>
    /// A note whose mark the file gives (<c>w:customMarkFollows</c>, as LibreOffice writes a note numbered by hand): the
    /// mark is the reference's number, not text after a generated one, and the note's text has it typed before a tab.
    /// </summary>
    [Test]
    public void A_Word_note_numbered_by_hand_keeps_its_number_and_loses_the_mark_typed_before_its_text()
    {
        using var directory = new TempDirectory();
        var path = directory.File("endnote.docx");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var notes = main.AddNewPart<EndnotesPart>();
            notes.Endnotes = new Word.Endnotes(new Word.Endnote(new Word.Paragraph(
                new Word.Run(new Word.Text("7")),
                new Word.Run(new Word.TabChar(), new Word.Text("See the report of the meeting."))))
            { Id = 2 });
            main.Document = new Word.Document(new Word.Body(
                new Word.Paragraph(
                    new Word.Run(new Word.Text("The Expert Group met in Vienna.")),
                    new Word.Run(new Word.EndnoteReference { Id = 2, CustomMarkFollows = true }, new Word.Text("7"))),
                new Word.Paragraph(new Word.Run(new Word.Text("It adopted its report.")))));
        }

        var blocks = DocumentReader.Default.ReadFile(path).Blocks;

        Assert.That(blocks.Select(b => (b.Kind, b.Text)), Is.EqualTo(new[]
        {
            (BlockKind.Paragraph, "The Expert Group met in Vienna.⁷"),
            (BlockKind.Footnote, "See the report of the meeting."),
            (BlockKind.Paragraph, "It adopted its report."),
        }));
    }

    /// <summary>A caption's lines, each broken by hand in a centred paragraph: a table's number, its title and its unit.</summary>
    [Test]
    public void Lines_a_centred_Word_paragraph_breaks_by_hand_are_units_of_their_own()
    {
        var blocks = ReadCentred("Table 3", "Rates of return by asset class", "(Percentage)");

        Assert.That(blocks, Is.EqualTo(new[] { "Table 3", "Rates of return by asset class", "(Percentage)" }));
    }

    [Test]
    public void A_centred_title_broken_by_hand_before_lower_case_or_after_a_function_word_stays_one()
    {
        var blocks = ReadCentred("Report of the Ad Hoc Committee", "on its first session", "held in Vienna in the", "Spring of 2021");

        Assert.That(blocks, Is.EqualTo(new[] { "Report of the Ad Hoc Committee on its first session held in Vienna in the Spring of 2021" }));
    }

    private static string[] ReadCentred(params string[] lines)
    {
        using var directory = new TempDirectory();
        var path = directory.File("centred.docx");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var run = new Word.Run();
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.AppendChild(new Word.Break());
                }

                run.AppendChild(new Word.Text(lines[i]));
            }

            word.AddMainDocumentPart().Document = new Word.Document(new Word.Body(
                new Word.Paragraph(new Word.ParagraphProperties(new Word.Justification { Val = Word.JustificationValues.Center }), run)));
        }

        return [.. DocumentReader.Default.ReadFile(path).Blocks.Select(b => b.Text)];
    }
}
