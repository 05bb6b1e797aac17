using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Which off-path pair a loose sentence anchors the next search to when the evidence ties: the same sentence said
/// again in a long text pairs as well with each place it was said.
/// </summary>
public sealed class OffPathAnchorTests
{
    /// <summary>Twenty sentences a side paired in line, every bead doubtful, so every sentence is loose.</summary>
    private static List<LatticeBead> LoosePath() =>
        [.. Enumerable.Range(0, 20).Select(i => new LatticeBead(i, i, 1, 1, 0, 0.3))];

    private static int[] Diagonal() => [.. Enumerable.Range(0, 21)];

    /// <summary>Leaving a sentence unpaired costs 5 nats; the pairs given cost nothing, any other 20.</summary>
    private static BeadLattice.CostFunction Costs(params (int Source, int Target)[] pairs) =>
        (s, t, a, b) => (a, b) switch
        {
            (1, 0) or (0, 1) => 5,
            (1, 1) when pairs.Contains((s, t)) => 0,
            _ => 20,
        };

    [Test]
    public void A_sentence_that_pairs_as_well_with_two_places_anchors_to_the_nearer()
    {
        var anchors = OffPathAnchors.Find(LoosePath(), Diagonal(), Costs((10, 2), (10, 13)));

        Assert.That(anchors, Is.EqualTo(new[] { (10, 13) }));
    }

    /// <summary>
    /// Two copies of a passage moved back seven sentences: each copy's sentence pairs as well with both copies' places,
    /// and the nearer place of the first copy's is the second copy's. In order, each copy goes to its own.
    /// </summary>
    [Test]
    public void Sentences_that_pair_as_well_with_the_same_places_take_them_in_order()
    {
        var anchors = OffPathAnchors.Find(LoosePath(), Diagonal(), Costs((8, 1), (8, 11), (18, 1), (18, 11)));

        Assert.That(anchors, Is.EqualTo(new[] { (8, 1), (18, 11) }));
    }
}
