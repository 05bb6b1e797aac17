using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Chinese verbs at a term's edge: the 请 that opens a request (请秘书长, "requests the Secretary-General") starts no
/// equivalent, and a light verb (作出 | 贡献, "make a contribution") ends none.
/// </summary>
public class VerbEdgeLookupTests
{
    [Test]
    public void An_equivalent_does_not_start_with_the_verb_of_a_request()
    {
        using var memory = Units.Memory(
            Units.Pair("理事会请总干事编写一份报告。", "The Governing Body requests the Director-General to prepare a report."),
            Units.Pair("理事会还请总干事提供资源。", "It further requests the Director-General to provide resources."),
            Units.Pair("大会请总干事向下届会议报告。", "The Conference requests the Director-General to report to its next session."),
            Units.Pair("报告载于附件。", "The report is contained in the annex."));

        Assert.That(memory.LookupTerm("Director-General", Language.English, Language.Chinese).Best, Is.EqualTo("总干事"));
    }

    [Test]
    public void An_equivalent_does_not_end_with_a_light_verb()
    {
        Assert.That(Units.TermInOnePair("该方案将为实现可持续发展目标6作出贡献。", "The programme will contribute to Sustainable Development Goal 6.", "Sustainable Development Goal 6", Language.English).Best, Is.EqualTo("可持续发展目标6"));
    }
}
