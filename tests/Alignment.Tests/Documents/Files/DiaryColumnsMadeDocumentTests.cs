using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The diary typeset as a two-column journal page (tests/Fixtures/typeset-diary-columns.py: US Letter, two justified
/// serif columns with a 0.5 cm gutter, indented paragraphs without space between them, the title flush left and the
/// by-line flush right above the columns, a running head with the page's number at its right corner), as PDF and as
/// the text pdftotext takes from it. Made before any reader change, on a geometry no rule was tuned on; every word is
/// the corpus's, so the corpus's gold is the page's. The floors are the scores measured, rounded down.
/// </summary>
public sealed class DiaryColumnsMadeDocumentTests
{
    private const string Name = "DiaryColumns/diary-columns";

    public static IEnumerable<TestCaseData> ExtractedTexts => DocumentFixtures.Named([Name], "pdftotext-raw.txt", "pdftotext-layout.txt");

    [TestCase("pdf", 0.94)]
    [TestCase("pdftotext-layout.txt", 0.94)]
    [TestCase("pdftotext-raw.txt", 0.94)]
    public void The_diary_typeset_in_two_justified_columns_reproduces_its_gold_alignment(string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"{Name}.zh.{format}"), DocumentFixtures.PathOf($"{Name}.en.{format}"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(Corpus, "gold.beads")), "gold.beads");

        var scores = DocumentFixtures.Score(bitext, Gold("zh"), Gold("en"), gold);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>
    /// The title and the by-line above the columns are read first, in their order, not as the columns' first lines; in
    /// the PDF the by-line stands at the head of the right column, higher than where the left column's text starts.
    /// </summary>
    [TestCase("zh", "pdftotext-layout.txt")]
    [TestCase("en", "pdftotext-layout.txt")]
    [TestCase("zh", "pdf")]
    [TestCase("en", "pdf")]
    public void The_title_and_the_by_line_above_the_columns_are_the_first_two_sentences(string language, string format)
    {
        var document = DocumentFixtures.Segment($"{Name}.{language}.{format}");

        Assert.That(document.Sentences.Take(2).Select(s => s.Text), Is.EqualTo(Gold(language).Take(2)));
    }

    /// <summary>As for every extracted text: each character is in one sentence, a label or a removed line, the right column's too.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void Every_character_of_the_diary_text_reaches_one_sentence_label_or_removed_line(string file, string language) =>
        DocumentFixtures.AssertEveryCharacterKept(file, language);

    /// <summary>As for every extracted text: no character of the sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedTexts))]
    public void No_character_of_the_diary_text_is_removed(string file, string language) =>
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(language));

    private static string Corpus => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "diary-salt-road");

    private static string[] Gold(string language) =>
        [.. File.ReadAllLines(Path.Combine(Corpus, $"{language}.sentences.txt")).Where(l => l.Length > 0)];
}
