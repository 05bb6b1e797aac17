using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class InLineOddsTests
{
    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);

    [Test]
    public void A_one_to_one_bead_in_line_has_its_odds_raised()
    {
        var beads = InLineOdds.Raise([Bead(0, 1, 0, 1, 0.5), Bead(1, 1, 1, 1, 0.9)], new HashSet<Bead>());

        Assert.That(beads.Select(b => b.Confidence), Is.EqualTo(new[] { 1 / (1 + Math.Exp(-InLineOdds.Shift)), 1 / (1 + (1 / 9.0 * Math.Exp(-InLineOdds.Shift))) }).Within(1e-12));
    }

    [Test]
    public void Unpaired_and_many_to_one_beads_keep_their_confidence()
    {
        List<Bead> beads = [Bead(0, 1, 0, 0, 0.4), Bead(1, 2, 0, 1, 0.6), Bead(3, 0, 1, 1, 0.3)];

        Assert.That(InLineOdds.Raise(beads, new HashSet<Bead>()), Is.EqualTo(beads));
    }

    [Test]
    public void A_one_to_one_bead_out_of_line_keeps_its_confidence()
    {
        // The chain runs through [1]:[0], [2]:[1] and [3]:[3]; [0]:[2] moved after two of them.
        List<Bead> beads = [Bead(0, 1, 2, 1, 0.6), Bead(1, 1, 0, 1, 0.9), Bead(2, 1, 1, 1, 0.9), Bead(3, 1, 3, 1, 0.9)];

        Assert.That(InLineOdds.Raise(beads, new HashSet<Bead>())[0].Confidence, Is.EqualTo(0.6));
    }

    [Test]
    public void A_bead_the_caller_keeps_keeps_its_confidence()
    {
        var kept = Bead(0, 1, 0, 1, 0.64);

        Assert.That(InLineOdds.Raise([kept], new HashSet<Bead> { kept }).Single().Confidence, Is.EqualTo(0.64));
    }

    [Test]
    public void A_certain_bead_stays_certain() =>
        Assert.That(InLineOdds.Raise([Bead(0, 1, 0, 1, 1.0)], new HashSet<Bead>()).Single().Confidence, Is.EqualTo(1.0));
}
