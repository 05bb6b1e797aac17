using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An acronym that spells a function word (WHO) is a name only where it is written in capitals: the index folds case,
/// so a lookup of it keeps the units that write it so, and a candidate may be it.
/// </summary>
public class AcronymInCapitalsTests
{
    [Test]
    public void An_acronym_that_spells_a_pronoun_counts_only_the_units_that_write_it_in_capitals()
    {
        using var memory = Units.Memory(
            Units.Pair("该指南由世卫组织编写。", "The guidelines were prepared by WHO."),
            Units.Pair("在农村工作的医生很少。", "Doctors who work in rural areas are few."),
            Units.Pair("报告载于附件。", "The report is contained in the annex."));

        Assert.That(memory.LookupTerm("WHO", Language.English, Language.Chinese).Occurrences, Is.EqualTo(1));
    }

    [Test]
    public void An_acronym_that_spells_a_pronoun_is_a_candidate_where_it_is_written_in_capitals()
    {
        using var memory = Units.Memory(
            Units.Pair("该指南由世卫组织编写。", "The guidelines were prepared by WHO."),
            Units.Pair("世卫组织发布了新的数据。", "WHO released new data."),
            Units.Pair("报告载于附件。", "The report is contained in the annex."));

        Assert.That(memory.LookupTerm("世卫组织", Language.Chinese, Language.English).Best, Is.EqualTo("WHO"));
    }
}
