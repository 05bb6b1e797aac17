using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Terms that hold a date, share or fraction, each language writing it its own way: the pair's quantities link, so the
/// equivalent is the other side's writing of the same quantity, whole.
/// </summary>
public class WrittenQuantityLookupTests
{
    private TranslationMemory memory = null!;

    [OneTimeSetUp]
    public void IndexPairs()
    {
        memory = TranslationMemory.OpenInMemory();
        memory.Add(
        [
            Units.Pair("第二次会议于6月20日下午在日内瓦举行。", "The second meeting was held in Geneva on the afternoon of 20 June."),
            Units.Pair("大约百分之三十的农田受到了洪水影响。", "About 30 per cent of the farmland was affected by the floods."),
            Units.Pair("该区三分之二的居民住在河边。", "Two thirds of the district's residents live by the river."),
            Units.Pair("理事会通过了报告。", "The Council adopted the report."),
            Units.Pair("第三次会议于5月14日在内罗毕举行。", "The third meeting was held in Nairobi on 14 May."),
            Units.Pair("据一项研究估计，该省受保护的森林不到十分之一。", "According to one study, less than one tenth of the province's forests are protected."),
            Units.Pair("每个村庄都有一所学校。", "Every village has one school."),
            Units.Pair("委员会审议了政府的报告。", "The Committee considered the report of the Government."),
            Units.Pair("这些候鸟一口气飞七八百公里。", "These birds fly seven or eight hundred kilometres without stopping."),
            Units.Pair("坐一趟缆车，大人五块钱，小孩免费。", "A ride on the cable car costs five yuan for adults; children ride free."),
        ]);
    }

    [OneTimeTearDown]
    public void Close() => memory.Dispose();

    [TestCase("20 June", "6月20日")]
    [TestCase("30 per cent", "百分之三十")]
    [TestCase("two thirds", "三分之二")]
    public void An_English_quantity_finds_the_Chinese_writing_of_it(string english, string chinese)
    {
        Assert.That(memory.LookupTerm(english, Language.English, Language.Chinese).Best, Is.EqualTo(chinese));
    }

    [TestCase("14 May", "5月14日")]
    [TestCase("one tenth", "十分之一")]
    public void An_English_quantity_written_with_a_function_word_or_in_two_words_finds_the_Chinese_writing_of_it(string english, string chinese)
    {
        Assert.That(memory.LookupTerm(english, Language.English, Language.Chinese).Best, Is.EqualTo(chinese));
    }

    [TestCase("5月14日", "14 May")]
    [TestCase("十分之一", "one tenth")]
    public void A_Chinese_quantity_finds_the_whole_English_writing_of_it_not_a_word_of_it(string chinese, string english)
    {
        Assert.That(memory.LookupTerm(chinese, Language.Chinese, Language.English).Best, Is.EqualTo(english).IgnoreCase);
    }

    [Test]
    public void A_Chinese_range_of_two_neighbouring_digits_finds_the_whole_English_range_not_its_upper_end()
    {
        Assert.That(memory.LookupTerm("七八百公里", Language.Chinese, Language.English).Best, Is.EqualTo("seven or eight hundred kilometres"));
    }

    [Test]
    public void An_amount_finds_its_English_writing_without_the_verb_before_it()
    {
        Assert.That(memory.LookupTerm("五块钱", Language.Chinese, Language.English).Best, Is.EqualTo("five yuan"));
    }

    [TestCase("6月20日", "20 June")]
    [TestCase("百分之三十", "30 per cent")]
    [TestCase("三分之二", "Two thirds")]
    public void A_Chinese_quantity_finds_the_English_writing_of_it(string chinese, string english)
    {
        Assert.That(memory.LookupTerm(chinese, Language.Chinese, Language.English).Best, Is.EqualTo(english).IgnoreCase);
    }
}
