using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A capitalised English name that writes what qualifies its head after a preposition, which Chinese writes first
/// (Convention on … in Respect of Intercountry Adoption ↔ 跨国收养方面…公约): a Chinese word that no link explains, at the
/// start, answers an English word that no link explains after the preposition, and the equivalent keeps it.
/// </summary>
public class ReorderedNameEdgeTests
{
    [Test]
    public void A_name_keeps_the_unexplained_word_that_answers_the_words_after_its_preposition() =>
        Assert.That(
            Units.TermInOnePair(
                "委员会建议缔约国加入《跨国收养方面保护儿童及合作公约》。",
                "The Committee recommends that the State party accede to the Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption.",
                "Convention on Protection of Children and Co-operation in Respect of Intercountry Adoption",
                Language.English).Best,
            Is.EqualTo("跨国收养方面保护儿童及合作公约"));
}
