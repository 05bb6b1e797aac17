using System.Text;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents;

/// <summary>
/// Short documents of kinds the corpora do not hold (tests/TestData/Probes: news with bylines, a protocol with article
/// headings and inserted numbers, minutes with a table): read into their hand-checked sentences, verbatim, and aligned
/// sentence for sentence.
/// </summary>
public sealed class ProbeDocumentTests
{
    private static readonly string[] Pairs = ["news", "protocol", "minutes"];

    public static IEnumerable<TestCaseData> Files =>
        from pair in Pairs
        from language in new[] { "zh", "en" }
        select new TestCaseData($"{pair}.{language}").SetArgDisplayNames($"{pair}.{language}");

    [TestCaseSource(nameof(Files))]
    public void A_probe_document_reads_into_its_hand_checked_sentences(string name)
    {
        var document = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(PathOf($"{name}.txt")));

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(Lines($"{name}.sentences.txt")));
    }

    [TestCaseSource(nameof(Files))]
    public void Every_sentence_is_verbatim_from_the_source(string name)
    {
        var source = File.ReadAllText(PathOf($"{name}.txt"), Encoding.UTF8);
        var document = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(PathOf($"{name}.txt")));

        Assert.That(document.Sentences.Where(s => !source.Contains(s.Text, StringComparison.Ordinal)).Select(s => s.Text), Is.Empty);
    }

    [TestCase("news")]
    [TestCase("protocol")]
    [TestCase("minutes")]
    public void A_probe_pair_aligns_sentence_for_sentence(string pair)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(PathOf($"{pair}.zh.txt"), PathOf($"{pair}.en.txt"));

        Assert.That(
            bitext.Beads.Select(b => $"{string.Join(",", b.Source.Indices)}-{string.Join(",", b.Target.Indices)}"),
            Is.EqualTo(Enumerable.Range(0, Lines($"{pair}.zh.sentences.txt").Length).Select(i => $"{i}-{i}")));
    }

    private static string PathOf(string file) => Corpus.TestData(Path.Combine("Probes", file));

    private static string[] Lines(string file) => [.. File.ReadAllLines(PathOf(file), Encoding.UTF8).Where(l => l.Length > 0)];
}
