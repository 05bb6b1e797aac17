using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

public sealed class InvariantTokensTests
{
    private static List<string> Tokens(string text, bool chinese)
    {
        var tokens = new List<string>();
        InvariantTokens.Extract(text, chinese, tokens, [], []);
        return tokens;
    }

    [Test]
    public void A_Chinese_date_and_its_English_form_give_the_same_tokens() =>
        Assert.That(Tokens("2011 年 1 月 17 日", chinese: true), Is.EquivalentTo(Tokens("17 January 2011", chinese: false)));

    [Test]
    public void A_Chinese_ordinal_matches_the_English_ordinal_word() =>
        Assert.That(Tokens("专家组第七次会议", chinese: true), Is.EquivalentTo(Tokens("the seventh meeting of the Expert Group", chinese: false)));

    [Test]
    public void A_document_symbol_is_one_token_not_a_string_of_numbers() =>
        Assert.That(Tokens("（E/CN.15/2011/19，附件一和二）", chinese: true), Is.EqualTo(new[] { "s:E/CN.15/2011/19" }));

    [Test]
    public void Footnote_markers_are_not_numbers() =>
        Assert.That(Tokens("Electronic evidence² and criminal justice", chinese: false), Is.Empty);

    [Test]
    public void Thousands_separators_do_not_change_a_number() =>
        Assert.That(Tokens("2,000 participants", chinese: false), Is.EqualTo(new[] { "n:2000" }));

    [Test]
    public void Thousands_grouped_by_spaces_in_Chinese_read_as_the_English_figure() =>
        Assert.That(Tokens("海拔4 000米以上，补贴1 800元", chinese: true), Is.EqualTo(Tokens("above 4,000 metres, a subsidy of 1,800 yuan", chinese: false)));

    [Test]
    public void Figures_in_a_table_row_stay_apart_where_the_columns_are_wider_than_one_space() =>
        Assert.That(Tokens("股票      6 218      5 981", chinese: true), Is.EqualTo(new[] { "n:6218", "n:5981" }));

    [Test]
    public void A_year_before_a_count_is_not_read_as_one_number() =>
        Assert.That(Tokens("in 2019 100 countries", chinese: false), Is.EqualTo(new[] { "n:2019", "n:100" }));

    [Test]
    public void May_the_verb_is_not_a_month() =>
        Assert.That(Tokens("States May use these tools.", chinese: false), Is.Empty);

    [Test]
    public void English_month_names_count_inside_a_Chinese_document() =>
        Assert.That(Tokens("19 April 2021", chinese: true), Is.EquivalentTo(new[] { "n:19", "m:4", "n:2021" }));

    [Test]
    public void Chinese_numbers_written_in_words_match_the_English_figures() =>
        Assert.That(
            Tokens("封闭四十六天后，约一万二千名居民，掩埋了一百二十米路面，原计划六十天，打了两百多根锚杆，开了二十一年车", chinese: true),
            Is.EquivalentTo(Tokens("closed forty-six days, some 12,000 residents, buried 120 metres of road, a 60-day schedule, more than 200 bolts, for 21 years", chinese: false)));

    [Test]
    public void A_Chinese_amount_of_a_million_or_more_is_read_as_English_writes_it_in_millions() =>
        Assert.That(Tokens("共投入资金八百六十万元", chinese: true), Is.EqualTo(Tokens("cost 8.6 million yuan", chinese: false)));

    [TestCase("一个")]
    [TestCase("一些商户")]
    [TestCase("十分重要")]
    [TestCase("万一下雨")]
    [TestCase("千万不要")]
    [TestCase("两国")]
    [TestCase("几十万人")]
    public void A_digit_character_that_is_part_of_a_word_is_not_a_number(string text) =>
        Assert.That(Tokens(text, chinese: true), Is.Empty);

    [TestCase("四五千人")]
    [TestCase("两三天")]
    public void A_range_of_two_numbers_is_not_one_number(string text) =>
        Assert.That(Tokens(text, chinese: true), Is.Empty);

    [Test]
    public void A_Chinese_month_and_day_in_words_match_the_English_date() =>
        Assert.That(Tokens("十二月三日", chinese: true), Is.EquivalentTo(Tokens("3 December", chinese: false)));

    [Test]
    public void Months_counted_are_a_count_not_a_month_name() =>
        Assert.That(Tokens("三个月", chinese: true), Is.EquivalentTo(Tokens("three months", chinese: false)).And.Not.Contains("m:3"));

    [Test]
    public void A_count_of_hundreds_or_thousands_in_English_words_is_the_whole_number() =>
        Assert.That(
            Tokens("some three hundred households, a hundred birds, twelve hundred knots, two thousand five hundred and six metres", chinese: false),
            Is.EquivalentTo(Tokens("三百多户人家，一百只鸟，一千二百只，两千五百零六米", chinese: true)));

    [Test]
    public void And_after_a_count_of_hundreds_joins_only_a_number_word() =>
        Assert.That(Tokens("three hundred and some more", chinese: false), Is.EqualTo(new[] { "n:300" }));

    [Test]
    public void Hundreds_without_a_count_are_no_number() =>
        Assert.That(Tokens("hundreds of millions of people, thousands of crossings", chinese: false), Is.Empty);

    [Test]
    public void A_lone_digit_before_a_measure_word_or_a_unit_of_time_is_a_count() =>
        Assert.That(
            Tokens("实际提前了两周，三年后，沿线有六个村，单程要两个多小时，新桥在下游两公里处", chinese: true),
            Is.EquivalentTo(Tokens("two weeks early, three years later, six villages along it, more than two hours each way, two kilometres downstream", chinese: false)));

