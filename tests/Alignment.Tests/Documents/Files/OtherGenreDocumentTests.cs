using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Other bundled corpora, other genres, typeset as for the report or as a word processor prints plain text: the
/// readers were not tuned to them. Floors are as measured. The speeches (agenda items, speakers, no numbered
/// paragraphs) are typeset in the A4 and the narrow layout; raw pdftotext of the narrow justified layout prints the
/// words of many widely spaced lines out of order, which the reader only partly puts back.
/// </summary>
public sealed class OtherGenreDocumentTests
{
    private const string Speeches = "speeches-second-committee-sustainable-development";

    [TestCase("a4", "pdf", 0.99)]
    [TestCase("a4", "pdftotext-layout.txt", 0.99)]
    [TestCase("a4", "pdftotext.txt", 1.0)]
    [TestCase("narrow", "pdf", 1.0)]
    [TestCase("narrow", "pdftotext-layout.txt", 0.99)]
    [TestCase("narrow", "pdftotext.txt", 0.966)]
    [TestCase("a4", "pdftotext-raw.txt", 0.989)]
    [TestCase("narrow", "pdftotext-raw.txt", 0.99)]
    public void Aligning_typeset_speeches_reproduces_their_gold_alignment(string layout, string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"speeches-{layout}.zh.{format}"), DocumentFixtures.PathOf($"speeches-{layout}.en.{format}"));
        var zh = DocumentFixtures.GoldIndices(bitext.Source, Gold("zh"));
        var en = DocumentFixtures.GoldIndices(bitext.Target, Gold("en"));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(Directory, "gold.beads")), "gold.beads");
        var scores = AlignmentScores.Compute(gold, [.. bitext.Beads.Select(b => new EvaluatedBead([.. b.Source.Indices.Select(i => zh[i])], [.. b.Target.Indices.Select(i => en[i])]))]);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>As for the report: every character of the speeches' sentences is in exactly one sentence of each typeset PDF.</summary>
    [TestCase("a4", "zh")]
    [TestCase("a4", "en")]
    [TestCase("narrow", "zh")]
    [TestCase("narrow", "en")]
    public void Every_character_of_the_typeset_speeches_reaches_exactly_one_sentence(string layout, string language)
    {
        var read = DocumentFixtures.Segment($"speeches-{layout}.{language}.pdf");

        Assert.That(DocumentFixtures.Characters(read.Sentences.Select(s => s.Text)), Is.EqualTo(DocumentFixtures.Characters(Gold(language))));
    }

    /// <summary>The speeches as pdftotext gives them, in its three modes, from both layouts: file name and language.</summary>
    public static IEnumerable<TestCaseData> ExtractedSpeeches =>
        from layout in new[] { "a4", "narrow" }
        from format in new[] { "pdftotext.txt", "pdftotext-layout.txt", "pdftotext-raw.txt" }
        from language in new[] { "zh", "en" }
        select new TestCaseData($"speeches-{layout}.{language}.{format}", language);

    /// <summary>As for the report: each character of the extracted text is in one sentence, a label or a removed line.</summary>
    [TestCaseSource(nameof(ExtractedSpeeches))]
    public void Every_character_of_extracted_speeches_reaches_exactly_one_sentence_label_or_removed_line(string file, string language)
    {
        DocumentFixtures.AssertEveryCharacterKept(file, language);
    }

    /// <summary>As for the report: no character of the speeches' sentences is removed as page furniture.</summary>
    [TestCaseSource(nameof(ExtractedSpeeches))]
    public void No_character_of_the_extracted_speeches_is_removed_as_page_furniture(string file, string language)
    {
        DocumentFixtures.AssertNoBodyTextRemoved(file, Gold(language));
    }

    private static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Speeches);

    private static string[] Gold(string language) =>
        [.. File.ReadAllLines(Path.Combine(Directory, $"{language}.sentences.txt")).Where(l => l.Length > 0)];

    /// <summary>
    /// A short story printed from a word processor's default template: justified CJK lines that end a character or two
    /// short because the next character took its closing punctuation with it must not end the paragraph.
    /// </summary>
    [TestCase("zh")]
    [TestCase("en")]
    public void A_story_printed_as_plain_text_reads_as_its_text_file_does(string language)
    {
        var text = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "story-last-ferry", $"{language}.txt");

        Assert.That(Sentences(DocumentFixtures.PathOf($"story-plain.{language}.pdf")), Is.EqualTo(Sentences(text)));
    }

    /// <summary>
    /// A magazine feature set in two columns: the lines of the two columns stand on the same baselines, and a title in
    /// larger type stands beside lines of the other column; each column must be read down before the next.
    /// </summary>
    [TestCase("zh")]
    [TestCase("en")]
    public void A_feature_set_in_two_columns_reads_as_its_text_file_does(string language)
    {
        var text = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "feature-mudflat-bird-counters", $"{language}.txt");

        Assert.That(Sentences(DocumentFixtures.PathOf($"feature-columns.{language}.pdf")), Is.EqualTo(Sentences(text)));
    }

    /// <summary>
    /// A hard-wrapped financial report (tables of figures in columns) opened in a word processor and saved as Word: a
    /// paragraph per line of the text, which must be joined again as the text's lines are.
    /// </summary>
    [TestCase("zh")]
    [TestCase("en")]
    public void A_hard_wrapped_text_saved_as_Word_reads_as_its_text_file_does(string language)
    {
        var text = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "financial-pension-fund-2026", $"{language}.txt");

        Assert.That(Sentences(DocumentFixtures.PathOf($"financial-wrapped.{language}.docx")), Is.EqualTo(Sentences(text)));
    }

    private static string[] Sentences(string path) =>
        [.. SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(path)).Sentences.Select(s => s.Text)];
}
