using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// A search that prices the same beads in regions that differ a little (a moved passage tried at many widths)
/// remembers each bead's cost by the sentences it pairs, not by where they stand in the region.
/// </summary>
public sealed class RememberedCostsTests
{
    private static BeadScorer Scorer()
    {
        var source = SegmentedDocument.FromSentences("zh", Language.Chinese, ["2019年我们去了湖边。", "天气很好。", "他回来了。", "1987年她出生了。"]);
        var target = SegmentedDocument.FromSentences("en", Language.English, ["In 2019 we went to the lake.", "The weather was good.", "He came back.", "She was born in 1987."]);
        return new BeadScorer(PairFeatures.Extract(source, target, Lexicon.Empty), LengthModel.Estimate([]), BeadPriors.Default, lexical: null);
    }

    [Test]
    public void A_bead_costs_the_same_in_a_region_where_its_sentences_stand_elsewhere()
    {
        var scorer = Scorer();
        var costs = new RememberedCosts(scorer);
        var whole = new AlignmentRegion([0, 1, 2, 3], [0, 1, 2, 3], Anchored: false);
        var later = new AlignmentRegion([2, 3], [1, 2, 3], Anchored: false);

        var first = costs.Cost(whole, 2, 1, 2, 2);
        var again = costs.Cost(later, 0, 0, 2, 2);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(scorer.Cost(whole, 2, 1, 2, 2)));
            Assert.That(again, Is.EqualTo(first));
        });
    }

    /// <summary>
    /// A bead over a gap that a passage taken out left starts at the same sentence, with as many sentences, as a
    /// bead priced before without the gap: it must stay forbidden, not take that bead's cost.
    /// </summary>
    [Test]
    public void A_bead_over_a_gap_stays_forbidden_after_a_bead_of_its_first_sentence_was_priced()
    {
        var costs = new RememberedCosts(Scorer());
        var whole = new AlignmentRegion([0, 1, 2, 3], [0, 1, 2, 3], Anchored: false);
        var withoutSecond = new AlignmentRegion([0, 2, 3], [0, 1, 2, 3], Anchored: false);

        var priced = costs.Cost(whole, 0, 0, 2, 1);

        Assert.Multiple(() =>
        {
            Assert.That(priced, Is.LessThan(double.PositiveInfinity));
            Assert.That(costs.Cost(withoutSecond, 0, 0, 2, 1), Is.EqualTo(double.PositiveInfinity));
        });
    }
}
