namespace Alignment.Tests.Documents;

/// <summary>
/// Text laid out on pages (here: page furniture and form feeds) has no blank lines between its paragraphs when
/// pdftotext -raw or -layout took it from a page that set them apart by a small gap: a paragraph's end shows only in
/// its last line, which stopped where the next word would have fitted, measured against the paragraph's own lines.
/// </summary>
public sealed class ParagraphMeasureTests
{
    /// <summary>A page as pdftotext -layout gives it: its header and footer apart from the text, which has no blank lines.</summary>
    private static string[] Page(params string[] body) => ["UNODC/CCPCJ/EG.4/2021/2", "", .. body, "", "V.21-02475 2/9", "\f"];

    [Test]
    public void A_clause_ending_in_a_comma_with_room_left_for_the_next_word_ends_its_paragraph() =>
        Assert.That(
            Read.English(Page(
                "We, the representatives of Governments, the scientific community, river basin",
                "authorities and mountain communities, gathered in Kunming, China, from 10 to",
                "12 March 2027 for the Third Forum,",
                "Recalling chapter 13 of Agenda 21, the 2030 Agenda for Sustainable",
                "Development and the resolutions of the General Assembly on sustainable",
                "mountain development,")).Texts(),
            Is.EqualTo(new[]
            {
                "We, the representatives of Governments, the scientific community, river basin authorities and mountain communities, gathered in Kunming, China, from 10 to 12 March 2027 for the Third Forum,",
                "Recalling chapter 13 of Agenda 21, the 2030 Agenda for Sustainable Development and the resolutions of the General Assembly on sustainable mountain development,",
            }));

    /// <summary>
    /// A story's title page, then a paragraph as pdftotext gives it, its last line <paramref name="last"/>, then the next
    /// paragraph.
    /// </summary>
    private static string[] StoryPage(string last, string next) =>
    [
        .. Page("The Last Ferry"),
        .. Page(
        "Before dawn, a fog rose off the river. It rolled slowly down from upstream,",
        "swallowing the hills on both banks one by one. In the end only the dim yellow",
        "lamp at the landing was left. A thin frost lay on the stone steps by the water.",
        "seventy-one, a little stooped, with calluses as thick as bark. He doesn’t smoke,",
        "and he doesn’t drink. His one habit is to wipe down the cabin every morning",
        last,
        next,
        "When the engine came, the pole went up under the cabin roof, and it has hung",
        "there ever since, like an old coat he can’t bring himself to throw away."),
    ];

    [Test]
    public void A_sentence_ending_a_nearly_full_line_that_left_room_for_the_next_word_ends_its_paragraph() =>
        Assert.That(
            Read.English(StoryPage(
                "before the first crossing, as his father did for forty years before him.",
                "On the bow, the words “Shimen Ferry” are painted in red, faded now to pink.")).Texts()[1],
            Does.EndWith("before him."));

    [Test]
    public void A_sentence_ending_a_line_that_the_next_word_would_not_have_fitted_on_goes_on() =>
        Assert.That(
            Read.English(StoryPage(
                "before the first crossing. It is painted red, and has faded now to a pale pink.",
                "Zhou Deming had already been sitting in the boat for half an hour by then.")).Texts(),
            Has.Length.EqualTo(2));

    [Test]
    public void An_abbreviation_ending_a_line_with_room_left_for_the_name_after_it_goes_on() =>
        Assert.That(
            Read.English(StoryPage(
                "before the crossing chaired by the Director of the Mountain Institute, Dr.",
                "Tenzin Norbu, who had come down from the hills the evening before the vote.")).Texts(),
            Has.Length.EqualTo(2));

    [Test]
    public void Each_line_of_an_address_in_the_front_matter_is_a_unit_of_its_own() =>
        Assert.That(
            Read.English([
                .. Page(
                    "His Excellency",
                    "The President of the Economic and Social Council",
                    "United Nations Headquarters",
                    "New York",
                    "Excellency,",
                    "I have the honour to transmit herewith the Kunming Declaration on Mountain",
                    "Water Security, adopted at the Third Asian Mountain Water Forum, held in"),
                .. Page("Kunming, China, from 10 to 12 March 2027, together with the summary.")]).Texts()[..4],
            Is.EqualTo(new[] { "His Excellency", "The President of the Economic and Social Council", "United Nations Headquarters", "New York" }));

