using System.Text;
using Alignment.Aligning;
using Alignment.Tests.Documents.Files;

namespace Alignment.Tests.Documents;

/// <summary>
/// A software help page, a kind of document the corpora do not hold: the user guide of an online registration portal
/// (tests/TestData/Probes/manual.*, with hand-checked sentences and beads), with numbered steps whose title stands on
/// the line above the first instruction, captions (<c>Figure 1.</c>, <c>Table 1.</c>, <c>Box 1.</c>, <c>图1.</c>,
/// <c>步骤1.</c>), a table of fields, notes, a FAQ, menu paths, keys, an address and an e-mail; and the same page
/// typeset as a web page through LibreOffice into PDF and Word, with the text pdftotext takes from the PDF
/// (tests/TestData/Documents/manual-book.*, made by tests/Fixtures/make-manual-documents.sh). The typeset files were
/// made and measured before any reader change; the floors are the figures measured after, rounded down.
/// </summary>
public sealed class HelpPageTests
{
    /// <remarks>
    /// The PDF too: its page title has the words of the running title printed over every page, and must not go with it.
    /// </remarks>
    public static IEnumerable<TestCaseData> TypesetFiles =>
        DocumentFixtures.Named(["manual-book"], "pdf", "docx", "pdftotext-raw.txt", "pdftotext-layout.txt");

    public static IEnumerable<TestCaseData> LaidOut => DocumentFixtures.Named(["manual-book"], "pdf", "docx");

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named(["manual-book"], "pdftotext-raw.txt", "pdftotext-layout.txt");

    [Test]
    public void The_help_page_aligns_into_its_gold_beads()
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(ProbePath("manual.zh.txt"), ProbePath("manual.en.txt"));

        Assert.That(
            bitext.Beads.Select(b => $"[{string.Join(",", b.Source.Indices)}]:[{string.Join(",", b.Target.Indices)}]"),
            Is.EqualTo(File.ReadAllLines(ProbePath("manual.beads")).Where(l => l.Length > 0)));
    }

    [TestCaseSource(nameof(LaidOut))]
    public void The_help_page_typeset_in_Word_or_as_a_PDF_reads_into_its_hand_checked_sentences(string file, string language) =>
        Assert.That(DocumentFixtures.Segment(file).Sentences.Select(s => s.Text), Is.EqualTo(Gold(language)));

    [TestCase("manual-book.zh.pdftotext-raw.txt", 66)]
    [TestCase("manual-book.en.pdftotext-raw.txt", 64)]
    [TestCase("manual-book.zh.pdftotext-layout.txt", 71)]
    [TestCase("manual-book.en.pdftotext-layout.txt", 71)]
    public void The_help_page_from_pdftotext_text_reproduces_its_hand_checked_sentences(string file, int floor)
    {
        var language = file.Contains(".zh.", StringComparison.Ordinal) ? "zh" : "en";
        var read = DocumentFixtures.Segment(file).Sentences.Select(s => WithoutSpaces(s.Text)).ToList();

        // pdftotext sets spaces between Han characters and digits that the source does not have (步骤 1.).
        Assert.That(CommonInOrder(Gold(language).Select(WithoutSpaces).ToList(), read), Is.GreaterThanOrEqualTo(floor));
    }

    [TestCase("txt", 1.0)]
    [TestCase("docx", 1.0)]
    [TestCase("pdf", 1.0)]
    [TestCase("pdftotext-raw.txt", 0.93)]
    [TestCase("pdftotext-layout.txt", 1.0)]
    public void The_help_page_pair_reproduces_its_gold_alignment(string format, double floor)
    {
        var (zh, en) = format == "txt"
            ? (ProbePath("manual.zh.txt"), ProbePath("manual.en.txt"))
            : (DocumentFixtures.PathOf($"manual-book.zh.{format}"), DocumentFixtures.PathOf($"manual-book.en.{format}"));
        var bitext = AlignmentPipeline.Default.AlignFiles(zh, en);
        var gold = BeadFile.Parse(File.ReadAllLines(ProbePath("manual.beads")), "manual.beads");
        var scores = DocumentFixtures.Score(bitext, Gold("zh"), Gold("en"), gold);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>No text lost: every character of the gold sentences reaches a sentence or a label, from every file.</summary>
    [TestCaseSource(nameof(TypesetFiles))]
    public void No_character_of_the_typeset_help_page_is_lost(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(language));

    /// <summary>
    /// No text lost and none read twice: every character of the gold sentences in exactly one sentence, from the PDF and
    /// the Word file (the page's title, the table of fields' cells).
    /// </summary>
    [TestCaseSource(nameof(LaidOut))]
    public void Every_character_of_the_typeset_help_page_reaches_exactly_one_sentence(string file, string language) =>
        Assert.That(
            DocumentFixtures.Characters(DocumentFixtures.Segment(file).Sentences.Select(s => s.Text)),
            Is.EqualTo(DocumentFixtures.Characters(Gold(language))));

    /// <summary>As for every extracted text: each character is in one sentence, a label or a line removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_help_page_text_reaches_exactly_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    private static string ProbePath(string file) => Corpus.TestData(Path.Combine("Probes", file));

    private static string[] Gold(string language) =>
        [.. File.ReadAllLines(ProbePath($"manual.{language}.sentences.txt"), Encoding.UTF8).Where(l => l.Length > 0)];

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>How many of the gold sentences the read ones hold in the same order (their longest common subsequence).</summary>
    private static int CommonInOrder(List<string> gold, List<string> read)
    {
        var previous = new int[read.Count + 1];
        foreach (var g in gold)
        {
            var current = new int[read.Count + 1];
            for (var j = 0; j < read.Count; j++)
            {
                current[j + 1] = g == read[j] ? previous[j] + 1 : Math.Max(previous[j + 1], current[j]);
            }

            previous = current;
        }

        return previous[^1];
    }
}
