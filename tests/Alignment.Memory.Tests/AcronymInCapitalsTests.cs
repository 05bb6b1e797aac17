using Alignment.Documents;
using Alignment.Writing;

namespace Alignment.Memory.Tests;

/// <summary>
/// An acronym that spells a function word (WHO) is a name only where it is written in capitals: the index folds case,
/// so a lookup of it keeps the units that write it so, and a candidate may be it.
/// </summary>
public class AcronymInCapitalsTests
{
    [TestCase("WHO", "世卫组织")]
    [TestCase("世卫组织", "WHO")]
    public void An_acronym_that_spells_a_pronoun_and_its_Chinese_name_find_each_other_past_the_pronoun(string term, string equivalent)
    {
        using var memory = Units.Memory(
            Units.Pair("该指南由世卫组织编写。", "The guidelines were prepared by WHO."),
            Units.Pair("世卫组织发布了新的数据。", "WHO released new data."),
            Units.Pair("在农村工作的医生很少。", "Doctors who work in rural areas are few."),
            Units.Pair("报告载于附件。", "The report is contained in the annex."));
        var chinese = term.Any(Han.IsIdeograph);

        var result = memory.LookupTerm(term, chinese ? Language.Chinese : Language.English, chinese ? Language.English : Language.Chinese);

        Assert.That((result.Best, result.Occurrences), Is.EqualTo((equivalent, 2)));
    }
}
