namespace Alignment.Tests.Documents;

/// <summary>
/// A draft resolution that a committee's report recommends, as pdftotext prints it from a paper with its numbers hung
/// in the margin: the paragraph that introduces it ends on a colon at the foot of a page, the resolution's title and
/// the organ that opens its preamble follow on the next page, and its Chinese clauses run over page breaks.
/// </summary>
public sealed class ResolutionInExtractedTextTests
{
    [Test]
    public void A_numbered_paragraph_ending_in_a_colon_on_a_line_with_room_to_spare_ends_at_the_page_break()
    {
        var document = Read.English(
            "United Nations A/81/447/Add.2",
            "5. At the same meeting, the Committee adopted the revised draft resolution without a",
            "vote (see para. 8).",
            "6. The Second Committee recommends to the General Assembly the adoption of the following",
            "draft resolution:",
            "1",
            "\fUnited Nations A/81/447/Add.2",
            "Strengthening national statistical systems for the 2030 Agenda for Sustainable",
            "Development",
            "The General Assembly,",
            "1. Reaffirms the Fundamental Principles of Official Statistics, and calls upon Member States to",
            "implement them fully in their national statistical systems;",
            "2. Stresses the professional independence of national statistical offices;",
            "2",
            "\fUnited Nations A/81/447/Add.2",
            "3. Urges Member States to strengthen national statistical systems;",
            "3",
            "\f");

        Assert.That(document.Texts(), Does.Contain("The Second Committee recommends to the General Assembly the adoption of the following draft resolution:"));
        Assert.That(document.Texts(), Does.Contain("Strengthening national statistical systems for the 2030 Agenda for Sustainable Development"));
    }

    [Test]
    public void An_organs_name_and_a_comma_under_a_chinese_title_that_did_not_fill_the_line_opens_the_preamble()
    {
        var document = Read.Chinese(
            "联合国 A/81/447/Add.2",
            "7. 鉴于决议草案 A/C.2/81/L.19/Rev.1 获得通过，决议草案 A/C.2/81/L.19 由其提案国撤回。",
            "8. 第二委员会建议大会通过以下决议草案：",
            "1",
            "\f联合国 A/81/447/Add.2",
            "为 2030 年可持续发展议程加强国家统计系统",
            "大会，",
            "回顾其 2015 年 9 月 25 日题为“变革我们的世界：2030 年可持续发展议程”的",
            "第 70/1 号决议，",
            "又回顾其 2014 年 1 月 29 日关于官方统计基本原则的第 68/261 号决议，",
            "还回顾其 2017 年 7 月 6 日关于统计委员会与 2030 年可持续发展议程有关的工",
            "作的第 71/313 号决议，大会在该决议中通过了可持续发展目标和具体目标全球",
            "指标框架，",
            "2",
            "\f联合国 A/81/447/Add.2",
            "重申统计委员会作为全球统计系统最高实体的作用，",
            "3",
            "\f");

        Assert.That(document.Texts(), Does.Contain("为 2030 年可持续发展议程加强国家统计系统"));
        Assert.That(document.Texts(), Does.Contain("大会，"));
    }

    /// <summary>
    /// The line before the page break holds digits and Latin letters, narrower than Han characters, and numbers hung
    /// in the margin widen the lines that carry them: the unnumbered clause's line filled the measure of the lines like it.
    /// </summary>
    [Test]
    public void A_chinese_clause_that_filled_the_measure_of_unnumbered_lines_goes_on_over_the_page_break()
    {
        var document = Read.Chinese(
            "管理专家委员会的工作，",
            "注意到统计委员会第五十六届会议通过了《2025 年国民账户体系》，并注意到",
            "环境经济核算体系在衡量超越国内生产总值的进展方面的作用，",
            "关切国家统计系统的供资仍然不足，用于数据和统计的官方发展援助所占份额",
            "仍低于 0.5%，",
            "认识到 2019 冠状病毒病（COVID-19）大流行对人口和住房普查及住户调查造",
            "2",
            "\f联合国 A/81/447/Add.2",
            "成的干扰，以及国家统计局在此期间汲取的经验教训，",
            "1. 重申官方统计基本原则，并促请会员国在其国家统计系统中充分执行这些原则；",
            "2. 强调国家统计局的专业独立性，并鼓励会员国为国家统计局提供适当的法律框架和充足",
            "的资源；",
            "3. 敦促会员国在国家统计局的协调下加强国家统计系统，以便编制按收入、性别、年龄、",
            "种族、族裔、移徙情况、残疾情况和地理位置分列的数据；",
            "4. 鼓励会员国按照统计委员会的建议，以全球指标框架为基础制定国家指标框架，并在自",
            "愿国别评估中利用官方统计；",
            "5. 请可持续发展目标指标机构间专家组（机构间专家组）继续完善全球指标的方法，并就",
            "2025 年全面审查的后续行动向统计委员会提出报告；",
            "援助；",
            "16. 鼓励驻地协调员在联合国可持续发展合作框架中体现对国家统计系统的支持；",
            "3",
            "\f联合国 A/81/447/Add.2",
            "17. 欢迎 2030 年议程统计工作伙伴关系、协调和能力建设高级别小组（高级别小组）开展",
            "的工作，并请高级别小组继续领导《开普敦全球可持续发展数据行动计划》的执行工作；",
            "18. 请统计委员会：",
            "(a) 继续与机构间专家组一道审查全球指标框架，确保其与 2030 年议程的各项具体目",
            "标保持一致；",
            string.Empty);

        Assert.That(document.Texts(), Does.Contain("认识到 2019 冠状病毒病（COVID-19）大流行对人口和住房普查及住户调查造成的干扰，以及国家统计局在此期间汲取的经验教训，"));
    }
}
