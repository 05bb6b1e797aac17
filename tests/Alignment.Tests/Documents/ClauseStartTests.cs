namespace Alignment.Tests.Documents;

/// <summary>
/// Paragraph ends in extracted text that no width shows, as the line that ends them came out full: what the next line
/// starts with cannot go on from what the line ends with (a preamble's next clause, a sentence under a heading or a
/// title), or the gap pdftotext -layout keeps between paragraphs on a page.
/// </summary>
public sealed class ClauseStartTests
{
    /// <summary>A page as pdftotext gives it: its header and footer right against the text, which has no blank lines.</summary>
    private static string[] Page(params string[] body) => ["A/HRC/61/4", "", .. body, "", "V.27-01234 2/7", "\f"];

    /// <summary>A title page with a paragraph under the title, then <paramref name="pages"/>: the text after the front matter.</summary>
    private static string[] English(params string[][] pages) =>
        [.. Page("Statement on Coastal Wetlands", "The meeting opened on 1 June 2027 with an address by the Chair."), .. pages.SelectMany(p => p)];

    private static string[] Chinese(params string[][] pages) =>
        [.. Page("沿海湿地保护声明", "会议于 2027 年 6 月 1 日开幕，主席致开幕词。"), .. pages.SelectMany(p => p)];

    [Test]
    public void A_capitalised_participle_under_a_full_line_ending_in_a_comma_starts_a_paragraph() =>
        Assert.That(
            Read.English(English(Page(
                "Considering that the wetlands of the coast give shelter to many migrating birds",
                "and feed the fishing villages along the shore of the whole of the eastern seas,",
                "Welcoming the efforts of coastal provinces to restore tidal flats and salt marshes",
                "that were lost to reclamation over the past four decades of rapid growth,"))).Texts(),
            Is.SupersetOf(new[]
            {
                "Considering that the wetlands of the coast give shelter to many migrating birds and feed the fishing villages along the shore of the whole of the eastern seas,",
                "Welcoming the efforts of coastal provinces to restore tidal flats and salt marshes that were lost to reclamation over the past four decades of rapid growth,",
            }));

    [Test]
    public void A_capitalised_participle_after_a_page_break_under_a_clause_starts_a_paragraph() =>
        Assert.That(
            Read.English(English(
                Page(
                    "Considering that the wetlands of the coast give shelter to many migrating birds",
                    "and feed the fishing villages along the shore of the whole of the eastern seas,"),
                Page(
                    "Welcoming the efforts of coastal provinces to restore tidal flats and salt marshes",
                    "that were lost to reclamation over the past four decades of rapid growth,"))).Texts(),
            Has.Member("Considering that the wetlands of the coast give shelter to many migrating birds and feed the fishing villages along the shore of the whole of the eastern seas,"));

    [Test]
    public void A_capitalised_past_participle_under_a_full_line_ending_in_a_comma_starts_a_paragraph() =>
        Assert.That(
            Read.English(English(Page(
                "Considering that the wetlands of the coast give shelter to many migrating birds",
                "and feed the fishing villages along the shore of the whole of the eastern seas,",
                "Concerned also that tidal flats and salt marshes were lost to reclamation over the",
                "past four decades of rapid growth along the whole of the coast of the eastern seas,"))).Texts(),
            Has.Member("Concerned also that tidal flats and salt marshes were lost to reclamation over the past four decades of rapid growth along the whole of the coast of the eastern seas,"));

    [Test]
    public void A_capitalised_adverb_before_a_past_participle_under_a_full_line_ending_in_a_comma_starts_a_paragraph() =>
        Assert.That(
            Read.English(English(Page(
                "Considering that the wetlands of the coast give shelter to many migrating birds",
                "and feed the fishing villages along the shore of the whole of the eastern seas,",
                "Deeply concerned that tidal flats and salt marshes were lost to reclamation over the",
                "past four decades of rapid growth along the whole of the coast of the eastern seas,"))).Texts(),
            Has.Member("Deeply concerned that tidal flats and salt marshes were lost to reclamation over the past four decades of rapid growth along the whole of the coast of the eastern seas,"));

    [Test]
    public void A_capitalised_adjective_of_state_of_mind_under_a_full_line_ending_in_a_comma_starts_a_paragraph() =>
        Assert.That(
            Read.English(English(Page(
                "Considering that the wetlands of the coast give shelter to many migrating birds",
                "and feed the fishing villages along the shore of the whole of the eastern seas,",
                "Mindful of the tidal flats and salt marshes that were lost to reclamation over the",
                "past four decades of rapid growth along the whole of the coast of the eastern seas,"))).Texts(),
            Has.Member("Mindful of the tidal flats and salt marshes that were lost to reclamation over the past four decades of rapid growth along the whole of the coast of the eastern seas,"));

