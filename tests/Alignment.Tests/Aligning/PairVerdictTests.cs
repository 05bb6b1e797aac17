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

    [Test]
    public void An_unrelated_pair_is_aligned_anyway_when_accepted()
    {
        var (zh, en) = (InTestDirectory(Path.Combine("corpora", Corpora[0], "zh.txt")), InTestDirectory(Path.Combine("corpora", Corpora[4], "en.txt")));

        var bitext = (Pipeline with { AcceptUnrelated = true }).AlignFiles(zh, en);

        Assert.That(PairVerdict.Of(bitext).IsTranslation, Is.False);
    }

    [Test]
    public void Most_sentences_unpaired_is_the_reason_given_when_they_are()
    {
        var verdict = Verdict(["一。", "二。", "三。"], ["One.", "Two.", "Three."], Bead(0, 1, 0, 0), Bead(1, 1, 0, 0), Bead(2, 1, 0, 0), Bead(3, 0, 0, 1), Bead(3, 0, 1, 1), Bead(3, 0, 2, 1, 0.9));

        Assert.That((verdict.IsTranslation, verdict.UnpairedShare, verdict.Reason), Is.EqualTo((false, 1.0, "at least 100% of the sentences of each found no counterpart")));
    }

    [Test]
    public void Pairs_on_weak_evidence_do_not_make_a_translation()
    {
        var verdict = Verdict(["一。", "二。", "三。"], ["One.", "Two.", "Three."], Bead(0, 1, 0, 1, 0.2), Bead(1, 1, 1, 1, 0.3), Bead(2, 1, 2, 1, 0.9));

        Assert.That((verdict.IsTranslation, verdict.WeaklyPairedShare), Is.EqualTo((false, 2.0 / 3)));
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

    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence = 0.99) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);
}