    [Test]
    public void Tenths_in_words_match_the_English_percentage() =>
        Assert.That(Tokens("外运量下降了近四成", chinese: true), Is.EqualTo(Tokens("shipments fell by nearly 40 percent", chinese: false)));

    [TestCase("一年")]
    [TestCase("一起去")]
    [TestCase("一成不变")]
    [TestCase("十分感谢")]
    public void One_or_a_lone_digit_before_no_measure_word_is_not_a_count(string text) =>
        Assert.That(Tokens(text, chinese: true), Is.Empty);

    [Test]
    public void A_compound_that_starts_with_a_count_gives_the_count() =>
        Assert.That(Tokens("a three-year plan and a twenty-five-metre wall", chinese: false), Is.EqualTo(new[] { "n:3", "n:25" }));

    [TestCase("a second-hand boat")]
    [TestCase("a one-off payment")]
    public void A_compound_that_starts_with_an_ordinal_or_one_gives_no_count(string text) =>
        Assert.That(Tokens(text, chinese: false), Is.Empty);

    [Test]
    public void A_percentage_in_words_matches_the_English_percentage() =>
        Assert.That(Tokens("误差可以控制在百分之十以内，比预算少百分之四", chinese: true), Is.EquivalentTo(Tokens("within ten percent, 4 per cent below the budget", chinese: false)));

    [Test]
    public void A_year_written_digit_by_digit_is_the_year() =>
        Assert.That(Tokens("二〇二六年", chinese: true), Is.EqualTo(new[] { "n:2026" }));

    [Test]
    public void Digits_before_wan_read_as_the_English_amount_in_millions() =>
        Assert.That(Tokens("捐款5 200万美元", chinese: true), Is.EqualTo(Tokens("donations of $52 million", chinese: false)));

    [Test]
    public void Digits_before_wan_without_a_space_read_as_the_English_amount() =>
        Assert.That(Tokens("共5200万元", chinese: true), Is.EqualTo(new[] { "n:52" }));

    [Test]
    public void Digits_before_wan_below_a_million_read_as_the_English_figure() =>
        Assert.That(Tokens("约3万名志愿者", chinese: true), Is.EqualTo(Tokens("some 30,000 volunteers", chinese: false)));

    [Test]
    public void A_decimal_before_yi_reads_as_the_English_amount_in_millions() =>
        Assert.That(Tokens("1.2亿人", chinese: true), Is.EqualTo(Tokens("120 million people", chinese: false)));

    [Test]
    public void Digits_before_yi_read_as_the_English_amount_in_billions() =>
        Assert.That(Tokens("12亿美元", chinese: true), Is.EqualTo(Tokens("$1.2 billion", chinese: false)));

    [Test]
    public void Hundreds_of_millions_in_yi_match_an_English_figure_in_millions() =>
        Assert.That(Tokens("114.07亿美元，4.29亿美元", chinese: true), Is.EqualTo(Tokens("$11,407 million, $429 million", chinese: false)));

    [Test]
    public void More_than_before_wan_keeps_the_amount() =>
        Assert.That(Tokens("5000多万元", chinese: true), Is.EqualTo(Tokens("more than 50 million yuan", chinese: false)));

    [TestCase("六十多万元", "more than 600,000 yuan")]
    [TestCase("两千多万人", "more than 20 million people")]
    [TestCase("十余亿元", "over 1 billion yuan")]
    public void More_than_between_a_count_in_words_and_its_magnitude_keeps_the_amount(string chinese, string english) =>
        Assert.That(Tokens(chinese, chinese: true), Is.EqualTo(Tokens(english, chinese: false)));

    [Test]
    public void More_than_a_count_in_words_without_a_magnitude_is_the_count() =>
        Assert.That(Tokens("六十多人", chinese: true), Is.EqualTo(Tokens("more than 60 people", chinese: false)));

    [Test]
    public void A_figure_before_thousand_in_English_is_the_whole_number() =>
        Assert.That(Tokens("30 thousand people", chinese: false), Is.EqualTo(Tokens("3万人", chinese: true)));

    [Test]
    public void Bn_and_m_after_a_figure_with_a_currency_sign_are_magnitudes() =>
        Assert.That(Tokens("$1.2bn and £52m", chinese: false), Is.EqualTo(Tokens("12亿美元和5200万英镑", chinese: true)));

    [Test]
    public void M_after_a_figure_without_a_currency_sign_is_no_magnitude() =>
        Assert.That(Tokens("a 5m wall", chinese: false), Is.EqualTo(new[] { "n:5" }));

    [Test]
    public void A_grouped_figure_of_millions_reads_as_the_amount_in_millions() =>
        Assert.That(Tokens("52,000,000 dollars", chinese: false), Is.EqualTo(Tokens("5 200万美元", chinese: true)));

    [Test]
    public void A_percentage_with_a_decimal_in_words_matches_the_English_percentage() =>
        Assert.That(Tokens("增长了百分之十二点五", chinese: true), Is.EqualTo(Tokens("grew by 12.5 per cent", chinese: false)));

    [Test]
    public void A_decimal_in_words_before_yi_reads_as_the_English_amount() =>
        Assert.That(Tokens("一点二亿人", chinese: true), Is.EqualTo(Tokens("120 million people", chinese: false)));

    [TestCase("下午三点五分")]
    [TestCase("一点一滴")]
    public void Dian_that_is_no_decimal_point_gives_no_decimal(string text) =>
        Assert.That(Tokens(text, chinese: true), Does.Not.Contain("n:3.5").And.Not.Contain("n:1.1"));

    [Test]
    public void A_figure_before_wan_and_further_digits_is_left_as_written() =>
        Assert.That(Tokens("3万5千人", chinese: true), Does.Not.Contain("n:30000"));
}
