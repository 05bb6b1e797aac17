using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen in one pair, every word of which the pair's links tie to words of a shorter candidate: its equivalent
/// stops where those words stop, and takes no word beside them that translates nothing of the term.
/// </summary>
public class RunOnTests
{
    private TranslationMemory memory = null!;

    [OneTimeSetUp]
    public void IndexPairs()
    {
        memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("公司在河的北岸建了仓库。", "The company built a warehouse on the north bank of the river."),
            Units.Pair("研讨会讨论了土壤侵蚀现状。", "The seminar discussed the state of soil erosion."),
            Units.Pair("必须把粮食安全提升到国家政策的高度。", "Food security must be raised to the level of national policy."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
            Units.Pair("会议由主席主持。", "The meeting was chaired by the President."),
            Units.Pair("山下的线路断了三天，我们靠两台柴油发电机撑了过来。", "The line from the valley was cut for three days, and two diesel generators kept us going."),
        ]);
    }

    [OneTimeTearDown]
    public void Close() => memory.Dispose();

    [TestCase("土壤侵蚀", "soil erosion")]
    [TestCase("柴油发电机", "diesel generators")]
    public void A_Chinese_term_finds_the_English_phrase_without_the_words_beside_it(string chinese, string english)
    {
        Assert.That(memory.LookupTerm(chinese, Language.Chinese, Language.English).Best, Is.EqualTo(english));
    }

    [TestCase("north bank", "北岸")]
    [TestCase("soil erosion", "土壤侵蚀")]
    [TestCase("national policy", "国家政策")]
    public void An_English_term_finds_the_Chinese_phrase_without_the_words_beside_it(string english, string chinese)
    {
        Assert.That(memory.LookupTerm(english, Language.English, Language.Chinese).Best, Is.EqualTo(chinese));
    }
}
