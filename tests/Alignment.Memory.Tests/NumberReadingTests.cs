using Alignment.Memory.Terminology;

namespace Alignment.Memory.Tests;

/// <summary>Quantities read from how each language writes them, so that the two sides of a pair match on what they say.</summary>
public class NumberReadingTests
{
    [TestCase("百分之四十五", 0.45)]
    [TestCase("三分之一", 1 / 3.0)]
    [TestCase("十分之一", 0.1)]
    [TestCase("百分之7.5", 0.075)]
    public void A_Chinese_share_reads_as_a_fraction_of_one(string text, double value) =>
        Assert.That(Single(NumberReading.InChinese(text), NumberReading.Kind.Share), Is.EqualTo(value).Within(1e-9));

    [TestCase("rose by 45 per cent", 0.45)]
    [TestCase("rose by 45%", 0.45)]
    [TestCase("rose by forty-five percent", 0.45)]
    [TestCase("one third of the seats", 1 / 3.0)]
    [TestCase("a tenth of the need", 0.1)]
    [TestCase("two thirds of members", 2 / 3.0)]
    public void An_English_share_reads_as_a_fraction_of_one(string text, double value) =>
        Assert.That(Single(NumberReading.InEnglish(text), NumberReading.Kind.Share), Is.EqualTo(value).Within(1e-9));

    [TestCase("第三十二届会议", 32)]
    [TestCase("第7次会议", 7)]
    public void A_Chinese_rank_reads_as_its_number(string text, double value) =>
        Assert.That(Single(NumberReading.InChinese(text), NumberReading.Kind.Ordinal), Is.EqualTo(value));

    [TestCase("its thirty-second session", 32)]
    [TestCase("the 21st meeting", 21)]
    [TestCase("the Second Committee", 2)]
    public void An_English_rank_reads_as_its_number(string text, double value) =>
        Assert.That(Single(NumberReading.InEnglish(text), NumberReading.Kind.Ordinal), Is.EqualTo(value));

    [TestCase("its seventy-eighth session", 78)]
    [TestCase("the twenty-third meeting", 23)]
    [TestCase("the seventy-first session", 71)]
    public void An_English_rank_of_a_tens_word_and_a_unit_reads_as_one_number(string text, double value) =>
        Assert.That(Single(NumberReading.InEnglish(text), NumberReading.Kind.Ordinal), Is.EqualTo(value));

    [Test]
    public void A_hyphenated_rank_is_no_fraction() =>
        Assert.That(NumberReading.InEnglish("its seventy-eighth session").Where(q => q.Kind == NumberReading.Kind.Share), Is.Empty);

    [Test]
    public void The_denominator_of_a_fraction_is_no_rank() =>
        Assert.That(NumberReading.InEnglish("one third of the seats").Where(q => q.Kind == NumberReading.Kind.Ordinal), Is.Empty);

    [TestCase("2027年3月18日", 3)]
    [TestCase("十二月初", 12)]
    public void A_Chinese_month_reads_as_its_number(string text, double value) =>
        Assert.That(Single(NumberReading.InChinese(text), NumberReading.Kind.Month), Is.EqualTo(value));

    [TestCase("on 18 March 2027", 3)]
    [TestCase("in December", 12)]
    public void An_English_month_reads_as_its_number(string text, double value) =>
        Assert.That(Single(NumberReading.InEnglish(text), NumberReading.Kind.Month), Is.EqualTo(value));

    [TestCase("飞四五千公里", 4000, 5000)]
    [TestCase("七八十人", 70, 80)]
    [TestCase("两三个人", 0, 0)]
    public void Two_neighbouring_Chinese_digits_read_as_a_range(string text, double low, double high) =>
        Assert.That(NumberReading.InChinese(text).Where(q => q.Kind == NumberReading.Kind.Range).Select(q => (q.Value, q.Upper)),
            low == 0 ? Is.Empty : Is.EqualTo(new[] { (low, high) }));

    [TestCase("fly four or five thousand kilometres", 4000, 5000)]
    [TestCase("seventy to eighty people", 0, 0)]
    [TestCase("from 5 to 6 per cent", 0, 0)]
    public void Two_neighbouring_English_numbers_in_words_read_as_a_range(string text, double low, double high) =>
        Assert.That(NumberReading.InEnglish(text).Where(q => q.Kind == NumberReading.Kind.Range).Select(q => (q.Value, q.Upper)),
            low == 0 ? Is.Empty : Is.EqualTo(new[] { (low, high) }));

    [Test]
    public void Digits_of_a_longer_number_are_no_range() =>
        Assert.That(NumberReading.InChinese("二〇二五年和一二三四").Where(q => q.Kind == NumberReading.Kind.Range), Is.Empty);

    [Test]
    public void Three_months_is_no_month() =>
        Assert.That(NumberReading.InChinese("三个月后"), Is.Empty);

    [TestCase("八千六百四十", 8640)]
    [TestCase("十一", 11)]
    [TestCase("两", 2)]
    [TestCase("45", 45)]
    public void Chinese_numerals_read_as_their_value(string text, double value) =>
        Assert.That(NumberReading.ChineseNumber(text), Is.EqualTo(value));

    private static double Single(IEnumerable<NumberReading.Quantity> quantities, NumberReading.Kind kind) =>
        quantities.Single(q => q.Kind == kind).Value;
}
