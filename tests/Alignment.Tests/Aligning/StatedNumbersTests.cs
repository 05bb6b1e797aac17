using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>The numbers a sentence states, as the QA report compares them across a bead.</summary>
public sealed class StatedNumbersTests
{
    [TestCase(21, "The twenty-first session was held in Vienna.")]
    [TestCase(40, "The fortieth session was held in Vienna.")]
    public void A_number_in_digits_is_stated_by_its_English_ordinal_in_words(int value, string english)
    {
        var chinese = StatedNumbers.Of($"第{value}届会议在维也纳举行。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of(english, chinese: false)), Is.Zero);
    }

    [TestCase(300, "some three hundred households")]
    [TestCase(2500, "two thousand five hundred households")]
    public void A_number_in_digits_is_stated_by_a_count_of_hundreds_in_words(int value, string english)
    {
        var chinese = StatedNumbers.Of($"对岸有{value}户人家。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of($"On the far side live {english}.", chinese: false)), Is.Zero);
    }

    [Test]
    public void A_number_the_other_side_does_not_state_is_missing()
    {
        var chinese = StatedNumbers.Of("第22届会议在维也纳举行。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of("The twenty-first session was held in Vienna.", chinese: false)), Is.EqualTo(1));
    }

    [TestCase("捐款5 200万美元。", "Donations came to $52 million.")]
    [TestCase("约3万名志愿者。", "Some 30,000 volunteers came.")]
    [TestCase("投资12亿美元。", "It invested $1.2 billion.")]
    [TestCase("1.2亿人受益。", "120 million people benefit.")]
    [TestCase("资产为114.07亿美元。", "Assets were $11,407 million.")]
    [TestCase("投资12亿美元。", "It invested $1.2bn.")]
    [TestCase("共投入资金八百六十万元。", "It cost 8.6 million yuan.")]
    [TestCase("增长了百分之十二点五。", "It grew by 12.5 per cent.")]
    public void An_amount_with_a_magnitude_is_stated_alike_on_both_sides(string chinese, string english)
    {
        var zh = StatedNumbers.Of(chinese, chinese: true);
        var en = StatedNumbers.Of(english, chinese: false);

        Assert.That(zh.MissingFrom(en) + en.MissingFrom(zh), Is.Zero);
    }

    [Test]
    public void An_amount_in_wan_is_not_stated_by_the_bare_figure()
    {
        var zh = StatedNumbers.Of("捐款5 200万美元。", chinese: true);

        Assert.That(zh.MissingFrom(StatedNumbers.Of("Donations came to $5,200.", chinese: false)), Is.EqualTo(1));
    }
}
