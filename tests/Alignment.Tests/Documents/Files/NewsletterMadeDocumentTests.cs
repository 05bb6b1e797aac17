using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The interview typeset as a two-column newsletter (tests/Fixtures/typeset-newsletter.py: A4, two ragged columns with a
/// 1 cm gutter, the title, by-line and lead across the page, a paragraph boxed across both columns, a centred head and
/// foot), as PDF and as the text pdftotext takes from it. Made to measure the readers on two columns (side by side on
/// each line of pdftotext -layout text) in a layout other than the magazine's, which the rules were written against;
/// every word is the corpus's, so the corpus's gold is the newsletter's. The floors are the scores measured, rounded down.
/// </summary>
public sealed class NewsletterMadeDocumentTests
{
    private const string Name = "Newsletter/interview-newsletter";

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named([Name], "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCase("pdf", 0.99)]
    [TestCase("pdftotext-layout.txt", 0.95)]
    [TestCase("pdftotext-raw.txt", 0.95)]
    public void The_interview_typeset_as_a_two_column_newsletter_reproduces_its_gold_alignment(string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"{Name}.zh.{format}"), DocumentFixtures.PathOf($"{Name}.en.{format}"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(Corpus, "gold.beads")), "gold.beads");

        var scores = DocumentFixtures.Score(bitext, Gold("zh"), Gold("en"), gold);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>
    /// A Chinese line in a ragged column that stops short of the column's edge, as a line with Latin digits in it does
    /// (<c>…2018 年冬天下大雪，</c>), ends no paragraph where the lines that reach the edge hang their final mark past it:
    /// the measure is where their characters stop, not their hung marks.
    /// </summary>
    [Test]
    public void Every_chinese_sentence_of_the_newsletter_pdf_is_read_whole()
    {
        var document = DocumentFixtures.Segment($"{Name}.zh.pdf");

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(Gold("zh")));
    }

    /// <summary>
    /// The last page holds the interview's last lines, two in each column, too few to show its columns: it goes on in
    /// the columns of the page before, so the left column's last turn is read before the right column's note.
    /// </summary>
    [Test]
    public void The_last_page_of_a_few_lines_is_read_in_the_columns_of_the_page_before()
    {
        var document = DocumentFixtures.Segment($"{Name}.en.pdf");

        Assert.That(document.Sentences.TakeLast(3).Select(s => s.Text), Is.EqualTo(Gold("en").TakeLast(3)));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a removed line, the right column's too.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_newsletter_text_reaches_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_newsletter_text_is_removed(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(language));

    private static string Corpus => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "interview-mountain-seed-bank");

    private static string[] Gold(string language) =>
        [.. File.ReadAllLines(Path.Combine(Corpus, $"{language}.sentences.txt")).Where(l => l.Length > 0)];
}
