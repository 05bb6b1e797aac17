namespace Alignment.Tests.Documents;

/// <summary>
/// Lines of a report's front matter that pdftotext -raw sets one under another with no gap: a title's short measure cuts
/// a date inside its brackets and a Chinese phrase anywhere, and the number of a draft conclusion or a decision stands
/// on a line of its own under a heading's last line.
/// </summary>
public sealed class FrontMatterCutTests
{
    private static readonly string[] EnglishBody =
    [
        "A. Introduction",
        "212. The Commission, at its seventy-first session (2019), decided to include the topic in its programme of work and to",
        "establish an open-ended Study Group on the topic.",
        "213. The Study Group examined issues related to the law of the sea in 2023 and completed its final report in 2025.",
        "V.26-05678 (E)",
        "\fA/81/10",
        "214. At its seventy-sixth session (2025), the Commission took note of the final report of the Study Group.",
    ];

    [Test]
    public void A_title_line_cut_inside_its_brackets_goes_on_in_the_next_lines()
    {
        var document = Read.English(["United Nations", "General Assembly", "Official Records", "Eighty-first Session",
            "Seventy-seventh session (20", "April–5 June and 6 July–7", "August 2026)", .. EnglishBody]);

        Assert.That(document.Texts(), Does.Contain("Seventy-seventh session (20 April–5 June and 6 July–7 August 2026)"));
    }

    [Test]
    public void A_chinese_title_line_cut_before_the_particle_of_its_last_words_goes_on()
    {
        var document = Read.Chinese(
            "联合国", "大会", "2026 年 7 月 8 日", "原文：英文", "人权理事会", "第六十三届会议",
            "电子废物、儿童和工人：回收链上", "的人权", "有毒物质和废物的无害环境管理和", "处置对人权的影响问题特别报告员", "的报告", "概要",
            "特别报告员在本报告中审查了废弃电气和电子设备的越境转移和非正规回收对儿童、工人和附近社区享有生命",
            "权、健康权以及享有清洁、健康和可持续环境的权利的影响。",
            "V.26-05678 (C)", "\fA/HRC/63/48",
            "1. 本报告是根据人权理事会第 54/10 号决议提交的。");

        Assert.That(document.Texts(), Is.SupersetOf(new[] { "电子废物、儿童和工人：回收链上的人权", "有毒物质和废物的无害环境管理和处置对人权的影响问题特别报告员的报告" }));
    }

    [Test]
    public void A_chinese_titles_last_character_left_alone_on_a_line_goes_on_from_the_line_above()
    {
        var document = Read.Chinese(
            "联合国 A/81/7/Add.14", "Distr.: General", "联合国", "大会", "第八十一届会议", "议程项目 139", "2027 年拟议方案预算", "2026 年 11 月 20 日",
            "联合国日内瓦办事处战略遗产计", "划", "行政和预算问题咨询委员会的报", "告", "导言",
            "1. 行政和预算问题咨询委员会审议了秘书长关于联合国日内瓦办事处战略遗产计划的第十三次年度",
            "进度报告（A/81/353）。在审议该报告期间，咨询委员会会见了秘书长的代表，他们提供了补充",
            "资料和说明，最后于 2026 年 11 月 6 日提交了书面答复。",
            "2. 大会第 70/248 A 号决议核准了战略遗产计划，项目最高总费用为 8.365 亿瑞士法郎，由东道国提",
            "供的贷款和会员国的分摊会费供资。",
            "V.26-05678 (C)", "*V2605678*", "\fA/81/7/Add.14",
            "3. 经询问，咨询委员会获悉，这一延误已在总体时间表内消化。");

        Assert.That(document.Texts(), Is.SupersetOf(new[] { "联合国日内瓦办事处战略遗产计划", "行政和预算问题咨询委员会的报告" }));
    }

    [Test]
    public void A_heading_of_one_character_over_running_text_stays_a_heading_of_its_own()
    {
        var document = Read.Chinese(
            "联合国 A/81/7/Add.14", "Distr.: General", "联合国", "大会", "第八十一届会议", "议程项目 139", "2026 年 11 月 20 日",
            "气候变化与可持续发展年度报告", "序", "本报告介绍了秘书处在过去一年中开展的工作，以及会员国提出的各项建议和意见，供大会审议。",
            "V.26-05678 (C)", "*V2605678*", "\fA/81/7/Add.14", "3. 经询问，咨询委员会获悉，这一延误已在总体时间表内消化。");

        Assert.That(document.Texts(), Does.Contain("序").And.Contain("气候变化与可持续发展年度报告"));
    }

    [Test]
    public void A_draft_conclusions_number_under_a_heading_is_a_unit_of_its_own()
    {
        var document = Read.English([
            "249. The text of the draft conclusions provisionally adopted so far by the Commission is",
            "reproduced below.",
            "Draft conclusions on sea-level rise in relation to international law",
            "Conclusion 1",
            "Scope",
            "The present draft conclusions concern the effects of sea-level rise on baselines,",
            "maritime zones and maritime boundaries under international law.",
            "V.26-05678 (E)", "\fA/81/10",
            "Conclusion 2"]);

        Assert.That(document.Texts(), Is.SupersetOf(new[] { "Draft conclusions on sea-level rise in relation to international law", "Conclusion 1" }));
    }

    /// <summary>A number of a text that a paragraph's wrap set alone on a line goes on with the sentence around it.</summary>
    [Test]
    public void A_conclusions_number_alone_on_a_wrapped_line_of_a_paragraph_goes_on()
    {
        var document = Read.English([
            "249. The Commission referred to the Drafting Committee the revised text proposed for draft",
            "Conclusion 1",
            "as revised in plenary, together with the comments made by members.",
            "V.26-05678 (E)", "\fA/81/10",
            "250. The Drafting Committee reported on the text at the 3931st meeting."]);

        Assert.That(document.Texts()[0], Is.EqualTo("The Commission referred to the Drafting Committee the revised text proposed for draft Conclusion 1 as revised in plenary, together with the comments made by members."));
    }
}
