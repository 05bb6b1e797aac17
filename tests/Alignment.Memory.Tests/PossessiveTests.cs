using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>A possessive determiner (his, her, our) starts no English term, as its and their start none.</summary>
public class PossessiveTests
{
    [Test]
    public void An_English_equivalent_does_not_start_with_a_possessive()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("渔夫把每一次潮汐都写进了航海日志。", "The fisherman wrote every tide into his logbook."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
        ]);

        var found = memory.LookupTerm("航海日志", Language.Chinese, Language.English);
        Assert.That(found.Candidates.Select(c => c.Text), Has.None.StartsWith("his "));
    }
}
