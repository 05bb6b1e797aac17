using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class MovedOddsTests
{
    private static Bead Bead(int source, int target, double confidence) =>
        new(new SentenceSpan(source, 1), new SentenceSpan(target, 1), confidence);

    [Test]
    public void A_bead_moved_alone_is_less_sure_than_its_posterior()
    {
        // The chain runs through [0]:[0], [2]:[1], [3]:[2]; [1]:[3] moved after them.
        var beads = MovedOdds.Recalibrate([Bead(0, 0, 0.99), Bead(1, 3, 0.95), Bead(2, 1, 0.99), Bead(3, 2, 0.99)]);

        Assert.That(beads[1].Confidence, Is.LessThan(0.95));
    }

    [Test]
    public void A_passage_moved_is_surer_than_a_bead_moved_alone()
    {
        // [1]:[5], [2]:[6] and [3]:[7] moved after the chain's [4]:[1] … [7]:[4].
        List<Bead> passage = [Bead(0, 0, 0.99), Bead(1, 5, 0.9), Bead(2, 6, 0.9), Bead(3, 7, 0.9), Bead(4, 1, 0.99), Bead(5, 2, 0.99), Bead(6, 3, 0.99), Bead(7, 4, 0.99)];
        var alone = MovedOdds.Recalibrate([Bead(0, 0, 0.99), Bead(1, 3, 0.9), Bead(2, 1, 0.99), Bead(3, 2, 0.99)]);

        Assert.That(MovedOdds.Recalibrate(passage)[2].Confidence, Is.GreaterThan(0.9).And.GreaterThan(alone[1].Confidence));
    }

    [Test]
    public void Beads_in_line_keep_their_confidence()
    {
        List<Bead> beads = [Bead(0, 0, 0.7), Bead(1, 1, 0.4), Bead(2, 2, 0.99)];

        Assert.That(MovedOdds.Recalibrate(beads), Is.EqualTo(beads));
    }
}
