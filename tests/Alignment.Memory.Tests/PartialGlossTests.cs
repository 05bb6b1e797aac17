using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>
/// How much of a Chinese word a pair's lexicon links account for: a word whose gloss the English holds only in part,
/// or whose characters only part of a found gloss covers, is partly linked; something of it is left to translate.
/// </summary>
public class PartialGlossTests
{
    [Test]
    public void A_word_whose_gloss_the_English_holds_whole_is_not_partly_linked()
    {
        var pair = Pair("我们在火车站等他。", "We waited for him at the train station.");

        Assert.That(PartlyLinked(pair), Is.Empty);
    }

    [Test]
    public void A_word_whose_gloss_the_English_holds_only_in_part_is_partly_linked()
    {
        var pair = Pair("我们在火车站等他。", "We waited for him at the train depot.");

        Assert.That(PartlyLinked(pair), Does.Contain("火车站"));
    }

    [Test]
    public void A_word_glossed_by_a_compound_noun_is_linked_whole_by_the_compounds_head()
    {
        var pair = Pair("我们靠两台发电机撑了过来。", "Two generators kept us going.");

        Assert.That(PartlyLinked(pair), Does.Not.Contain("发电机"));
    }

    [Test]
    public void A_word_that_a_found_gloss_covers_only_in_part_is_partly_linked()
    {
        // The segmenter keeps 教育局 whole; the lexicon knows 教育, education, but not the word.
        var pair = Pair("市教育局发布了指南。", "The city education office published a guide.");

        Assert.That(PartlyLinked(pair), Does.Contain("教育局"));
    }

    [Test]
    public void The_characters_of_a_word_the_lexicon_does_not_know_link_what_they_gloss()
    {
        var pair = Pair("公司在河的北岸建了仓库。", "The company built a warehouse on the north bank of the river.");

        var linked = pair.EdgeLinks().Select(l => (pair.Chinese[l.Chinese].Term, pair.English[l.English].Term)).ToList();

        Assert.That(linked, Does.Contain(("北岸", "north")).And.Contain(("北岸", "bank")), string.Join(", ", linked));
    }

    [Test]
    public void A_word_only_some_of_whose_characters_link_is_partly_linked()
    {
        var pair = Pair("公司在河的北岸建了仓库。", "The company built a warehouse on the north side of the river.");

        Assert.That(PartlyLinked(pair), Does.Contain("北岸"));
    }

    [TestCase("工人修复了那座桥。", "The restoration of the bridge took a year.", "修复", "restoration")]
    [TestCase("他是执行主任。", "He is the executive director.", "执行", "executive")]
    [TestCase("这个地区正在发展。", "The region's development continues.", "发展", "development")]
    public void A_gloss_links_a_word_derived_from_it(string chinese, string english, string chineseWord, string englishWord)
    {
        var pair = Pair(chinese, english);

        var linked = pair.EdgeLinks().Select(l => (pair.Chinese[l.Chinese].Term, pair.English[l.English].Term)).ToList();

        Assert.That(linked, Does.Contain((chineseWord, englishWord)), string.Join(", ", linked));
    }

    [Test]
    public void A_gloss_does_not_link_a_derived_word_that_another_word_of_the_pair_translates_as_it_is()
    {
        // 承载 glosses "sustain" and "carry"; "sustainable" is 可持续's own word, not a derivation of 承载's.
        var pair = Pair("我们支持可持续农业，但必须尊重土地的承载能力。", "We support sustainable farming, but it must respect the carrying capacity of the land.");

        var linked = pair.DerivedLinks().Select(l => (pair.Chinese[l.Chinese].Term, pair.English[l.English].Term)).ToList();

        Assert.That(linked.Where(l => l.Item2 == "sustainable").Select(l => l.Item1), Has.None.Contains("承载"), string.Join(", ", linked));
    }

    [Test]
    public void A_gloss_does_not_link_a_word_that_merely_starts_alike()
    {
        var pair = Pair("他们把水倒掉了。", "They poured away the watercourse.");

        Assert.That(pair.EdgeLinks().Select(l => pair.English[l.English].Term), Does.Not.Contain("watercourse"));
    }

    private static List<string> PartlyLinked(WordAlignment.PairWords pair) =>
        [.. pair.Chinese.Where(w => pair.PartlyLinked().Contains(w.Index)).Select(w => w.Term)];

    private static WordAlignment.PairWords Pair(string chinese, string english) => WordAlignment.PairWords.Of(
        chinese, AnalyzedToken.Analyze(IndexSchema.Words(Language.Chinese.Code), chinese),
        english, AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), english));
}
