using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The bead priors moved toward an earlier pass's shapes: the pass's beads count as evidence, but only so much of it,
/// so that what a pass of a long input says of its shapes weighs no more than what a chapter's says.
/// </summary>
public sealed class BeadPriorsTests
{
    /// <summary>
    /// A draft makes no bead of one sentence with three (it does not search that shape); counted in full, its five
    /// thousand beads made that shape 4.8 nats dearer than a chapter's hundred did.
    /// </summary>
    [Test]
    public void A_shape_a_long_pass_never_made_costs_what_it_costs_after_two_hundred_beads()
    {
        var afterTwoHundred = BeadPriors.Default.AdaptedTo(Draft(200)).Cost(1, 3);

        var afterFiveThousand = BeadPriors.Default.AdaptedTo(Draft(5000)).Cost(1, 3);

        Assert.That(afterFiveThousand, Is.EqualTo(afterTwoHundred).Within(1e-9));
    }

    /// <summary>Beads one to one, and one in ten one with two, one after another.</summary>
    private static List<Bead> Draft(int count) =>
        [.. Enumerable.Range(0, count).Select(k => k % 10 == 0
            ? new Bead(new SentenceSpan(k, 1), new SentenceSpan(k + (k / 10), 2), 1)
            : new Bead(new SentenceSpan(k, 1), new SentenceSpan(k + (k / 10) + 1, 1), 1))];
}