    [Test]
    public void A_cover_line_ending_in_a_function_word_goes_on_and_the_lines_under_it_stand_alone() =>
        Assert.That(
            Read.English([
                .. Page(
                    "Regional Organizations Joint Staff Pension Fund",
                    "Pension Board, forty-first session",
                    "Geneva, 12–16 July 2027",
                    "Item 5 of the provisional agenda",
                    "Financial statements for 2026 and report of the",
                    "Board of Auditors",
                    "Note by the Chief Executive Officer",
                    "The present note sets out the financial statements of the Regional Pension"),
                .. Page("Fund for the year ended 31 December 2026 and the opinion of the Board on them.")]).Texts(),
            Is.SupersetOf(new[]
            {
                "Geneva, 12–16 July 2027", "Item 5 of the provisional agenda", "Financial statements for 2026 and report of the Board of Auditors",
                "Note by the Chief Executive Officer",
            }));

    [Test]
    public void A_capitalised_word_alone_under_a_cover_line_ending_in_a_capitalised_word_goes_on() =>
        Assert.That(
            Read.English([
                .. Page(
                    "The Last Ferry",
                    "By Lin Wan",
                    "Translated from the Chinese by Mara",
                    "Ellison",
                    "For forty years, Zhou Deming has ferried his neighbours across the Baishui River,"),
                .. Page("and next month a bridge opens over the river at the ferry landing of Shimen.")]).Texts(),
            Has.Member("Translated from the Chinese by Mara Ellison"));

    [Test]
    public void A_summary_in_the_front_matter_goes_on_after_a_page_break() =>
        Assert.That(
            Read.English([
                .. Page(
                    "Note by the Chief Executive Officer",
                    "Summary",
                    "The present note sets out the financial statements of the Regional Pension",
                    "Fund for the year ended 31 December 2026. At the end of 2026, the net assets",
                    "of the Fund available for benefits stood at $11,407 million, an"),
                .. Page("increase of $445 million (4.1 per cent) over the previous year.", "I. Introduction")]).Texts(),
            Has.Member("The present note sets out the financial statements of the Regional Pension Fund for the year ended 31 December 2026. At the end of 2026, the net assets of the Fund available for benefits stood at $11,407 million, an increase of $445 million (4.1 per cent) over the previous year."));

