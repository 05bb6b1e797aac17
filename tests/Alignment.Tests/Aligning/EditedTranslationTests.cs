using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on unnumbered text that translators edited: paragraphs left out, sentences moved, long documents
/// made of shuffled copies. The gold of each input follows mechanically from the report's hand-checked gold.
/// </summary>
public sealed class EditedTranslationTests
{
    private static IReadOnlyList<GoldParagraph> Report => EditedBitexts.ReportParagraphs(Corpus.Directory);

    [Test]
    public void The_report_as_one_sentence_per_line_aligns_almost_exactly()
    {
        var scores = Score(EditedBitexts.Make(Report, copies: 1, deleted: 0, moved: 0, seed: 0));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    [Test]
    public void A_tenth_of_the_paragraphs_left_out_and_a_twentieth_of_the_sentences_moved_keep_strict_F1_above_0_95()
    {
        var scores = Enumerable.Range(1, 10).Select(seed => Score(EditedBitexts.Make(Report, copies: 1, deleted: 0.1, moved: 0.05, seed)).StrictF1).ToList();

        Assert.That(scores.Average(), Is.GreaterThanOrEqualTo(0.95));
        Assert.That(scores, Is.All.GreaterThanOrEqualTo(0.9));
    }

    [Test]
    public void Twenty_shuffled_copies_with_a_tenth_of_the_paragraphs_left_out_align_as_well_as_one()
    {
        var scores = Score(EditedBitexts.Make(Report, copies: 20, deleted: 0.1, moved: 0, seed: 7));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.95));
    }

    [Test]
    public void A_long_run_of_untranslated_text_leaves_the_beads_around_it_in_place()
    {
        // Ten paragraphs in a row missing from the translation, in the middle of three copies.
        var paragraphs = Report;
        var edited = Enumerable.Range(0, 3).SelectMany(copy => paragraphs.Select((p, i) =>
            copy == 1 && i is >= 40 and < 50 ? new GoldParagraph([.. p.Beads.Select(b => (b.Source, Array.Empty<string>()))]) : p)).ToList();
        var bitext = EditedBitexts.Make(edited, copies: 1, deleted: 0, moved: 0, seed: 0);
        var scores = Score(bitext);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.97));
    }

    /// <summary>
    /// A story, a record of speeches, a letter and a magazine feature edited as a magazine edits a translation: a
    /// tenth of the paragraphs left out of the translation, a twentieth added to it, passages of one or two paragraphs
    /// moved two to six paragraphs away, a thirtieth of the sentences moved a few places. Ten edits of each; the floors
    /// sit a little below what the aligner measures (docs/benchmarks.md, <c>--edited-quality</c>). The letter's and
    /// the feature's fail when the length model takes the pair's measured length ratio for exact (feature mean 0.823,
    /// lowest 0.704; letter lowest 0.843); the story's and the feature's when the realigning pass does not charge for
    /// a sentence left out right beside one added (story mean 0.807, lowest 0.684; feature mean 0.878, lowest 0.808).
    /// </summary>
    [TestCase("story-last-ferry", 0.8, 0.72)]
    [TestCase("speeches-second-committee-sustainable-development", 0.94, 0.9)]
    [TestCase("letter-mountain-water-forum", 0.9, 0.86)]
    [TestCase("feature-mudflat-bird-counters", 0.87, 0.8)]
    public void Passages_left_out_added_and_moved_by_an_editor_keep_their_alignment(string corpus, double meanFloor, double floor)
    {
        var paragraphs = EditedBitexts.Paragraphs(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus));
        var edits = new Edits(LeftOut: 0.1, Added: 0.05, MovedPassages: 0.05, MovedSentences: 0.03);
        var scores = Enumerable.Range(1, 10).Select(seed => Score(EditedBitexts.Edit(paragraphs, edits, seed)).StrictF1).ToList();

        Assert.That(scores.Average(), Is.GreaterThanOrEqualTo(meanFloor));
        Assert.That(scores, Is.All.GreaterThanOrEqualTo(floor));
    }

    /// <summary>
    /// A translation with its middle third cut, or an original whose middle third the translation adds: the run of
    /// sentences without a counterpart must not pull the beads on either side of it out of place. The story with its
    /// Chinese middle third missing fails when the length model takes the pair's measured length ratio for exact
    /// (0.779), the feature with its English middle third missing when the realigning pass does not charge for a
    /// sentence left out right beside one added (0.822).
    /// </summary>
    [TestCase("story-last-ferry", false, 0.85)]
    [TestCase("story-last-ferry", true, 0.8)]
    [TestCase("feature-mudflat-bird-counters", false, 0.84)]
    [TestCase("feature-mudflat-bird-counters", true, 0.84)]
    public void A_middle_third_missing_from_one_side_leaves_the_rest_aligned(string corpus, bool chineseMissing, double floor)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var side = chineseMissing ? "zh.sentences.txt" : "en.sentences.txt";
        var count = File.ReadAllLines(Path.Combine(directory, side)).Count(l => l.Length > 0);

        var scores = Score(EditedBitexts.WithoutStretch(directory, source: chineseMissing, count / 3, count * 2 / 3));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    /// <summary>
    /// A translation that stops halfway: the English from the middle on is not there. The half of the Chinese left
    /// without a counterpart must not pull the translated half's beads out of place, nor the lengths of every bead
    /// out of proportion (the whole pair's length ratio is off by half).
    /// </summary>
    [TestCase("story-last-ferry")]
    [TestCase("feature-mudflat-bird-counters")]
    public void A_translation_that_stops_halfway_keeps_its_translated_half_aligned(string corpus)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var english = File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);

        var scores = Score(EditedBitexts.WithoutStretch(directory, source: false, english / 2, english));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.85));
    }

    /// <summary>
    /// The other way round: the translation goes on where the original stops halfway, so half the English has no
    /// counterpart. The draft must leave that half as one run rather than pair the original's last pages with
    /// sentences spread across it one to two: before runs of unpaired sentences were discounted, the story scored
    /// 0.676 and the feature 0.844. Then the realigning pass must not break the translated half's pairs into a
    /// sentence left out beside one added: before it charged for that, the story scored 0.784.
    /// </summary>
    [TestCase("story-last-ferry", 0.82)]
    [TestCase("feature-mudflat-bird-counters", 0.86)]
    public void An_original_that_stops_halfway_keeps_its_half_aligned_with_the_translation(string corpus, double floor)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var chinese = File.ReadAllLines(Path.Combine(directory, "zh.sentences.txt")).Count(l => l.Length > 0);

        var scores = Score(EditedBitexts.WithoutStretch(directory, source: true, chinese / 2, chinese));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    private static AlignmentScores Score(GeneratedBitext bitext)
    {
        var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(bitext.Gold, [.. aligned.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine($"{bitext.Source.Count} × {bitext.Target.Count} sentences\n{scores}");
        return scores;
    }
}
