using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen once whose Chinese stands before a verb and 的 (跟 X 合作的项目, "a project with X"): its equivalent is
/// the noun phrase, not the phrase run on into the clause's verb, which the English leaves untranslated.
/// </summary>
public class ClauseRunOnTests
{
    [Test]
    public void A_noun_phrase_before_a_verb_and_de_is_found_without_the_verb()
    {
        using var memory = Units.Memory(
            Units.Pair("韩立秋：对，这是我们跟县标本馆合作的项目。", "Han: Yes, it is a project with the county herbarium."),
            Units.Pair("种子库每年收集三百份种子。", "The seed bank collects three hundred samples of seed every year."),
            Units.Pair("冷库的温度保持在零下二十度。", "The cold store is kept at minus twenty degrees."),
            Units.Pair("我们的工作人员不多。", "We do not have many staff."));

        Assert.That(memory.LookupTerm("county herbarium", Language.English, Language.Chinese).Best, Is.EqualTo("县标本馆"));
    }
}
