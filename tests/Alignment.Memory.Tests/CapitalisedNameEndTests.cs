using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English name ends at its last capitalised word: a lower-case word that follows it and that nothing in the pair
/// ties to the term is the sentence going on (the Bacterial Priority Pathogens List | places …), not more of the name.
/// </summary>
public class CapitalisedNameEndTests
{
    [Test]
    public void A_capitalised_name_ends_before_the_verb_that_follows_it()
    {
        using var memory = Units.OnePairAmongOthers(
            "2024年更新的世卫组织细菌重点病原体清单将耐利福平结核分枝杆菌列为极重要类别。",
            "The 2024 update of the WHO Bacterial Priority Pathogens List places rifampicin-resistant Mycobacterium tuberculosis in the critical group.");

        Assert.That(memory.LookupTerm("细菌重点病原体清单", Language.Chinese, Language.English).Best, Is.EqualTo("Bacterial Priority Pathogens List"));
    }
}
