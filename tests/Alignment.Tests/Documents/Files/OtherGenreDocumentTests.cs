using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Summary records of speeches (another bundled corpus, another genre: agenda items, speakers, no numbered
/// paragraphs) typeset in the A4 and the narrow layout and extracted as for the report: the readers were not tuned to
/// them. Floors are as measured; raw pdftotext of the narrow justified layout prints the words of many widely spaced
/// lines out of order, which the reader only partly puts back.
/// </summary>
public sealed class OtherGenreDocumentTests
{
    private const string Speeches = "speeches-second-committee-sustainable-development";

    [TestCase("a4", "pdf", 0.99)]
    [TestCase("a4", "pdftotext-layout.txt", 0.979)]
    [TestCase("a4", "pdftotext.txt", 1.0)]
    [TestCase("narrow", "pdf", 1.0)]
    [TestCase("narrow", "pdftotext-layout.txt", 0.979)]
    [TestCase("narrow", "pdftotext.txt", 0.86)]
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

    /// <summary>As for the report: each character of the extracted text is in one sentence, a label or a removed line.</summary>
    [TestCase("a4", "zh", "pdftotext.txt")]
    [TestCase("a4", "en", "pdftotext.txt")]
    [TestCase("a4", "zh", "pdftotext-layout.txt")]
    [TestCase("a4", "en", "pdftotext-layout.txt")]
    [TestCase("narrow", "zh", "pdftotext.txt")]
    [TestCase("narrow", "en", "pdftotext.txt")]
    [TestCase("narrow", "zh", "pdftotext-layout.txt")]
    [TestCase("narrow", "en", "pdftotext-layout.txt")]
    public void Every_character_of_extracted_speeches_reaches_exactly_one_sentence_label_or_removed_line(string layout, string language, string format)
    {
        var file = $"speeches-{layout}.{language}.{format}";
        var read = DocumentFixtures.Segment(file);
        var kept = read.Sentences.Select(s => s.Text)
            .Concat(read.Document.Blocks.Select(b => b.Label.Written))
            .Concat(read.Document.RemovedLines.Select(r => r.Text));

        Assert.That(read.Language.Code, Is.EqualTo(language));
        Assert.That(DocumentFixtures.Characters(kept), Is.EqualTo(DocumentFixtures.Characters([File.ReadAllText(DocumentFixtures.PathOf(file))])));
    }

    private static string Directory => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Speeches);

    private static string[] Gold(string language) =>
        [.. File.ReadAllLines(Path.Combine(Directory, $"{language}.sentences.txt")).Where(l => l.Length > 0)];
}
