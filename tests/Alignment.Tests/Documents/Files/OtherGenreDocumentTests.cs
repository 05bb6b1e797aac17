using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Other bundled corpora, other genres, typeset as for the report or as a word processor prints plain text: the
/// readers were not tuned to them. Floors are as measured.
/// </summary>
public sealed class OtherGenreDocumentTests
{
    private const string Speeches = "speeches-second-committee-sustainable-development";

    [TestCase("pdf", 0.99)]
    [TestCase("pdftotext-layout.txt", 0.97)]
    [TestCase("pdftotext.txt", 0.95)]
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
