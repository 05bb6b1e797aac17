using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A Chinese word the segmenter cuts in two (基础 | 设施) but the bundled lexicon knows as one is one word to the
/// candidates: no equivalent starts or ends between its pieces.
/// </summary>
public class LexiconWordTests
{
    [Test]
    public void No_Chinese_candidate_starts_or_ends_inside_a_word_the_lexicon_knows()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("市政府将优先审批新的交通基础设施计划。", "The city will give priority to new transport infrastructure plans."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
        ]);

        var found = memory.LookupTerm("infrastructure plans", Language.English, Language.Chinese);

        Assert.That(found.Candidates.Select(c => c.Text), Has.None.StartsWith("设施").And.None.EndsWith("基础"));
    }
}
