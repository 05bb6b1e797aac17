using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// The pairs' links read a British spelling as the American one the bundled lexicon glosses with (labour for labor,
/// organisation for organization, programme for program), as the United Nations and its agencies write English.
/// </summary>
public class BritishSpellingTests
{
    [Test]
    public void A_term_finds_its_equivalent_written_with_a_British_spelling()
    {
        using var memory = Units.OnePairAmongOthers(
            "该国保护工人免遭强迫劳动、克扣工资和没收证件之害。",
            "The country protects workers against forced labour, wage theft and the confiscation of documents.");

        Assert.That(memory.LookupTerm("强迫劳动", Language.Chinese, Language.English).Best, Is.EqualTo("forced labour"));
    }
}
