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

    [TestCase("二〇〇九年夏天，我们第一次上山。", "In the summer of 2009 we first went up the mountain.")]
    [TestCase("二零一六年，我们在采石场边发现了五株。", "In 2016 we found five at the edge of a quarry.")]
    [TestCase("一九九八年洪水之后，堤坝加高了。", "After the floods of 1998 the dyke was raised.")]
    public void A_year_written_digit_by_digit_is_stated_by_the_year_in_figures(string chinese, string english)
    {
        var zh = StatedNumbers.Of(chinese, chinese: true);
        var en = StatedNumbers.Of(english, chinese: false);

        Assert.That(zh.MissingFrom(en) + en.MissingFrom(zh), Is.Zero);
    }

    [Test]
    public void A_year_written_digit_by_digit_does_not_state_its_last_digit()
    {
        var zh = StatedNumbers.Of("二〇〇九年夏天，我们第一次上山。", chinese: true);

        Assert.That(StatedNumbers.Of("In the summer of 9 we first went up the mountain.", chinese: false).MissingFrom(zh), Is.EqualTo(1));
    }

    [TestCase("光电费每年就要六十多万元。", "Electricity alone costs more than 600,000 yuan a year.")]
    [TestCase("光电费每年就要60多万元。", "Electricity alone costs more than 600,000 yuan a year.")]
    [TestCase("全县有两千多万人口。", "The county has more than 20 million people.")]
    [TestCase("总投资十余亿元。", "Investment totalled over 1 billion yuan.")]
    public void More_than_between_a_count_and_its_magnitude_states_the_amount(string chinese, string english)
    {
        var zh = StatedNumbers.Of(chinese, chinese: true);
        var en = StatedNumbers.Of(english, chinese: false);

        Assert.That(zh.MissingFrom(en) + en.MissingFrom(zh), Is.Zero);
    }

    [Test]
    public void More_than_a_count_of_wan_is_not_stated_by_the_bare_count()
    {
        var zh = StatedNumbers.Of("光电费每年就要60多万元。", chinese: true);

        Assert.That(zh.MissingFrom(StatedNumbers.Of("Electricity alone costs more than 60 yuan a year.", chinese: false)), Is.EqualTo(1));
    }

    [Test]
    public void An_amount_in_wan_is_not_stated_by_the_bare_figure()
    {
        var zh = StatedNumbers.Of("捐款5 200万美元。", chinese: true);

        Assert.That(zh.MissingFrom(StatedNumbers.Of("Donations came to $5,200.", chinese: false)), Is.EqualTo(1));
    }
}
