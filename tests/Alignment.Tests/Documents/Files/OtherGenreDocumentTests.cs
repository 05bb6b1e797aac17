using Alignment.Aligning;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Summary records of speeches (another bundled corpus, another genre: agenda items, speakers, no numbered
/// paragraphs) typeset in the A4 layout and extracted as for the report: the readers were not tuned to them. Floors
/// are as measured.
/// </summary>
public sealed class OtherGenreDocumentTests
{
    private const string Speeches = "speeches-second-committee-sustainable-development";

    [TestCase("pdf", 0.99)]
    [TestCase("pdftotext-layout.txt", 0.979)]
    [TestCase("pdftotext.txt", 1.0)]
    public void Aligning_typeset_speeches_reproduces_their_gold_alignment(string format, double floor)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(DocumentFixtures.PathOf($"speeches-a4.zh.{format}"), DocumentFixtures.PathOf($"speeches-a4.en.{format}"));
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Speeches);
        var zh = DocumentFixtures.GoldIndices(bitext.Source, File.ReadAllLines(Path.Combine(directory, "zh.sentences.txt")));
        var en = DocumentFixtures.GoldIndices(bitext.Target, File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")));
        var gold = BeadFile.Parse(File.ReadAllLines(Path.Combine(directory, "gold.beads")), "gold.beads");
        var scores = AlignmentScores.Compute(gold, [.. bitext.Beads.Select(b => new EvaluatedBead([.. b.Source.Indices.Select(i => zh[i])], [.. b.Target.Indices.Select(i => en[i])]))]);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }
}