    [Test]
    public void A_heading_right_above_its_paragraph_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(Page(
                "The third plenary session focused on glacial lake outburst floods and other",
                "mountain hazards in the region.",
                "Early warning and disaster risk reduction",
                "A glacial lake outburst flood can destroy an entire valley within hours. We",
                "commit ourselves to extending early warning systems to every community at risk.")).Texts(),
            Has.Member("Early warning and disaster risk reduction"));

    [Test]
    public void A_heading_wrapped_at_its_own_narrower_measure_stays_whole() =>
        Assert.That(
            Read.English(Page(
                "The Forum took place early in the Decade of Action for Cryospheric Sciences, and",
                "the participants hoped for a Declaration.",
                "Cooperation between the Watersheds Cooperation",
                "Organization and the Economic and Social Council",
                "The Organization stands ready to work closely with the Council and with Member",
                "States in implementing the Declaration, and with the observers who attended it.")).Texts(),
            Has.Member("Cooperation between the Watersheds Cooperation Organization and the Economic and Social Council"));

    [Test]
    public void A_line_that_fell_short_only_by_the_width_of_the_next_word_goes_on() =>
        Assert.That(
            Read.English(Page(
                "The Forum took place early in the Decade of Action for Cryospheric Sciences",
                "proclaimed by the United Nations. The programme of the Forum",
                "(https://www.amwc.example.org/kunming2027/programme-and-participants) is attached.")).Texts(),
            Has.Length.EqualTo(1));

    [Test]
    public void A_Chinese_clause_that_stopped_short_ends_its_paragraph_even_across_a_blank_line() =>
        Assert.That(
            Read.Chinese(Page(
                "我们，2027 年 3 月 10 日至 12 日聚集在中国昆明参加第三届亚洲山地水资源论坛的各国政府、",
                "科学界、流域管理机构和山区社区的代表，",
                "",
                "回顾《21 世纪议程》第 13 章、《2030 年可持续发展议程》以及大会关于山区可持续发展的各",
                "项决议，")).Texts(),
            Has.Length.EqualTo(2));

    [Test]
    public void Lines_wider_than_any_page_have_no_measure_to_fall_short_of() =>
        Assert.That(
            Read.Chinese(
                "1. " + string.Concat(Enumerable.Repeat("委员会请专家组跟上网络犯罪不断变化的趋势，", 12)),
                "",
                "",
                string.Concat(Enumerable.Repeat("为此定期举行会议，发挥进一步讨论网络犯罪相关实质问题的平台的作用。", 12))).Texts(),
            Has.Length.EqualTo(1));

    /// <summary>A title page, <paramref name="body"/> on the next page after a paragraph, and a paragraph on the page after it.</summary>
    private static string[] Pages(params string[] body) =>
    [
        .. Page("Summary of the Third Asian Mountain Water Forum by the Chair"),
        .. Page(
        [
            "The Third Asian Mountain Water Forum was held in Kunming, China, from 10 to 12",
            "March 2027. It was attended by more than 420 participants from 19 countries,",
            "among them ministers, scientists and community organizations.",
            .. body,
        ]),
        .. Page("The Forum will meet again in Kunming in March 2029, at the invitation of the Government."),
    ];

    [Test]
    public void A_clause_ending_in_a_comma_on_a_nearly_full_line_that_left_room_for_the_next_word_ends_its_paragraph() =>
        Assert.That(
            Read.English(Pages(
                "We, the representatives of Governments, the scientific community, river basin",
                "authorities and mountain communities, gathered in Kunming, China, from 10 to",
                "12 March 2027 for the Third Asian Mountain Water Forum,",
                "Recalling chapter 13 of Agenda 21, the 2030 Agenda for Sustainable",
                "Development and the resolutions of the General Assembly on sustainable",
                "mountain development,")).Texts(),
            Has.Member("We, the representatives of Governments, the scientific community, river basin authorities and mountain communities, gathered in Kunming, China, from 10 to 12 March 2027 for the Third Asian Mountain Water Forum,"));

    [Test]
    public void A_heading_on_a_nearly_full_line_above_its_paragraph_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(Pages(
                "Some participants suggested establishing a technical forum within existing regional",
                "organizations to discuss glacier change.",
                "Plenary session 3: early warning and disaster risk reduction",
                "The third plenary session focused on glacial lake outburst floods and other",
                "mountain hazards. Experts from Nepal, Pakistan and Peru shared their experience.")).Texts(),
            Has.Member("Plenary session 3: early warning and disaster risk reduction"));

    [Test]
    public void A_heading_over_a_paragraph_whose_first_line_wrapped_early_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(Pages(
                "At the end of the dialogue, the ministers expressed their support for the",
                "Declaration to be adopted at the closing session.",
                "Thematic session: women, youth and traditional knowledge",
                "At the thematic session on women, youth and traditional",
                "knowledge, a young engineer from Ladakh presented the technique for creating",
                "artificial glaciers, which stores winter meltwater as ice for the spring.")).Texts(),
            Has.Member("Thematic session: women, youth and traditional knowledge"));

    [Test]
    public void A_line_introducing_a_heading_ends_its_paragraph_where_it_left_room_on_the_page() =>
        Assert.That(
            Read.English([
                .. Page("Kunming Declaration on Mountain Water Security"),
                .. Page(
                    "Recognizing that the glaciers and snowpack of the high mountains",
                    "of Asia are the source of more than 10 major rivers that sustain",
                    "nearly 2 billion people,",
                    "Recognizing also that mountain communities, in particular women,",
                    "Indigenous Peoples and young people, hold valuable traditional",
                    "knowledge but are often excluded from decisions on water",
                    "resources,",
                    "Declare the following:",
                    "Cooperation in transboundary basins",
                    "Water connects upstream and downstream; it should never divide",
                    "them. We commit ourselves to strengthening cooperation in",
                    "transboundary basins on the basis of equality, mutual benefit and"),
                .. Page("mutual respect, and will exchange hydrological data in a timely manner.")]).Texts(),
            Has.Member("Declare the following:"));

    [Test]
    public void Each_line_of_an_address_holding_an_e_mail_or_web_address_is_a_unit_of_its_own() =>
        Assert.That(
            Read.English([
                .. Page(
                    "Asian Mountain Watersheds Cooperation Organization",
                    "Secretariat",
                    "Kunming, Yunnan 650031, China",
                    "secretariat@amwc.example.org |",
                    "https://www.amwc.example.org",
                    "Ref.: AMWC/SG/2027/041",
                    "Kunming, 18 March 2027",
                    "I have the honour to transmit herewith the Kunming Declaration on Mountain Water",
                    "Security, adopted at the Third Asian Mountain Water Forum, which was held in the",
                    "city of Kunming, China, from 10 to 12 March 2027, together with the summary of the"),
                .. Page("Forum by its Chair, as adopted by the participants at the closing session.")]).Texts(),
            Is.SupersetOf(new[] { "Kunming, Yunnan 650031, China", "secretariat@amwc.example.org | https://www.amwc.example.org", "Ref.: AMWC/SG/2027/041" }));

    [Test]
    public void A_Chinese_heading_at_the_foot_of_a_page_is_not_run_into_the_paragraph_on_the_next() =>
        Assert.That(
            Read.Chinese([
                .. Page(
                    "与会者建议建立“科学-政策对话平台”，定期发布面向决策者的政策简报。一些青",
                    "年科学家介绍了利用人工智能分析卫星图像、自动识别冰湖变化的方法。与会者同时提醒，算",
                    "法得出的结果必须经过实地验证。",
                    "全体会议四：资金"),
                .. Page(
                    "第四次全体会议讨论了如何为山区的适应和水安全筹集资金。发言者指出，据一项区域研究估",
                    "计，亚洲山区每年的适应资金需求超过 100 亿美元，而目前获得的资金不到需求的十分之一。")]).Texts(),
            Has.Member("全体会议四：资金"));

    [Test]
    public void A_title_wrapped_onto_a_line_with_a_gap_under_it_stays_whole() =>
        Assert.That(
            Read.English([
                .. Page(
                    "Asian Mountain Watersheds Cooperation",
                    "Organization",
                    "",
                    "",
                    "Secretariat",
                    "",
                    "",
                    "I have the honour to transmit herewith the Kunming Declaration on Mountain Water",
                    "Security, adopted at the Third Asian Mountain Water Forum, which was held in the"),
                .. Page("city of Kunming, China, from 10 to 12 March 2027, together with the summary.")]).Texts(),
            Has.Member("Asian Mountain Watersheds Cooperation Organization"));

    [Test]
    public void A_paragraph_s_first_line_ending_in_a_preposition_at_the_foot_of_a_page_goes_on_on_the_next() =>
        Assert.That(
            Read.English([
                .. Page(
                    "The Bird Counters of the Mudflats",
                    "In March this year, the planners said they would look at the",
                    "site again.",
                    "Fang believes the decline has its causes elsewhere, not in"),
                .. Page(
                    "Dongcheng Bay itself. The birds have several other stopovers",
                    "along the Yellow Sea coast, and some have been walled off.")]).Texts(),
            Has.Member("Fang believes the decline has its causes elsewhere, not in Dongcheng Bay itself. The birds have several other stopovers along the Yellow Sea coast, and some have been walled off."));

    /// <summary>Two pages, the document symbol at the head of each, right against the text as pdftotext -raw sets it.</summary>
    [Test]
    public void A_symbol_at_the_head_of_both_pages_of_a_two_page_text_is_a_running_header() =>
        Assert.That(
            Read.English(
                "UNODC/CCPCJ/EG.4/2021/2",
                "The Bird Counters of the Mudflats",
                "Beside her, her counting partner, a retired fisherman, calls out numbers under his",
                "V.21-02475 1/2",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "breath. They have counted the birds of this bay every spring for twelve years.",
                "2/2 V.21-02475",
                "\f").Texts(),
            Has.None.Contains("UNODC"));
}
