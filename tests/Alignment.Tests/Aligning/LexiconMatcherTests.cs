using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Lexicon terms found in running English: a gloss gives a word's base form (看见 "see", 孩子 "child", 洗干净 "wash"),
/// and running text inflects it (<c>saw</c>, <c>children</c>, <c>washed</c>).
/// </summary>
public sealed class LexiconMatcherTests
{
    [TestCase("When I got off the bus I saw her standing by the road.")]
    [TestCase("I had never seen so many jars.")]
    public void An_irregular_verb_form_matches_the_gloss_of_its_base_form(string english)
    {
        Assert.That(Found(("看见", "see"), "我看见外婆站在路边。", english), Is.EqualTo(new[] { "看见" }));
    }

    [Test]
    public void An_irregular_plural_matches_the_gloss_of_its_singular()
    {
        Assert.That(Found(("孩子", "child"), "孩子们都是本地人。", "The other children were all local."), Is.EqualTo(new[] { "孩子" }));
    }

    [TestCase("We washed the vegetables.")]
    [TestCase("She washes the jars.")]
    [TestCase("Washing a jar is slow work.")]
    public void A_regular_ending_is_undone_where_a_gloss_word_is_left(string english)
    {
        Assert.That(Found(("洗干净", "wash"), "我们把菜洗干净。", english), Is.EqualTo(new[] { "洗干净" }));
    }

    [TestCase("carry", "She carried the jar home.")]
    [TestCase("stop", "The bus stopped by the road.")]
    [TestCase("bake", "She baked bread.")]
    [TestCase("make", "She was making pickles.")]
    [TestCase("run", "The children were running.")]
    public void A_regular_ending_is_undone_however_the_stem_is_spelled(string gloss, string english)
    {
        Assert.That(Found(("东西", gloss), "东西", english), Is.EqualTo(new[] { "东西" }));
    }

    [Test]
    public void A_word_that_is_a_gloss_as_it_stands_is_not_read_as_an_inflection()
    {
        var found = Found([("左边", "left"), ("离开", "leave")], "她离开了左边的路。", "She turned left.");

        Assert.That(found, Is.EqualTo(new[] { "左边" }));
    }

    [Test]
    public void A_single_character_matches_a_gloss_of_one_word()
    {
        Assert.That(Found(("问", "ask"), "周问：“修好了吗？”", "“Is it mended?” Zhou asked."), Is.EqualTo(new[] { "问" }));
    }

    [TestCase("长辈", "one's elders", "我们要尊敬长辈。", "We must respect our elders.")]
    [TestCase("感谢", "thank sb", "我想感谢他。", "I want to thank him.")]
    [TestCase("照顾", "look after oneself", "她会照顾自己。", "She can look after herself.")]
    public void A_gloss_matches_without_the_placeholder_for_whom_it_applies_to(string chinese, string gloss, string sentence, string english)
    {
        Assert.That(Found((chinese, gloss), sentence, english), Is.EqualTo(new[] { chinese }));
    }

    [Test]
    public void A_single_character_does_not_match_a_gloss_of_several_words()
    {
        Assert.That(Found(("看", "look after"), "她看着河。", "She would look after the river."), Is.Empty);
    }

    private static string[] Found((string Chinese, string English) entry, string chinese, string english) =>
        Found([entry], chinese, english);

    private static string[] Found((string Chinese, string English)[] entries, string chinese, string english)
    {
        var lexicon = Lexicon.FromPairs(entries.Select(e => KeyValuePair.Create(e.Chinese, e.English)));
        var concepts = LexiconMatcher.ChineseConcepts(lexicon, [chinese]);
        var matcher = new LexiconMatcher(lexicon, concepts[0]);
        return [.. matcher.EnglishConcepts(english).Select(lexicon.Terms.Term)];
    }
}
