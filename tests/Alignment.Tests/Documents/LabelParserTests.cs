using Alignment.Documents;
using Alignment.Documents.Reading;

namespace Alignment.Tests.Documents;

/// <summary>Labels as written and the anchors they normalise to.</summary>
public sealed class LabelParserTests
{
    [TestCase("12. The meeting was opened.", LabelStyle.Arabic, "12.", "12")]
    [TestCase("12、会议开幕。", LabelStyle.Arabic, "12、", "12")]
    [TestCase("II. Organization of work", LabelStyle.Roman, "II.", "II")]
    [TestCase("二. 会议安排", LabelStyle.ChineseNumeral, "二.", "II")]
    [TestCase("四、其他事项", LabelStyle.ChineseNumeral, "四、", "IV")]
    [TestCase("十一. 结论", LabelStyle.ChineseNumeral, "十一.", "XI")]
    [TestCase("A. Opening of the meeting", LabelStyle.UpperLetter, "A.", "A")]
    [TestCase("(a) Opening of the meeting;", LabelStyle.LowerLetter, "(a)", "(a)")]
    [TestCase("- (b) Adoption of the agenda.", LabelStyle.LowerLetter, "- (b)", "(b)")]
    [TestCase("（c）通过议程。", LabelStyle.LowerLetter, "（c）", "(c)")]
    [TestCase("(1) General provisions", LabelStyle.ParenthesizedNumber, "(1)", "(1)")]
    [TestCase("（一）总则", LabelStyle.ParenthesizedNumber, "（一）", "(1)")]
    [TestCase("（1）总则", LabelStyle.ParenthesizedNumber, "（1）", "(1)")]
    [TestCase("第3条 适用范围", LabelStyle.Article, "第3条", "article 3")]
    [TestCase("第三条 适用范围", LabelStyle.Article, "第三条", "article 3")]
    [TestCase("Article 3 Scope of application", LabelStyle.Article, "Article 3", "article 3")]
    [TestCase("Article 3. Definitions", LabelStyle.Article, "Article 3.", "article 3")]
    [TestCase("Article 3 bis. Scope", LabelStyle.Article, "Article 3 bis.", "article 3 bis")]
    [TestCase("Article 12 quater", LabelStyle.Article, "Article 12 quater", "article 12 quater")]
    [TestCase("Rule 12", LabelStyle.Article, "Rule 12", "article 12")]
    [TestCase("RULE 4. Notification of sessions", LabelStyle.Article, "RULE 4.", "article 4")]
    [TestCase("第三条之二　适用范围", LabelStyle.Article, "第三条之二", "article 3 bis")]
    [TestCase("第12条之三 适用范围", LabelStyle.Article, "第12条之三", "article 12 ter")]
    [TestCase("1 bis. This Protocol shall not apply.", LabelStyle.Arabic, "1 bis.", "1 bis")]
    [TestCase("1ter. This Protocol shall not apply.", LabelStyle.Arabic, "1ter.", "1 ter")]
    [TestCase("1之二. 本议定书不适用。", LabelStyle.Arabic, "1之二.", "1 bis")]
    [TestCase("7 decies. The Parties shall report.", LabelStyle.Arabic, "7 decies.", "7 decies")]
    [TestCase("(ii) Data on groundwater;", LabelStyle.LowerRoman, "(ii)", "(ii)")]
    [TestCase("(xiv) Outreach;", LabelStyle.LowerRoman, "(xiv)", "(xiv)")]
    [TestCase("㈡ 地下水数据；", LabelStyle.LowerRoman, "㈡", "(ii)")]
    [TestCase("Part One", LabelStyle.Part, "Part One", "part 1")]
    [TestCase("PART II. ANNEXES", LabelStyle.Part, "PART II.", "part 2")]
    [TestCase("第二部分　附件", LabelStyle.Part, "第二部分", "part 2")]
    [TestCase("Chapter I. Matters calling for action", LabelStyle.Chapter, "Chapter I.", "chapter 1")]
    [TestCase("CHAPTER 3 SUPPLEMENTARY PROVISIONS", LabelStyle.Chapter, "CHAPTER 3", "chapter 3")]
    [TestCase("Chapter IV: Conclusions", LabelStyle.Chapter, "Chapter IV:", "chapter 4")]
    [TestCase("第一章　总则", LabelStyle.Chapter, "第一章", "chapter 1")]
    [TestCase("第12章 附则", LabelStyle.Chapter, "第12章", "chapter 12")]
    [TestCase("Section 2. Administrative authorities", LabelStyle.Section, "Section 2.", "section 2")]
    [TestCase("第二节　管理机构", LabelStyle.Section, "第二节", "section 2")]
    [TestCase("Section C. Recommendations", LabelStyle.Section, "Section C.", "section 3")]
    [TestCase("C节　建议", LabelStyle.Section, "C节", "section 3")]
    [TestCase("Part A", LabelStyle.Part, "Part A", "part 1")]
    [TestCase("第一编　总则", LabelStyle.Part, "第一编", "part 1")]
    [TestCase("一、含水层国应预防、减少和控制污染。", LabelStyle.Arabic, "一、", "1")]
    [TestCase("¹ See the website.", LabelStyle.Footnote, "¹", "1")]
    [TestCase("¹² See the website.", LabelStyle.Footnote, "¹²", "12")]
    public void A_label_is_kept_as_written_and_normalised_to_its_anchor(string line, LabelStyle style, string written, string anchor)
    {
        var label = LabelParser.Parse(line)[0];
        Assert.That((label.Style, label.Written, label.Anchor), Is.EqualTo((style, written, anchor)));
    }