    [Test]
    public void A_name_in_ed_before_a_capitalised_word_under_a_line_ending_in_a_comma_goes_on() =>
        Assert.That(
            Read.English(English(Page(
                "The delegations of the coastal provinces met the agencies of the Government, the",
                "programmes and funds of the system and the other bodies and organs of the whole,",
                "United Nations system before the session closed in the end of the month of June."))).Texts(),
            Has.Some.Contains("of the whole, United Nations system"));

    [Test]
    public void A_place_name_in_ing_under_a_line_ending_in_a_comma_goes_on() =>
        Assert.That(
            Read.English(English(Page(
                "The delegations travelled on to the coastal cities of Tianjin, Dalian, Qingdao,",
                "Beijing and the new towns of the Bohai rim before the session closed in the end."))).Texts(),
            Has.Member("The delegations travelled on to the coastal cities of Tianjin, Dalian, Qingdao, Beijing and the new towns of the Bohai rim before the session closed in the end."));

    [Test]
    public void A_heading_on_a_full_line_over_a_sentence_opening_with_a_capitalised_preposition_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(English(Page(
                "The ministers expressed their support for the text to be adopted at the close of",
                "the meeting on the last day.",
                "Round table: fishing communities, salt marsh restoration and migrating shorebirds",
                "In the round table on fishing communities and the restoration of salt",
                "marshes, a ranger from the northern coast presented the counts of the spring."))).Texts(),
            Has.Member("Round table: fishing communities, salt marsh restoration and migrating shorebirds"));

    [Test]
    public void A_heading_at_the_foot_of_a_page_over_a_sentence_opening_with_a_capitalised_article_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(English(
                Page(
                    "The ministers expressed their support for the text to be adopted at the close of",
                    "the meeting on the last day.",
                    "Round table: fishing communities, salt marsh restoration and migrating shorebirds"),
                Page(
                    "The round table heard from fishing communities and from the wardens of the salt",
                    "marshes, who presented the counts of the spring and of the autumn before it."))).Texts(),
            Has.Member("Round table: fishing communities, salt marsh restoration and migrating shorebirds"));

    [Test]
    public void A_line_ending_in_a_preposition_over_a_capitalised_article_goes_on() =>
        Assert.That(
            Read.English(English(Page(
                "The judges of the International Court of Justice will sit at the Peace Palace in",
                "The Hague for the hearings, which open on the first Monday of the coming month."))).Texts(),
            Has.Member("The judges of the International Court of Justice will sit at the Peace Palace in The Hague for the hearings, which open on the first Monday of the coming month."));

    [Test]
    public void A_title_in_title_case_over_a_sentence_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(English(Page(
                "Declaration on the Protection of Coastal Wetlands and Shorebirds",
                "We, the delegates of the coastal provinces and the wardens of the reserves, met",
                "in the port city for the second time since the wetlands were listed,"))).Texts(),
            Has.Member("Declaration on the Protection of Coastal Wetlands and Shorebirds"));

    [Test]
    public void A_title_in_title_case_wrapped_onto_more_capitalised_words_stays_whole() =>
        Assert.That(
            Read.English(English(Page(
                "Declaration on the Protection of Coastal Wetlands and Shorebirds of the",
                "Yellow Sea Coast",
                "We, the delegates of the coastal provinces and the wardens of the reserves, met",
                "in the port city for the second time since the wetlands were listed,"))).Texts(),
            Has.Member("Declaration on the Protection of Coastal Wetlands and Shorebirds of the Yellow Sea Coast"));

    [Test]
    public void A_title_in_title_case_wrapped_before_a_capitalised_word_and_a_preposition_stays_whole() =>
        Assert.That(
            Read.English(English(Page(
                "Summary of the Tenth Coastal Wetlands",
                "Forum by the Chair",
                "The tenth Forum was held in Dalian from 1 to 3 June 2027, and was attended by",
                "more than three hundred participants from the coastal provinces and abroad."))).Texts(),
            Has.Member("Summary of the Tenth Coastal Wetlands Forum by the Chair"));

    [Test]
    public void A_long_name_in_title_case_in_running_text_goes_on() =>
        Assert.That(
            Read.English(English(Page(
                "In the Declaration on Integrating Wetland Protection into the Wider Regional",
                "Agenda to Address Social and Economic Challenges and to Promote the Rule of Law",
                "at the National and Provincial Levels and of Public Participation in Provincial",
                "Planning, adopted by the Conference, the provinces took note of the plans."))).Texts(),
            Has.Member("In the Declaration on Integrating Wetland Protection into the Wider Regional Agenda to Address Social and Economic Challenges and to Promote the Rule of Law at the National and Provincial Levels and of Public Participation in Provincial Planning, adopted by the Conference, the provinces took note of the plans."));

    [Test]
    public void A_Chinese_line_holding_an_e_mail_address_in_the_front_matter_goes_on() =>
        Assert.That(
            Read.Chinese(
                "A/HRC/61/4",
                "",
                "沿海湿地保护声明",
                "本记录可以更正。更正请由有关代表团成员签署，在本记录印发之日起一周内送交秘书处文件",
                "科长（office@wetlands.example.net），并在一份记录副本上标明。经更正的记录将在网站",
                "（http://wetlands.example.net）上重新印发。",
                "",
                "V.27-01234 2/7",
                "\f").Texts(),
            Has.Member("本记录可以更正。更正请由有关代表团成员签署，在本记录印发之日起一周内送交秘书处文件科长（office@wetlands.example.net），并在一份记录副本上标明。经更正的记录将在网站（http://wetlands.example.net）上重新印发。"));

    [Test]
    public void A_title_that_left_room_on_its_last_line_ends_at_a_gap_within_a_page() =>
        Assert.That(
            Read.English(English(Page(
                "Annex to the note verbale dated 2 May 2027 from the Permanent Mission of the",
                "Republic of Kiribati to the United Nations Office at Geneva addressed to the",
                "Office of the High Commissioner",
                "",
                "Statement on Rising Seas and Human Rights",
                "We, the members of the Pacific island delegations meeting in Geneva, recall"))).Texts(),
            Has.Member("Statement on Rising Seas and Human Rights"));

    [Test]
    public void A_Chinese_clause_filling_its_line_ends_its_paragraph_at_a_gap_within_a_page() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "考虑到沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸数以百计的渔村和它们的居民，",
                "",
                "欢迎沿海各省为恢复过去四十年因围垦而失去的滩涂和盐沼所作的努力，并注意到这些努力",
                "已经初见成效，"))).Texts(),
            Has.Member("考虑到沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸数以百计的渔村和它们的居民，"));

    [Test]
    public void A_Chinese_preamble_clause_filling_its_line_ends_before_the_next_clauses_verb() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "考虑到沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸数以百计的渔村和它们的居民，",
                "深为关切地注意到，过去四十年因围垦而失去的滩涂和盐沼已占沿海湿地总面积的一半，",
                "又欢迎沿海各省为恢复滩涂和盐沼所作的努力，并注意到这些努力已经初见成效，"))).Texts(),
            Is.SupersetOf(new[]
            {
                "考虑到沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸数以百计的渔村和它们的居民，",
                "深为关切地注意到，过去四十年因围垦而失去的滩涂和盐沼已占沿海湿地总面积的一半，",
            }));

    [Test]
    public void A_Chinese_preamble_clause_filling_the_last_line_of_a_page_ends_before_the_operative_verb_on_the_next() =>
        Assert.That(
            Read.Chinese(Chinese(
                Page(
                    "考虑到沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸数以百计的渔村和它们的居民，",
                    "又认识到过去四十年因围垦而失去的滩涂和盐沼已占沿海湿地总面积的一半以上，"),
                Page("宣布如下：", "", "各方承诺在今后十年内恢复滩涂和盐沼，并扩大沿海湿地保护区的面积。"))).Texts(),
            Has.Member("宣布如下："));

    [Test]
    public void A_Chinese_clause_in_running_text_goes_on_into_a_preamble_verb() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村，",
                "欢迎沿海各省为恢复过去四十年因围垦而失去的滩涂和盐沼所作的努力，并愿提供支持。"))).Texts(),
            Has.Member("各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村，欢迎沿海各省为恢复过去四十年因围垦而失去的滩涂和盐沼所作的努力，并愿提供支持。"));

    [Test]
    public void A_Chinese_annex_heading_that_names_the_annex_last_ends_before_the_annexs_title() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "本函附件载有论坛通过的宣言和论坛主席的总结，请将本函及其附件作为经济及社会理事会的文件分发。",
                "2027 年 6 月 3 日沿海湿地论坛秘书长给经济及社会理事会主席的信的附件一",
                "沿海湿地保护宣言",
                "我们，2027 年 6 月 1 日至 3 日聚集在大连参加第十届沿海湿地论坛的各国政府和社区的代表，"))).Texts().SelectMany(t => t.Split('。')),
            Has.Member("2027 年 6 月 3 日沿海湿地论坛秘书长给经济及社会理事会主席的信的附件一"));

    [Test]
    public void A_Chinese_cover_line_that_left_room_ends_before_a_field_name_and_colon() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "第 10 次会议简要记录",
                "2027 年 6 月 1 日星期二上午 10 时在大连举行",
                "主席：王女士（中国）",
                "本记录可以更正。更正请由有关代表团成员签署，在本记录印发之日起一周内送交文件管理科。"))).Texts(),
            Has.Member("主席：王女士（中国）"));

    [Test]
    public void A_full_Chinese_line_goes_on_into_a_word_and_colon() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "各国代表在会上就湿地保护问题进行了深入讨论。",
                "各国代表在大连举行的第十届沿海湿地论坛上就湿地保护问题进行了深入讨论其中的中国代表",
                "表示：湿地保护是沿海各省的共同责任，必须立即采取行动，恢复滩涂和盐沼，扩大保护区。"))).Texts(),
            Has.Some.Contains("中国代表表示：湿地保护"));

    [Test]
    public void A_Chinese_clause_that_left_room_for_two_more_characters_ends_its_paragraph() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "我们，2027 年 6 月 1 日至 3 日聚集在大连参加第十届沿海湿地论坛的各国政府、",
                "科学界、民间社会组织、渔民协会、各保护区管理机构和沿海各社区的代表，",
                "欢迎沿海各省为恢复过去四十年因围垦而失去的滩涂和盐沼所作的努力，并注意到这些努力",
                "已经初见成效，"))).Texts(),
            Has.Member("我们，2027 年 6 月 1 日至 3 日聚集在大连参加第十届沿海湿地论坛的各国政府、科学界、民间社会组织、渔民协会、各保护区管理机构和沿海各社区的代表，"));

    [Test]
    public void A_Chinese_clause_one_character_short_of_the_measure_goes_on() =>
        Assert.That(
            Read.Chinese(Chinese(Page(
                "各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村。",
                "湿地在过去四十年里经历了大规模的围垦和开发，面积已经减少了一半以上，还在继续，",
                "因此必须立即采取行动，恢复滩涂和盐沼，并在今后十年内扩大保护区的面积，增加监测。"))).Texts(),
            Has.Member("各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村。湿地在过去四十年里经历了大规模的围垦和开发，面积已经减少了一半以上，还在继续，因此必须立即采取行动，恢复滩涂和盐沼，并在今后十年内扩大保护区的面积，增加监测。"));

    [Test]
    public void A_Chinese_clause_filling_the_last_line_of_a_page_goes_on_on_the_next() =>
        Assert.That(
            Read.Chinese(Chinese(
                Page(
                    "各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村，",
                    "并且在过去四十年里经历了大规模的围垦和开发，其面积已经减少了一半以上，"),
                Page("因此必须立即采取行动，恢复滩涂和盐沼，并在今后十年内扩大保护区的面积。"))).Texts(),
            Has.Member("各方在会上交换了意见，认为沿海湿地为众多迁徙鸟类提供栖息地，也养育着沿岸的渔村，并且在过去四十年里经历了大规模的围垦和开发，其面积已经减少了一半以上，因此必须立即采取行动，恢复滩涂和盐沼，并在今后十年内扩大保护区的面积。"));

    [Test]
    public void An_e_mail_address_under_an_address_line_that_filled_a_narrow_measure_is_a_line_of_its_own() =>
        Assert.That(
            Read.English([
                .. Page(
                    "Coastal Wetlands Alliance, Secretariat",
                    "Harbour Road 88",
                    "Dalian, Liaoning 116001, China",
                    "office@wetlands-alliance.example.net",
                    "Dalian, 4 June 2027",
                    "I have the honour to transmit the statement",
                    "adopted by the Alliance at its tenth meeting,"),
                .. Page("held in Dalian from 1 to 3 June 2027.")]).Texts(),
            Is.SupersetOf(new[] { "Dalian, Liaoning 116001, China", "office@wetlands-alliance.example.net" }));
}
