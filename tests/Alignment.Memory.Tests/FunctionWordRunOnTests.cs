using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen once whose pair says nothing of the words past a preposition or postposition beside its equivalent:
/// the equivalent stops at that function word.
/// </summary>
public class FunctionWordRunOnTests
{
    private TranslationMemory memory = null!;

    [OneTimeSetUp]
    public void IndexPairs()
    {
        memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("去年，塔姆桑邦卡罗湖的溃决冲毁了三座桥。", "Last year the outburst of Karo Lake in Tamsang washed away three bridges."),
            Units.Pair("哈桑博士在闭幕致辞中回顾，论坛始于十年前。", "In his closing remarks, Dr. Hassan recalled that the forum began ten years ago."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
        ]);
    }

    [OneTimeTearDown]
    public void Close() => memory.Dispose();

    [Test]
    public void An_English_equivalent_stops_at_a_preposition_the_pair_says_nothing_past()
    {
        var found = memory.LookupTerm("卡罗湖", Language.Chinese, Language.English);
        Assert.That(found.Best, Is.EqualTo("Karo Lake"));
    }

    [Test]
    public void A_Chinese_equivalent_stops_at_a_postposition_the_pair_says_nothing_past()
    {
        var found = memory.LookupTerm("closing remarks", Language.English, Language.Chinese);
        Assert.That(found.Best, Is.EqualTo("闭幕致辞"));
    }
}
