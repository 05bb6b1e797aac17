using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A title or name followed by whose it is (the Regional Programme Coordinator of UNDP) is a name of its own: its
/// equivalent is the title, not the title run on into the organization the other side names elsewhere.
/// </summary>
public class NameHeadTests
{
    [Test]
    public void A_title_seen_once_finds_the_title_without_the_organization_after_it()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("讨论会由开发署区域方案协调员主持。", "The panel was chaired by the Regional Programme Coordinator of UNDP."),
            Units.Pair("开发署支持了该项目。", "UNDP supported the project."),
            Units.Pair("开发署发表了年度报告。", "UNDP issued its annual report."),
            Units.Pair("委员会通过了报告。", "The Committee adopted the report."),
        ]);

        Assert.That(memory.LookupTerm("区域方案协调员", Language.Chinese, Language.English).Best, Is.EqualTo("Regional Programme Coordinator"));
    }
}
