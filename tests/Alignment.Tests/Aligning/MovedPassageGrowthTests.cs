using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The widths a moved passage is tried at: its edge may hold sentences the path left out or joined to a neighbour,
/// but not one side of a bead the path is sure of, and every width tried aligns the stretch around the passage again.
/// </summary>
public sealed class MovedPassageGrowthTests
{
    /// <summary>Twenty sentences a side paired one to one, in order, each bead at 0.999.</summary>
    private static List<LatticeBead> SurePath() =>
        [.. Enumerable.Range(0, 20).Select(i => new LatticeBead(i, i, 1, 1, -5, 0.999))];

    /// <summary>Source sentence 5 moved to where target sentence 12 stands: every sentence around both places is surely paired in line.</summary>
    [Test]
    public void A_passage_between_sure_beads_is_tried_at_no_wider_width()
    {
        var widths = MovedPassages.Wider(SurePath(), (5, 5), (12, 12), 20, 20).ToList();

        Assert.That(widths, Is.Empty);
    }

    [Test]
    public void A_passage_grows_over_a_sentence_left_unpaired_beside_it()
    {
        var path = SurePath();
        path[6] = new LatticeBead(6, 6, 1, 0, 3, 0.999);
        path.Insert(7, new LatticeBead(7, 6, 0, 1, 3, 0.999));

        var widths = MovedPassages.Wider(path, (5, 5), (12, 12), 20, 20).ToList();

        Assert.That(widths, Is.EquivalentTo(new[] { ((5, 6), (12, 12)) }));
    }

    /// <summary>A sure bead right before both the passage's first source and first target sentence goes along whole.</summary>
    [Test]
    public void A_passage_grows_over_a_sure_bead_that_goes_along_whole()
    {
        var widths = MovedPassages.Wider(SurePath(), (5, 5), (5, 5), 20, 20).ToList();

        Assert.That(widths, Does.Contain(((4, 5), (4, 5))));
    }
}
