using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The lexicon's entries seed the pair's word model as extra training pairs, which weigh as much against a long
/// document's own pairs as against a short one's: a chapter inside a long input keeps the help the lexicon gives it alone.
/// </summary>
public sealed class LexiconSeedWeightTests
{
    /// <summary>
    /// The same pair of sentences four hundred and sixteen hundred times: the document's pairs say the same, and the
    /// entry (回答 "answer") must tip the model as far in both. Counted once, it tipped the longer one a quarter as far.
    /// </summary>
    [Test]
    public void An_entry_weighs_as_much_against_a_long_documents_pairs_as_against_a_shorter_ones()
    {
        var shorter = AnsweredForItsChinese(400);

        var longer = AnsweredForItsChinese(1600);

        Assert.That(longer, Is.EqualTo(shorter).Within(1e-4));
    }

    /// <summary>t(answered | the entry's first Chinese word) learnt from <paramref name="copies"/> one-to-one beads of the same pair of sentences.</summary>
    private static float AnsweredForItsChinese(int copies)
    {
        var lexicon = Lexicon.FromPairs([KeyValuePair.Create("回答", "answer")]);
        var features = PairFeatures.Extract(
            SegmentedDocument.FromSentences("zh", Language.Chinese, [.. Enumerable.Repeat("她回答了我的问题。", copies)]),
            SegmentedDocument.FromSentences("en", Language.English, [.. Enumerable.Repeat("She answered my question.", copies)]),
            lexicon);
        var beads = Enumerable.Range(0, copies).Select(k => new Bead(new SentenceSpan(k, 1), new SentenceSpan(k, 1), 1)).ToList();
        var model = LexicalEvidence.Train(features, beads, minimumConfidence: 0.9).Forward;

        var seed = features.LexiconPairs().Single();
        var (chinese, english) = (seed.Source[0], seed.Target.Single());
        Assert.That(features.TargetWords.Token(english), Is.EqualTo("answered"));
        var at = model.Translations(chinese).IndexOf(english);
        return at < 0 ? 0 : model.Probabilities(chinese)[at];
    }
}
