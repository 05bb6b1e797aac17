using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

public sealed class PresegmentedAlignmentTests
{
    [Test]
    public void Aligning_the_gold_sentences_without_structure_beats_a_calibrated_Gale_Church_by_a_clear_margin()
    {
        var ours = GoldAlignment.Score(Aligner.Default.Align(GoldAlignment.ChineseSentences, GoldAlignment.EnglishSentences, Language.Chinese, Language.English));
        var baseline = GoldAlignment.Score(GaleChurchBaseline.Align(GoldAlignment.Chinese, GoldAlignment.English));
        TestContext.Out.WriteLine($"ours:\n{ours}\nGale–Church (calibrated):\n{baseline}");

        Assert.That(ours.StrictF1, Is.GreaterThanOrEqualTo(baseline.StrictF1 + 0.05));
    }

    [Test]
    public void Every_sentence_of_both_sides_is_covered_exactly_once_and_in_source_order()
    {
        var bitext = Aligner.Default.Align(GoldAlignment.ChineseSentences, GoldAlignment.EnglishSentences, Language.Chinese, Language.English);

        Assert.That(bitext.Beads.SelectMany(b => b.Source.Indices), Is.EqualTo(Enumerable.Range(0, GoldAlignment.ChineseSentences.Count)));
        Assert.That(bitext.Beads.SelectMany(b => b.Target.Indices).Order(), Is.EqualTo(Enumerable.Range(0, GoldAlignment.EnglishSentences.Count)));
    }

    [Test]
    public void A_footnote_that_the_page_moved_is_paired_across_the_other_beads()
    {
        var bitext = Aligner.Default.Align(GoldAlignment.ChineseSentences, GoldAlignment.EnglishSentences, Language.Chinese, Language.English);

        // zh 114–116 is footnote 2 after list item 18(c); in the English it comes after paragraph 16 (en 103–105).
        var footnote = bitext.Beads.Where(b => b.Source.Start is >= 114 and <= 116).Select(b => EvaluatedBead.From(b).ToString());
        Assert.That(footnote, Is.EqualTo(new[] { "[114]:[103]", "[115]:[104]", "[116]:[105]" }));
    }

    [Test]
    public void Confidences_are_probabilities()
    {
        var bitext = Aligner.Default.Align(GoldAlignment.ChineseSentences, GoldAlignment.EnglishSentences, Language.Chinese, Language.English);

        Assert.That(bitext.Beads.Select(b => b.Confidence), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void Wrong_beads_get_lower_confidence_than_right_ones()
    {
        // Paragraphs left out and sentences moved: inputs hard enough that some beads come out wrong. Three edits
        // pooled, as the calibration test pools them: on one alone, the few beads still wrong are too few to average.
        var right = new List<double>();
        var wrong = new List<double>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var edited = EditedBitexts.Make(EditedBitexts.ReportParagraphs(Corpus.Directory), copies: 1, deleted: 0.1, moved: 0.05, seed);
            var bitext = Aligner.Default.Align(edited.Source, edited.Target, Language.Chinese, Language.English);
            var gold = edited.Gold.Select(b => b.ToString()).ToHashSet();
            right.AddRange(bitext.Beads.Where(b => gold.Contains(EvaluatedBead.From(b).ToString())).Select(b => b.Confidence));
            wrong.AddRange(bitext.Beads.Where(b => !gold.Contains(EvaluatedBead.From(b).ToString())).Select(b => b.Confidence));
        }

        // Ranked, not averaged: the chance that a right bead is more confident than a wrong one does not move when the
        // confidences are recalibrated, as a gap between two means does.
        var ranked = right.Sum(r => wrong.Sum(w => r > w ? 1.0 : r == w ? 0.5 : 0.0)) / Math.Max(1, right.Count * wrong.Count);
        TestContext.Out.WriteLine($"right: {right.Count} mean {right.Average():0.000}; wrong: {wrong.Count} mean {(wrong.Count > 0 ? wrong.Average() : 0):0.000}; right above wrong {ranked:0.000}");

        Assert.That(wrong, Is.Not.Empty);
        Assert.That(wrong.Average(), Is.LessThan(right.Average()));
        Assert.That(ranked, Is.GreaterThan(0.8));
    }
}
