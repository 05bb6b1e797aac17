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
        "fiction-watch-mender",
        "financial-pension-fund-2026",
        "interview-mountain-seed-bank",
        "letter-mountain-water-forum",
        "news-qingshi-road-reopens",
        "speeches-second-committee-sustainable-development",
        "story-last-ferry",
        "unodc-cybercrime-eg4-2021",
        "diary-salt-road",
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

        // A second report of the committee whose debate the speeches record: the two open alike (body, session,
        // committee, date, chair) and share its names, so their support by chance is the highest of these pairs.
        documents.Add(("committee report", Path.Combine("TestData", "held-out-terms", "report-second-committee-statistics")));

        // A report to the World Health Assembly, written after the rule above and measured against it unchanged.
        documents.Add(("health report", Path.Combine("TestData", "held-out-terms", "report-health-assembly-antimicrobial-resistance")));
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

    /// <summary>The verdict on the first eight paragraphs of one pair's Chinese and another's (or the same) English, aligned anyway.</summary>
    private static PairVerdict VerdictOnOpenings(string chinese, string english)
    {
        var (zh, en) = (Opening(chinese, "zh.txt", 8), Opening(english, "en.txt", 8));
        try
        {
            return PairVerdict.Of((Pipeline with { AcceptUnrelated = true }).AlignFiles(zh, en));
        }
        finally
        {
            File.Delete(zh);
            File.Delete(en);
        }
    }

    /// <summary>The first <paramref name="paragraphs"/> paragraphs of a corpus's or held-out pair's file, in a file of their own.</summary>
    private static string Opening(string pair, string file, int paragraphs)
    {
        var corpus = InTestDirectory(Path.Combine("corpora", pair));
        var directory = Directory.Exists(corpus) ? corpus : InTestDirectory(Path.Combine("TestData", "held-out-terms", pair));
        var opening = File.ReadAllText(Path.Combine(directory, file)).Split("\n\n").Where(p => p.Trim().Length > 0).Take(paragraphs);
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.{file}");
        File.WriteAllText(path, string.Join("\n\n", opening) + "\n");
        return path;
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

    /// <summary>
    /// Two extracts that overlap: the Chinese holds the first two thirds of the document, the English the last two
    /// thirds, so each side holds a third the other lacks and half of each translates.
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021")]
    [TestCase("speeches-second-committee-sustainable-development")]
    [TestCase("interview-mountain-seed-bank")]
    [TestCase("feature-mudflat-bird-counters")]
    public void Two_extracts_that_overlap_are_taken_for_a_translation(string corpus)
    {
        var directory = InTestDirectory(Path.Combine("corpora", corpus));
        var chinese = File.ReadAllText(Path.Combine(directory, "zh.txt")).Split("\n\n");
        var english = File.ReadAllText(Path.Combine(directory, "en.txt")).Split("\n\n");
        var (zh, en) = (Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.zh.txt"), Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.en.txt"));
        File.WriteAllText(zh, string.Join("\n\n", chinese.Take(chinese.Length * 2 / 3)));
        File.WriteAllText(en, string.Join("\n\n", english.Skip(english.Length / 3)));
        try
        {
            var verdict = PairVerdict.Of((Pipeline with { AcceptUnrelated = true }).AlignFiles(zh, en));

            Assert.That(verdict.IsTranslation, Is.True, verdict.ToString());
        }
        finally
        {
            File.Delete(zh);
            File.Delete(en);
        }
    }

    /// <summary>
    /// The first eight paragraphs of a document against those of another: a masthead, a title, a byline and a date
    /// line pair by position with confidence, but the beads explain nothing (pairs the unchecked verdict took for
    /// translations).
    /// </summary>
    [TestCase("report-second-committee-statistics", "story-last-ferry")]
    [TestCase("report-second-committee-statistics", "letter-mountain-water-forum")]
    [TestCase("report-health-assembly-antimicrobial-resistance", "letter-mountain-water-forum")]
    [TestCase("story-last-ferry", "speeches-second-committee-sustainable-development")]
    [TestCase("speeches-second-committee-sustainable-development", "financial-pension-fund-2026")]
    [TestCase("report-second-committee-statistics", "essay-grandmothers-pickle-jars")]
    [TestCase("report-second-committee-statistics", "feature-mudflat-bird-counters")]
    [TestCase("letter-mountain-water-forum", "report-second-committee-statistics")]
    [TestCase("diary-salt-road", "report-health-assembly-antimicrobial-resistance")]
    public void The_openings_of_two_unrelated_documents_are_refused(string chinese, string english)
    {
        var verdict = VerdictOnOpenings(chinese, english);

        Assert.That(verdict.IsTranslation, Is.False, verdict.ToString());
    }

    /// <summary>
    /// Openings whose beads share only a small number or a month: a day of the month, an agenda item's number, "three
    /// years" or "ten per cent" (议程项目3 ↔ 3 April, 百分之十 ↔ 10 July) are on most pages and explain nothing.
    /// </summary>
    [TestCase("feature-mudflat-bird-counters", "resolution-human-rights-council-migrants")]
    [TestCase("news-qingshi-road-reopens", "resolution-human-rights-council-migrants")]
    [TestCase("resolution-human-rights-council-migrants", "unodc-cybercrime-eg4-2021")]
    [TestCase("resolution-human-rights-council-migrants", "diary-salt-road")]
    public void Openings_that_share_only_small_numbers_are_refused(string chinese, string english)
    {
        var verdict = VerdictOnOpenings(chinese, english);

        Assert.That(verdict.IsTranslation, Is.False, verdict.ToString());
    }

    [TestCase("essay-grandmothers-pickle-jars")]
    [TestCase("letter-mountain-water-forum")]
    [TestCase("story-last-ferry")]
    [TestCase("interview-mountain-seed-bank")]
    [TestCase("report-health-assembly-antimicrobial-resistance")]
    [TestCase("speeches-second-committee-sustainable-development")]
    [TestCase("fiction-watch-mender")]
    [TestCase("diary-salt-road")]
    [TestCase("resolution-human-rights-council-migrants")]
    [TestCase("statement-security-council-conflict-hunger")]
    [TestCase("news-qingshi-road-reopens")]
    public void The_opening_of_a_translation_is_taken_for_one(string corpus)
    {
        var verdict = VerdictOnOpenings(corpus, corpus);

        Assert.That(verdict.IsTranslation, Is.True, verdict.ToString());
    }

    [Test]
    public void Supported_pairs_that_share_no_word_number_or_name_do_not_make_a_translation()
    {
        var bitext = new Bitext(
            SegmentedDocument.FromSentences("zh", Language.Chinese, Numbered(10, "。")),
            SegmentedDocument.FromSentences("en", Language.English, Numbered(10, ".")),
            [.. Paired(0, 10, 0.99)]);

        var verdict = PairVerdict.Of(bitext.WithBeadEvidence([.. Enumerable.Range(0, 10).Select(i => i < 3)]));

        Assert.That((verdict.IsTranslation, verdict.ExplainedShare, verdict.Reason), Is.EqualTo((false, 0.3, "of the sentences paired with confidence, at most 30% share a word, number or name with their counterparts: they are paired by position and length alone")));
    }

    [Test]
    public void A_document_of_a_few_sentences_is_not_judged_by_what_its_beads_share()
    {
        var bitext = new Bitext(
            SegmentedDocument.FromSentences("zh", Language.Chinese, ["韩立秋：有。", "我们找到了五株杜鹃。"]),
            SegmentedDocument.FromSentences("en", Language.English, ["Han: Yes.", "We found five rhododendrons."]),
            [.. Paired(0, 2, 0.99)]);

        var verdict = PairVerdict.Of(bitext.WithBeadEvidence([false, true]));

        Assert.That((verdict.IsTranslation, verdict.ExplainedShare), Is.EqualTo((true, 0.5)));
    }

    [Test]
    public void Beads_made_elsewhere_are_judged_by_their_confidence_alone()
    {
        var verdict = Verdict(Numbered(10, "。"), Numbered(10, "."), [.. Paired(0, 10, 0.99)]);

        Assert.That((verdict.IsTranslation, verdict.ExplainedShare), Is.EqualTo((true, 1.0)));
    }

    [Test]
    public void Beads_aligned_with_a_glossary_and_no_general_dictionary_are_judged_by_their_confidence_alone()
    {
        var glossary = Lexicon.FromPairs([KeyValuePair.Create("渡船", "ferry")]);
        var directory = InTestDirectory(Path.Combine("corpora", "story-last-ferry"));
        var pipeline = Pipeline with { AcceptUnrelated = true, Aligner = new Aligner(AlignerOptions.Default with { Lexicon = glossary }) };

        var verdict = PairVerdict.Of(pipeline.AlignFiles(Path.Combine(directory, "zh.txt"), Path.Combine(directory, "en.txt")));

        Assert.That(verdict.ExplainedShare, Is.EqualTo(1.0));
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
    public void Supported_pairs_scattered_among_unpaired_sentences_do_not_make_a_partial_translation()
    {
        // Thirty sentences a side: every third pairs with confidence, as chance pairs do, and the others find no
        // counterpart. A third of each side is supported, but no stretch of the documents translates.
        var beads = Enumerable.Range(0, 10).SelectMany(i => new[] { Bead(3 * i, 1, 3 * i, 1, 0.99), Bead(3 * i + 1, 2, 3 * i + 1, 0), Bead(3 * i + 3, 0, 3 * i + 1, 2) });

        var verdict = Verdict(Numbered(30, "。"), Numbered(30, "."), [.. beads]);

        Assert.That((verdict.IsTranslation, Math.Round(verdict.SupportedShare, 6), Math.Round(verdict.SupportedStretchShare, 6)), Is.EqualTo((false, Math.Round(1.0 / 3, 6), Math.Round(1.0 / 30, 6))), verdict.ToString());
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
