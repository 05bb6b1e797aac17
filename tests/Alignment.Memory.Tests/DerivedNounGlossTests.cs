using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A noun in -bility is made of an adjective in -ble (disability, disable; accessibility, accessible): a gloss that
/// says the adjective (残疾, disabled) explains the noun, so a name that ends with it is not cut before it.
/// </summary>
public class DerivedNounGlossTests
{
    [Test]
    public void A_name_ends_with_the_noun_in_bility_that_a_glossed_adjective_makes()
    {
        using var memory = Units.OnePairAmongOthers(
            "委员会赞扬缔约国批准了《残疾人权利公约》。",
            "The Committee commends the State party for ratifying the Convention on the Rights of Persons with Disabilities.");

        Assert.That(memory.LookupTerm("残疾人权利公约", Language.Chinese, Language.English).Best, Is.EqualTo("Convention on the Rights of Persons with Disabilities"));
    }
}
