using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class AlignmentScoresTests
{
    private static IReadOnlyList<EvaluatedBead> Beads(params string[] lines) => BeadFile.Parse(lines, "test");

    [Test]
    public void Identical_alignments_score_one_everywhere()
    {
        var gold = Beads("[0]:[0]", "[1,2]:[1]", "[3]:[]");
        var scores = AlignmentScores.Compute(gold, gold);

        Assert.That(new[] { scores.StrictPrecision, scores.StrictRecall, scores.LaxPrecision, scores.LaxRecall }, Is.All.EqualTo(1.0));
    }

    [Test]
    public void An_overlapping_but_different_bead_counts_only_as_lax()
    {
        var scores = AlignmentScores.Compute(Beads("[0,1]:[0]"), Beads("[0]:[0]", "[1]:[]"));

        Assert.That(scores.StrictPrecision, Is.EqualTo(0.0));
        Assert.That(scores.LaxPrecision, Is.EqualTo(0.5));
        Assert.That(scores.LaxRecall, Is.EqualTo(1.0));
    }

    [Test]
    public void Deletions_count_against_precision_but_not_recall()
    {
        var gold = Beads("[0]:[0]", "[1]:[1]");
        var scores = AlignmentScores.Compute(gold, Beads("[0]:[0]", "[1]:[]", "[]:[1]"));

        Assert.That(scores.StrictPrecision, Is.EqualTo(1.0 / 3).Within(1e-9));
        Assert.That(scores.StrictRecall, Is.EqualTo(0.5));
    }

    [Test]
    public void Crossing_beads_are_scored_as_sets_of_indices()
    {
        var gold = Beads("[0]:[1]", "[1]:[0]");

        Assert.That(AlignmentScores.Compute(gold, Beads("[0]:[1]", "[1]:[0]")).StrictF1, Is.EqualTo(1.0));
    }

    [Test]
    public void A_line_that_is_not_a_bead_is_reported_with_its_line_number()
    {
        var error = Assert.Throws<InputException>(() => BeadFile.Parse(["[0]:[0]", "0:0"], "gold.beads"));

        Assert.That(error!.Message, Does.StartWith("gold.beads(2,1):"));
    }

    [Test]
    public void Beads_are_written_with_their_confidence()
    {
        var bead = new Bead(new SentenceSpan(0, 1), new SentenceSpan(0, 2), 0.934);

        Assert.That(BeadFile.Format([bead]), Is.EqualTo("[0]:[0,1]:0.93\n"));
    }
}
