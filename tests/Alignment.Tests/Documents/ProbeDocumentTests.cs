using System.Text;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Documents;

/// <summary>
/// Short documents of kinds the corpora do not hold (tests/TestData/Probes: news with bylines, a protocol with article
/// headings and inserted numbers, minutes with a table, a report with parts, chapters, an annex and Roman items under
/// lettered ones, regulations with chapters, sections and articles, a treaty with lettered parts and Roman items under
/// <c>(h)</c>, a resolution with Roman items directly under a paragraph, a body's rules of procedure numbered <c>Rule 4</c> /
/// <c>第4条</c> that also cite rules in their text, a software help page with steps and captions, see <see cref="HelpPageTests"/>):
/// read into their hand-checked sentences and
/// labels, verbatim, and aligned sentence for sentence.
/// </summary>
public sealed class ProbeDocumentTests
{
    private static readonly string[] Pairs = ["news", "protocol", "minutes", "report", "regulations", "treaty", "resolution", "rules", "manual"];

    /// <summary>The pairs with a hand-checked anchor for each sentence (<c>*.anchors.txt</c>, the same in both languages).</summary>
    private static readonly string[] Anchored = ["report", "regulations", "treaty", "resolution", "rules"];

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

    public static IEnumerable<TestCaseData> AnchoredFiles =>
        from pair in Anchored
        from language in new[] { "zh", "en" }
        select new TestCaseData(pair, $"{pair}.{language}.txt").SetArgDisplayNames($"{pair}.{language}");

    /// <summary>The report typeset as an A4 UN document and extracted by pdftotext in both its modes.</summary>
    public static IEnumerable<TestCaseData> ExtractedFiles =>
        from language in new[] { "zh", "en" }
        from mode in new[] { "raw", "layout" }
        select new TestCaseData("report", $"report-a4.{language}.pdftotext-{mode}.txt").SetArgDisplayNames($"report-a4.{language}.{mode}");

    [TestCaseSource(nameof(AnchoredFiles))]
    [TestCaseSource(nameof(ExtractedFiles))]
    public void Each_sentence_of_a_probe_document_carries_its_hand_checked_anchor(string pair, string file)
    {
        var document = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(PathOf(file)));

        Assert.That(
            document.Sentences.Select(s => document.BlockOf(s.Index).Label.Anchor is { Length: > 0 } anchor ? anchor : "-"),
            Is.EqualTo(Lines($"{pair}.anchors.txt")));
    }

    [TestCaseSource(nameof(ExtractedFiles))]
    public void Text_extracted_from_the_typeset_probe_reads_into_its_hand_checked_sentences(string pair, string file)
    {
        var language = file.Contains(".zh.", StringComparison.Ordinal) ? "zh" : "en";
        var document = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(PathOf(file)));

        // pdftotext puts a space between Han characters and digits (2026 年) that the source does not have.
        Assert.That(
            document.Sentences.Select(s => language == "zh" ? s.Text.Replace(" ", string.Empty, StringComparison.Ordinal) : s.Text),
            Is.EqualTo(Lines($"{pair}.{language}.sentences.txt")));
    }

    [TestCase("news")]
    [TestCase("protocol")]
    [TestCase("minutes")]
    [TestCase("report")]
    [TestCase("regulations")]
    [TestCase("treaty")]
    [TestCase("resolution")]
    [TestCase("rules")]
    public void A_probe_pair_aligns_sentence_for_sentence(string pair)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(PathOf($"{pair}.zh.txt"), PathOf($"{pair}.en.txt"));

        Assert.That(
            bitext.Beads.Select(b => $"{string.Join(",", b.Source.Indices)}-{string.Join(",", b.Target.Indices)}"),
            Is.EqualTo(Enumerable.Range(0, Lines($"{pair}.zh.sentences.txt").Length).Select(i => $"{i}-{i}")));
    }

    [TestCaseSource(nameof(Anchored))]
    public void Each_bead_of_an_anchored_probe_pairs_sentences_whose_blocks_carry_the_same_anchor(string pair)
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(PathOf($"{pair}.zh.txt"), PathOf($"{pair}.en.txt"));
        string AnchorOf(SegmentedDocument side, int sentence) => side.BlockOf(sentence).Label.Anchor;

        Assert.That(
            bitext.Beads.Where(b => b.Source.Count == 1 && b.Target.Count == 1)
                .Select(b => (AnchorOf(bitext.Source, b.Source.Start), AnchorOf(bitext.Target, b.Target.Start)))
                .Where(a => a.Item1 != a.Item2),
            Is.Empty);
    }

    private static string PathOf(string file) => Corpus.TestData(Path.Combine("Probes", file));

    private static string[] Lines(string file) => [.. File.ReadAllLines(PathOf(file), Encoding.UTF8).Where(l => l.Length > 0)];
}
