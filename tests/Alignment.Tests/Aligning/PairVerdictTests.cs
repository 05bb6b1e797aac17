using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Two documents that are not translations of each other are refused, every true pair is kept: all the corpora and
/// fixtures of the repository, each against the others.
/// </summary>
public sealed class PairVerdictTests
{
    private static readonly string[] Corpora =
    [
        "feature-mudflat-bird-counters",
        "financial-pension-fund-2026",
        "letter-mountain-water-forum",
        "speeches-second-committee-sustainable-development",
        "story-last-ferry",
        "unodc-cybercrime-eg4-2021",
    ];

    // Length is checked on its own: here only what the alignment itself shows is judged.
    private static readonly AlignmentPipeline Pipeline = AlignmentPipeline.Default with { AllowLengthMismatch = true };

    private static IEnumerable<TestCaseData> TruePairs()
    {
        foreach (var corpus in Corpora)
        {
            yield return new TestCaseData(Path.Combine("corpora", corpus, "zh.txt"), Path.Combine("corpora", corpus, "en.txt")).SetArgDisplayNames(corpus);
        }

        yield return new TestCaseData(Path.Combine("TestData", "narrative", "zh.txt"), Path.Combine("TestData", "narrative", "en.txt")).SetArgDisplayNames("narrative");
        foreach (var layout in new[] { "a4", "letter" })
        {
            foreach (var kind in new[] { "pdf", "docx", "pdftotext.txt", "pdftotext-layout.txt" })
            {
                yield return new TestCaseData(Fixture($"report-{layout}.zh.{kind}"), Fixture($"report-{layout}.en.{kind}")).SetArgDisplayNames($"{layout} {kind}");
            }
        }
    }

    private static IEnumerable<TestCaseData> UnrelatedPairs()
    {
        var documents = Corpora.Select(c => (Name: c, Directory: Path.Combine("corpora", c))).ToList();
        documents.Add(("narrative", Path.Combine("TestData", "narrative")));
        foreach (var chinese in documents)
        {
            foreach (var english in documents.Where(d => d.Name != chinese.Name))
            {
                yield return new TestCaseData(Path.Combine(chinese.Directory, "zh.txt"), Path.Combine(english.Directory, "en.txt"))
                    .SetArgDisplayNames($"{chinese.Name} × {english.Name}");
            }
        }

        // The report as PDF, Word and pdftotext gives it, against documents of other kinds.
        foreach (var kind in new[] { "pdf", "docx", "pdftotext.txt", "pdftotext-layout.txt" })
        {
            foreach (var other in new[] { "story-last-ferry", "financial-pension-fund-2026" })
            {
                yield return new TestCaseData(Fixture($"report-a4.zh.{kind}"), Path.Combine("corpora", other, "en.txt")).SetArgDisplayNames($"a4 {kind} × {other}");
                yield return new TestCaseData(Path.Combine("corpora", other, "zh.txt"), Fixture($"report-letter.en.{kind}")).SetArgDisplayNames($"{other} × letter {kind}");
            }
        }
    }

    private static string Fixture(string name) => Path.Combine("TestData", "Documents", name);

    private static string InTestDirectory(string path) => Path.Combine(TestContext.CurrentContext.TestDirectory, path);

    [TestCaseSource(nameof(TruePairs))]
    public void A_true_translation_pair_is_taken_for_one(string chinese, string english)
    {
        var bitext = (Pipeline with { AcceptUnrelated = true }).AlignFiles(InTestDirectory(chinese), InTestDirectory(english));

        var verdict = PairVerdict.Of(bitext);

        Assert.That(verdict.IsTranslation, Is.True, verdict.ToString());
    }

    [TestCaseSource(nameof(UnrelatedPairs))]
    public void A_document_against_an_unrelated_one_is_refused_and_says_why(string chinese, string english)
    {
        var (zh, en) = (InTestDirectory(chinese), InTestDirectory(english));

        Assert.That(
            () => Pipeline.AlignFiles(zh, en),
            Throws.TypeOf<UnrelatedDocumentsException>().With.Message.Match(
                $@"^{Regex.Escape(zh)}: does not look like a translation of {Regex.Escape(en)}: .*; if they are translations of each other, set AlignmentPipeline\.AcceptUnrelated to align them anyway$"));
    }

    /// <summary>
    /// Half a translation: one side stops halfway (its paragraphs from the middle on are not there yet), the other is
    /// whole. Most sentences of the whole side stay unpaired, but the half that pairs is supported.
    /// </summary>
    [TestCase("story-last-ferry", "en.txt")]
    [TestCase("feature-mudflat-bird-counters", "en.txt")]
    [TestCase("letter-mountain-water-forum", "en.txt")]
    [TestCase("story-last-ferry", "zh.txt")]
    [TestCase("feature-mudflat-bird-counters", "zh.txt")]
    public void A_translation_with_one_side_stopping_halfway_is_aligned_without_being_forced(string corpus, string halved)
    {
        var directory = InTestDirectory(Path.Combine("corpora", corpus));
        var paragraphs = File.ReadAllText(Path.Combine(directory, halved)).Split("\n\n");
        var half = Path.Combine(Path.GetTempPath(), $"{corpus}-{Guid.NewGuid():N}.{halved}");
        File.WriteAllText(half, string.Join("\n\n", paragraphs.Take(paragraphs.Length / 2)));
        try
        {
            var (zh, en) = halved == "zh.txt" ? (half, Path.Combine(directory, "en.txt")) : (Path.Combine(directory, "zh.txt"), half);
            var bitext = Pipeline.AlignFiles(zh, en);

            var shorter = Math.Min(bitext.Source.Sentences.Count, bitext.Target.Sentences.Count);
            Assert.That(bitext.Beads.Count(b => !b.Type.IsDeletionOrInsertion), Is.GreaterThan(shorter / 2));
        }
        finally
        {
            File.Delete(half);
        }
    }

