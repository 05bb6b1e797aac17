using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A bound prefix that the lexicon glosses on its own (过度 "over-", 次 "sub-", 多 "multi-") is written in English as one
/// word with the word after it: the Chinese term that holds both finds that one English word, whose gloss no single
/// character or word of the term gives.
/// </summary>
public class BoundPrefixTests
{
    [Test]
    public void A_prefix_glossed_alone_joins_the_next_words_gloss_into_one_English_word() =>
        Assert.That(
            Units.TermInOnePair("许多鱼类种群遭到过度捕捞，渔民的收入因此下降。", "Many fish stocks are overfished, and the incomes of fishers have fallen as a result.", "过度捕捞", Language.Chinese).Best,
            Is.EqualTo("overfished"));

    [Test]
    public void A_measure_word_glossed_as_a_prefix_starts_the_Chinese_word_where_no_number_counts_with_it() =>
        Assert.That(
            Units.TermInOnePair("发育迟缓率在若干次区域仍居高不下，请在下一份报告中分列这些数据。", "Stunting rates remain high in several subregions, and the next report should disaggregate these data.", "subregions", Language.English).Best,
            Is.EqualTo("次区域"));
}
