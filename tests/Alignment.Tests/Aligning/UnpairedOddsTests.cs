using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class UnpairedOddsTests
{
    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);

    [Test]
    public void A_sentence_left_out_alone_is_not_certain_however_sure_its_posterior()
    {
        var beads = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 1, 0.99), Bead(1, 1, 1, 0, 1.0), Bead(2, 1, 1, 1, 0.99)]);

        Assert.That(beads[1].Confidence, Is.LessThan(0.95).And.GreaterThan(0.5));
    }

    [Test]
    public void A_passage_left_out_is_surer_than_a_sentence_left_out_alone()
    {
        var passage = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 0, 0.6), Bead(1, 1, 0, 0, 0.6), Bead(2, 1, 0, 0, 0.6), Bead(3, 1, 0, 1, 0.9)]);
        var alone = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 0, 0.6), Bead(1, 1, 0, 1, 0.9)]);

        Assert.That(passage[1].Confidence, Is.GreaterThan(0.9).And.GreaterThan(alone[0].Confidence));
    }

    [Test]
    public void Sentences_left_out_on_both_sides_in_turn_are_no_passage()
    {
        var beads = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 0, 0.6), Bead(1, 0, 0, 1, 0.6), Bead(1, 1, 1, 0, 0.6)]);

        Assert.That(beads.Select(b => b.Confidence), Is.All.LessThan(0.6));
    }

    /// <summary>
    /// The same sentence left out, with the same posterior, once with nothing unpaired near it and once beside a
    /// sentence of the other side left unpaired too: there its counterpart may be that sentence (half of a pair the
    /// path split, a sentence moved a little), and it is right less often.
    /// </summary>
    [Test]
    public void A_sentence_left_out_beside_one_added_is_less_sure_than_one_left_out_alone()
    {
        var alone = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 1, 0.99), Bead(1, 1, 1, 0, 0.7), Bead(2, 1, 1, 1, 0.99), Bead(3, 1, 2, 1, 0.99)]);
        var beside = UnpairedOdds.Recalibrate([Bead(0, 1, 0, 1, 0.99), Bead(1, 1, 1, 0, 0.7), Bead(2, 1, 1, 1, 0.99), Bead(3, 0, 2, 1, 0.7), Bead(3, 1, 3, 1, 0.99)]);

        Assert.That(beside[1].Confidence, Is.LessThan(alone[1].Confidence - 0.2));
    }

    [Test]
    public void Paired_beads_keep_their_confidence()
    {
        List<Bead> beads = [Bead(0, 1, 0, 1, 0.7), Bead(1, 2, 1, 1, 0.4)];

        Assert.That(UnpairedOdds.Recalibrate(beads), Is.EqualTo(beads));
    }
}