    [Test]
    public void The_text_starts_after_the_label_and_its_spaces()
    {
        var label = LabelParser.Parse("- (a)  Illegal access;")[0];
        Assert.That("- (a)  Illegal access;"[label.TextStart..], Is.EqualTo("Illegal access;"));
    }

    [Test]
    public void A_Roman_one_may_also_be_the_letter_I() =>
        Assert.That(LabelParser.Parse("I. Documentation").Select(l => l.Style), Is.EqualTo(new[] { LabelStyle.Roman, LabelStyle.UpperLetter }));

    [TestCase("Section 2 of the Act provides for appeals")]
    [TestCase("Chapter II. The Commission adopted the report, which is annexed.")]
    [TestCase("Part of the funds was spent")]
    [TestCase("第一章规定了本条例的目的。")]
    [TestCase("(mix) of sources")]
    [TestCase("2011 年 1 月")]
    [TestCase("12.5 per cent of States")]
    [TestCase("第 1 场会议上")]
    [TestCase("(UNODC/CCPCJ/EG.4/2021/1);")]
    [TestCase("一会员国表示")]
    [TestCase("Article 3.5 of the Convention applies.")]
    [TestCase("Article 3 of the Convention provides that States shall cooperate.")]
    [TestCase("Rule 7, paragraph 2, applies to observers.")]
    [TestCase("第三条规定，各国应当开展合作。")]
    [TestCase("第3条第2款适用于观察员。")]
    [TestCase("第七条所述组织可获认可。")]
    [TestCase("1 biscuit. That was all.")]
    public void Text_that_only_resembles_a_label_has_none(string line) =>
        Assert.That(LabelParser.Parse(line), Is.Empty);

    [TestCase("(i) Coordination;", LabelStyle.LowerLetter, LabelStyle.LowerRoman)]
    [TestCase("(v) Dissemination;", LabelStyle.LowerLetter, LabelStyle.LowerRoman)]
    [TestCase("（一）总则", LabelStyle.ParenthesizedNumber, LabelStyle.LowerRoman)]
    public void A_label_with_two_readings_offers_both_and_the_numbering_around_it_decides(string line, LabelStyle first, LabelStyle second) =>
        Assert.That(LabelParser.Parse(line).Select(l => l.Style), Is.EqualTo(new[] { first, second }));

    [TestCase("(c) Quality assurance;")]
    [TestCase("(l) Outreach;")]
    public void A_letter_that_numbers_no_Roman_item_reads_only_as_a_letter(string line) =>
        Assert.That(LabelParser.Parse(line).Select(l => l.Style), Is.EqualTo(new[] { LabelStyle.LowerLetter }));

    [Test]
    public void A_heading_lettered_I_reads_as_Roman_one_and_as_the_ninth_letter() =>
        Assert.That(LabelParser.Parse("Section I").Select(l => (l.Anchor, l.Lettered)), Is.EqualTo(new[] { ("section 1", false), ("section 9", true) }));

    [Test]
    public void A_Chinese_numeral_in_parentheses_counts_Roman_items_only_where_nested() =>
        Assert.That(LabelParser.Parse("（二）用水用途；").Single(l => l.Style == LabelStyle.LowerRoman) is { Anchor: "(ii)", NestedOnly: true });

    [TestCase("A. Smith said that he agreed.")]
    [TestCase("II. The Commission adopted the report, which is annexed.")]
    [TestCase("二. 专家组通过了报告。")]
    public void Section_labels_only_start_heading_shaped_lines(string line) =>
        Assert.That(LabelParser.Parse(line), Is.Empty);
}
