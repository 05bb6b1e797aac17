using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The passes that pair sentences away from the path (moved sentences, stray beads) weigh a shared token by how rare
/// it is in the document: a name or number that most sentences hold matches most candidates.
/// </summary>
public sealed class CrossPathEvidenceTests
{
    /// <summary>
    /// Across the path, a number that most sentences state is weak evidence for any one pairing, and one that a single
    /// sentence states as strong as on the path.
    /// </summary>
    [Test]
    public void A_token_most_sentences_hold_earns_less_across_the_path_than_one_sentence_holds()
    {
        var source = SegmentedDocument.FromSentences("zh", Language.Chinese, ["2019年我们去了湖边。", "2019年天气很好。", "2019年他回来了。", "1987年她出生了。"]);
        var target = SegmentedDocument.FromSentences("en", Language.English, ["In 2019 we went to the lake.", "In 2019 the weather was good.", "In 2019 he came back.", "She was born in 1987."]);
        var scorer = new BeadScorer(PairFeatures.Extract(source, target, Lexicon.Empty), LengthModel.Estimate([]), BeadPriors.Default, lexical: null);
        var region = new AlignmentRegion([0, 1, 2, 3], [0, 1, 2, 3], Anchored: false);

        var common = scorer.CostAcross(region, 0, 0, 1, 1) - scorer.Cost(region, 0, 0, 1, 1);
        var rare = scorer.CostAcross(region, 3, 3, 1, 1) - scorer.Cost(region, 3, 3, 1, 1);

        Assert.Multiple(() =>
        {
            Assert.That(common, Is.EqualTo(BeadScorer.InvariantMatch * (1 - (Math.Log(4.0 / 3) / Math.Log(4)))).Within(1e-9));
            Assert.That(rare, Is.EqualTo(0.0).Within(1e-9));
        });
    }
}
