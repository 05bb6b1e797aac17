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
}
