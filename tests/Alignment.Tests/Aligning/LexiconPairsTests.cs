using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The lexicon's entries that seed the pair's word model, as pairs of the documents' own words: a gloss gives the
/// base form (回答 "answer"), and a narrative in the past tense may hold only an inflected one (<c>answered</c>).
/// </summary>
public sealed class LexiconPairsTests
{
    [Test]
    public void A_gloss_the_text_holds_only_inflected_pairs_with_the_inflected_form()
    {
        Assert.That(SeededEnglish(("回答", "answer"), "她回答了我。", "She answered me."), Does.Contain("answered"));
    }

    [Test]
    public void A_gloss_the_text_holds_in_an_irregular_form_pairs_with_that_form()
    {
        Assert.That(SeededEnglish(("看见", "see"), "我看见了她。", "I saw her."), Does.Contain("saw"));
    }

    [Test]
    public void A_gloss_the_text_holds_as_it_stands_pairs_with_that_word()
    {
        Assert.That(SeededEnglish(("回答", "answer"), "她回答了我。", "Her answer was short; she answered me."), Is.EqualTo(new[] { "answer" }));
    }

    private static string[] SeededEnglish((string Chinese, string English) entry, string chinese, string english)
    {
        var lexicon = Lexicon.FromPairs([KeyValuePair.Create(entry.Chinese, entry.English)]);
        var features = PairFeatures.Extract(
            SegmentedDocument.FromSentences("zh", Language.Chinese, [chinese]),
            SegmentedDocument.FromSentences("en", Language.English, [english]),
            lexicon);
        return [.. features.LexiconPairs().SelectMany(p => p.Target).Select(features.TargetWords.Token).Distinct()];
    }
}