    [Test]
    public void An_unrelated_pair_is_aligned_anyway_when_accepted()
    {
        var (zh, en) = (InTestDirectory(Path.Combine("corpora", Corpora[0], "zh.txt")), InTestDirectory(Path.Combine("corpora", Corpora[4], "en.txt")));

        var bitext = (Pipeline with { AcceptUnrelated = true }).AlignFiles(zh, en);

        Assert.That(PairVerdict.Of(bitext).IsTranslation, Is.False);
    }

    [Test]
    public void Every_sentence_unpaired_is_the_reason_given_when_none_pairs()
    {
        var verdict = Verdict(["一。", "二。", "三。"], ["One.", "Two.", "Three."], Bead(0, 1, 0, 0), Bead(1, 1, 0, 0), Bead(2, 1, 0, 0), Bead(3, 0, 0, 1), Bead(3, 0, 1, 1), Bead(3, 0, 2, 1, 0.9));

        Assert.That((verdict.IsTranslation, verdict.UnpairedShare, verdict.Reason), Is.EqualTo((false, 1.0, "no sentence of either found a counterpart")));
    }

    [Test]
    public void Most_sentences_unpaired_is_the_reason_given_as_a_share_rounded_down()
    {
        // Three of four sentences of each side unpaired, the fourth pair weak: 75% on both sides.
        var verdict = Verdict(["一。", "二。", "三。", "四。"], ["One.", "Two.", "Three.", "Four."], Bead(0, 1, 0, 0), Bead(1, 1, 0, 0), Bead(2, 1, 0, 0), Bead(3, 0, 0, 1), Bead(3, 0, 1, 1), Bead(3, 0, 2, 1), Bead(3, 1, 3, 1, 0.3));

        Assert.That((verdict.IsTranslation, verdict.Reason), Is.EqualTo((false, "at least 75% of the sentences of each found no counterpart")));
    }

    [Test]
    public void Pairs_on_weak_evidence_do_not_make_a_translation()
    {
        var verdict = Verdict(["一。", "二。", "三。"], ["One.", "Two.", "Three."], Bead(0, 1, 0, 1, 0.2), Bead(1, 1, 1, 1, 0.3), Bead(2, 1, 2, 1, 0.9));

        Assert.That((verdict.IsTranslation, verdict.WeaklyPairedShare), Is.EqualTo((false, 2.0 / 3)));
    }

    [Test]
    public void A_partial_translation_whose_paired_part_is_supported_is_one()
    {
        // Ten sentences a side: three pair with confidence, one weakly, six of each side find no counterpart.
        var verdict = Verdict(Numbered(10, "。"), Numbered(10, "."), [.. Paired(0, 3, 0.99), .. Paired(3, 1, 0.3), .. Unpaired(4, 6)]);

        Assert.That(verdict.IsTranslation, Is.True, verdict.ToString());
    }

    [Test]
    public void A_few_chance_pairs_among_unpaired_sentences_do_not_make_a_translation()
    {
        var verdict = Verdict(Numbered(10, "。"), Numbered(10, "."), [.. Paired(0, 1, 0.99), .. Unpaired(1, 9)]);

        Assert.That(verdict.IsTranslation, Is.False, verdict.ToString());
    }

    [Test]
    public void Supported_pairs_outnumbered_by_weak_ones_do_not_make_a_partial_translation()
    {
        var verdict = Verdict(Numbered(10, "。"), Numbered(10, "."), [.. Paired(0, 3, 0.99), .. Paired(3, 4, 0.3), .. Unpaired(7, 3)]);

        Assert.That(verdict.IsTranslation, Is.False, verdict.ToString());
    }

    [Test]
    public void An_excerpt_is_judged_by_its_own_sentences_which_all_pair()
    {
        var verdict = Verdict(["一。", "二。", "三。"], ["Two."], Bead(0, 1, 0, 0), Bead(1, 1, 0, 1, 0.9), Bead(2, 1, 1, 0));

        Assert.That((verdict.IsTranslation, verdict.SupportedShare), Is.EqualTo((true, 1.0)));
    }

    private static PairVerdict Verdict(string[] chinese, string[] english, params Bead[] beads) =>
        PairVerdict.Of(new Bitext(
            SegmentedDocument.FromSentences("zh", Language.Chinese, chinese),
            SegmentedDocument.FromSentences("en", Language.English, english),
            beads));

    private static string[] Numbered(int count, string end) => [.. Enumerable.Range(0, count).Select(i => $"{i}{end}")];

    /// <summary>One-to-one beads for sentences <paramref name="from"/> onward on both sides.</summary>
    private static IEnumerable<Bead> Paired(int from, int count, double confidence) =>
        Enumerable.Range(from, count).Select(i => Bead(i, 1, i, 1, confidence));

    /// <summary>Sentences <paramref name="from"/> onward of each side without a counterpart.</summary>
    private static IEnumerable<Bead> Unpaired(int from, int count) =>
        Enumerable.Range(from, count).Select(i => Bead(i, 1, from, 0)).Concat(Enumerable.Range(from, count).Select(i => Bead(from + count, 0, i, 1)));

    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence = 0.99) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);
}
