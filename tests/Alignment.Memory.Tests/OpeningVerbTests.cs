using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A paragraph of a resolution opens with its verb, written with a capital (Requests the …, Encourages …): the
/// capital is the sentence's, so the name after the verb is a name of its own, not a piece of a longer one.
/// </summary>
public class OpeningVerbTests
{
    [Test]
    public void A_name_after_the_verb_that_opens_the_text_is_found_without_the_verb()
    {
        Assert.That(Units.TermInOnePair("请世界气象组织向各国提供技术支持；", "Requests the World Meteorological Organization to provide technical support to countries;", "世界气象组织", Language.Chinese).Best, Is.EqualTo("World Meteorological Organization"));
    }

    [Test]
    public void A_name_that_opens_the_text_is_still_found_whole()
    {
        Assert.That(Units.TermInOnePair("世界气象组织向各国提供技术支持。", "World Meteorological Organization support reaches many countries.", "世界气象组织", Language.Chinese).Best, Is.EqualTo("World Meteorological Organization"));
    }
}
