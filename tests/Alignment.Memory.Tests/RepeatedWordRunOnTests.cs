using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Chinese equivalent that goes on past a function word only to repeat its own words (儿童权利委员会 | 在其关于 |
/// 儿童权利) runs on into what the text says next about the same thing: the name ends before it.
/// </summary>
public class RepeatedWordRunOnTests
{
    [Test]
    public void An_equivalent_does_not_run_on_past_a_function_word_into_its_own_words_again() =>
        Assert.That(
            Units.TermInOnePair(
                "儿童权利委员会在其关于儿童权利与环境的一般性意见中指出，各国必须防止有毒物质对儿童造成伤害。",
                "In its general comment on children's rights and the environment, the Committee on the Rights of the Child stated that States must prevent harm to children from toxic substances.",
                "Committee on the Rights of the Child",
                Language.English).Best,
            Is.EqualTo("儿童权利委员会"));
}
