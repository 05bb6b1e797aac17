using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen in one pair, part of which no link of the pair explains: its equivalent takes the words beside it that
/// nothing explains either, at the same edge, and no word beyond that.
/// </summary>
public class UnexplainedWordTests
{
    private TranslationMemory memory = null!;

    [OneTimeSetUp]
    public void IndexPairs()
    {
        memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("来自民间社会组织和私营部门的代表出席了会议。", "Representatives of civil society organizations and the private sector attended the meeting."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
            Units.Pair("会议由主席主持。", "The meeting was chaired by the President."),
        ]);
    }

    [OneTimeTearDown]
    public void Close() => memory.Dispose();

    [TestCase("私营部门", "private sector")]
    [TestCase("民间社会组织", "civil society organizations")]
    public void A_Chinese_term_finds_the_English_phrase_whose_added_word_nothing_else_explains(string chinese, string english)
    {
        Assert.That(memory.LookupTerm(chinese, Language.Chinese, Language.English).Best, Is.EqualTo(english));
    }

    [TestCase("private sector", "私营部门")]
    [TestCase("civil society organizations", "民间社会组织")]
    public void An_English_term_finds_the_Chinese_phrase_whose_added_word_nothing_else_explains(string english, string chinese)
    {
        Assert.That(memory.LookupTerm(english, Language.English, Language.Chinese).Best, Is.EqualTo(chinese));
    }
}
