namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext -raw prints a page's lines in the order the page holds them, without the blank lines the other modes set
/// around headers and footers, and ends a line where the spacing changes inside a word: running headers stand right
/// against the text at each page break, and a line can start with the full stop of a symbol (<c>CRP</c> / <c>.1).</c>).
/// </summary>
public sealed class RawModeTextTests
{
    /// <summary>Pages whose paragraph runs on across each break, the page's foot and the next page's header against it.</summary>
    private static string[] Pages(string header, int count) =>
    [
        "The members of the Expert Group discussed the matters before them at length and agreed on",
        .. Enumerable.Range(2, count).SelectMany(n => new[]
        {
            $"the report of meeting {n}. They also discussed the work of the next meeting and the",
            $"V.21-02475 {n - 1}/{count + 1}",
            $"\f{header}",
            "contributions of the observers who attended it, and thanked the Chair for her work on",
        }),
        "the report.",
    ];

    [Test]
    public void A_document_symbol_repeated_right_after_page_breaks_is_a_running_header_even_against_the_text() =>
        Assert.That(Read.English(Pages("UNODC/CCPCJ/EG.4/2021/2", 4)).Texts(), Has.None.Contains("UNODC/CCPCJ"));

    [Test]
    public void A_document_symbol_right_after_the_footer_of_the_first_of_two_pages_is_a_running_header_though_shown_once() =>
        Assert.That(Read.English(Pages("UNODC/CCPCJ/EG.4/2021/2", 1)).Texts(), Has.None.Contains("UNODC/CCPCJ"));

    [Test]
    public void A_title_repeated_right_after_most_page_breaks_is_a_running_header_even_against_the_text() =>
        Assert.That(Read.English(Pages("Expert Group on Cybercrime", 4)).Texts(), Has.None.Contains("Cybercrime"));

    [Test]
    public void A_running_title_on_the_first_page_as_on_every_other_page_is_a_running_header_there_too()
    {
        // Pages whose headers alternate: the title on odd pages (the first among them), the symbol on even ones.
        string[] text =
        [
            "Expert Group on Cybercrime",
            .. Enumerable.Range(1, 4).SelectMany(n => new[]
            {
                $"{n}. The members of the Expert Group discussed the matters of meeting {n} before them at length and agreed",
                "on the report of the meeting, and they also discussed the work of the next meeting and the contributions of",
                $"V.21-02475 {n}/5",
                n % 2 == 1 ? "\fUNODC/CCPCJ/EG.4/2021/2" : "\fExpert Group on Cybercrime",
                "the observers who attended it, and thanked the Chair for her work on the report.",
            }),
        ];

        Assert.That(Read.English(text).Texts(), Has.None.Contains("Cybercrime"));
    }

    [Test]
    public void A_capitalised_heading_under_a_title_wrapped_onto_a_line_in_lower_case_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(
                "Adopted in Kunming, China, on 12 March 2027, by the representatives of the Governments gathered there.",
                "V.21-02475 5/9",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "Annex II",
                "Summary of the Third Asian Mountain Water Forum",
                "by the Chair",
                "Introduction",
                "The Third Asian Mountain Water Forum was held in Kunming, China, from 10 to 12 March 2027 under the",
                "theme of glaciers, rivers and people, and it was chaired by the Chair of the Governing Council of the",
                "Organization. More than four hundred participants from nineteen countries attended the Forum.").Texts(),
            Has.Some.EqualTo("Summary of the Third Asian Mountain Water Forum by the Chair").And.Some.EqualTo("Introduction"));

    [Test]
    public void A_line_of_Chinese_that_stopped_well_short_before_a_line_starting_with_a_Han_character_ended_on_a_page() =>
        Assert.That(
            Read.Chinese(
                "我组织愿与理事会和各会员国密切合作，推动宣言的落实，并在今后",
                "的工作中继续加强同各方的协调。",
                "顺致最崇高的敬意。",
                "V.21-02475 2/3",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "秘书长",
                "卡琳·瓦尔德迈尔（签名）",
                "2027 年 3 月 18 日于昆明",
                "经济及社会理事会主席阁下",
                "纽约联合国总部",
                "论坛由亚洲山地流域合作组织与联合国环境规划署和联合国教育、科",
                "学及文化组织共同举办，来自十九个国家的政府代表、科学家、流域",
                "管理机构和社区组织共四百二十余人出席。").Texts(),
            Has.Some.EqualTo("卡琳·瓦尔德迈尔（签名）").And.Some.EqualTo("2027 年 3 月 18 日于昆明").And.Some.EqualTo("经济及社会理事会主席阁下"));

    [Test]
    public void A_Chinese_summary_that_a_page_broke_after_a_Han_character_goes_on_after_the_break() =>
        Assert.That(
            Read.Chinese(
                "区域组织联合工作人员养恤基金",
                "首席执行干事的说明",
                "摘要",
                "本说明介绍养恤基金截至 2026 年 12 月 31 日的年度财务报表以及养恤基金的主要财务指标。2026",
                "年底，养恤基金可用于支付福利的净资产为 114.07 亿美元，比上年增加 4.45 亿美元",
                "1/8 V.21-02475",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "（4.1%）。投资总回报率为 7.2%，扣除通货膨胀后的实际回报率为 4.3%，连续第三",
                "年超过 3.5%的长期实际回报目标。审计委员会对财务报表出具了无保留意见。",
                "一. 导言",
                "1. 本说明依照养恤基金条例提交。养恤金委员会第四十届会议请首席执行干事每年提交财务报表。").Texts(),
            Has.Some.Contains("比上年增加 4.45 亿美元（4.1%）。"));

    [Test]
    public void A_paragraph_number_is_no_part_of_the_measure_a_Chinese_clause_left_room_in() =>
        Assert.That(
            Read.Chinese(
                "\f五. 参与人和受益人",
                "13. 截至 2026 年 12 月 31 日，养恤基金有参与人约 3.2 万名，比上年增加 3.1%（见表 4）。",
                "领取定期福利的人数为 14 236 人，增加 4.5%。参与人与受益人之比从 2.3 降至 2.2，",
                "反映了参与人口的逐渐老龄化。",
                "14. 2026 年，养恤基金处理了 2 146 个新的福利案件。在收到所有必要文件后 15 个工作",
                "日内处理完毕的案件占 93%，高于 90%的基准。").Texts(),
            Has.Some.Contains("参与人与受益人之比从 2.3 降至 2.2，反映了参与人口的逐渐老龄化。"));

    [Test]
    public void A_line_starting_with_a_full_stop_goes_on_from_the_line_above_without_a_space() =>
        Assert.That(
            Read.English(
                "7. The Expert Group adopted the proposal of the Chair for the workplan of the Expert Group (UNODC/CCPCJ/EG.4/2018/CRP",
                ".1).",
                "8. The fifth meeting of the Expert Group was held in Vienna from 27 to 29 March 2019.").Texts(),
            Does.Contain("The Expert Group adopted the proposal of the Chair for the workplan of the Expert Group (UNODC/CCPCJ/EG.4/2018/CRP.1)."));

    [Test]
    public void A_sentence_whose_first_word_is_an_article_at_the_end_of_a_line_goes_on() =>
        Assert.That(
            Read.English(
                "19. The Expert Group had rapidly considered all of the conclusions and recommendations contained in document",
                "A/CN.4/2021/CRP.1. The",
                "Expert Group also agreed to transmit to the Commission the 63 agreed conclusions.").Texts(),
            Has.Some.EndsWith("CRP.1. The Expert Group also agreed to transmit to the Commission the 63 agreed conclusions."));

    [Test]
    public void Rows_of_figures_written_with_single_spaces_are_rows_each_with_a_tab_before_each_figure() =>
        Assert.That(
            Read.Chinese(
                "1. 下表列示基金的财务状况，以千美元计。",
                "项目 附注 2025 2024",
                "现金和现金等价物 3 4,210 3,876",
                "应收账款 (a) 1,052 998",
                "2. 括号内的数字为负数。",
                "\f").Texts(),
            Is.EqualTo(new[] { "下表列示基金的财务状况，以千美元计。", "项目 附注\t2025\t2024", "现金和现金等价物\t3\t4,210\t3,876", "应收账款\t(a)\t1,052\t998", "括号内的数字为负数。" }));

    [Test]
    public void A_row_of_figures_numbered_like_a_paragraph_keeps_its_number() =>
        Assert.That(
            Read.English(
                "3. The programme spent its budget as follows.",
                "No. Programme Budget Spent",
                "1. Training of prosecutors 1,250 1,180",
                "2. Forensic laboratories 980 (12)",
                "4. The Board noted the results.",
                "\f").Texts(),
            Has.Some.EqualTo("1. Training of prosecutors\t1,250\t1,180").And.Some.EqualTo("2. Forensic laboratories\t980\t(12)"));

    [Test]
    public void A_line_of_running_text_that_ends_in_figures_alone_is_wrapped_text() =>
        Assert.That(
            Read.English(
                "1. The assets of the fund grew in each of the two years, to the figures of 2024, 2025",
                "and the Board noted the growth with satisfaction in its report to the Assembly.",
                "\f").Texts(),
            Is.EqualTo(new[] { "The assets of the fund grew in each of the two years, to the figures of 2024, 2025 and the Board noted the growth with satisfaction in its report to the Assembly." }));

    /// <summary>Page furniture between two lines, as a page that breaks a table sets it.</summary>
    private static string[] PageBreak(int page) => [$"V.21-02475 {page}/3", "\fUNODC/CCPCJ/EG.4/2021/2"];

    [Test]
    public void A_row_of_figures_after_a_page_break_is_a_row_like_those_before_the_break() =>
        Assert.That(
            Read.English(
                [
                    "1. The table shows the number of participants and benefits at the end of each year, as the Fund's records give them.",
                    "Participants 31,864 30,905 3.1",
                    "Retirement benefits 6,102 5,853 4.3",
                    "Total periodic benefits 14,236 13,618 4.5",
                    .. PageBreak(1),
                    "Ratio of participants to beneficiaries 2.2 2.3 -0.1",
                    "2. The ratio fell as the participants grew older, and the Fund expects it to fall further in the years to come.",
                    .. PageBreak(2),
                    "3. The Board took note of the figures and of the expectation.",
                ]).Texts(),
            Has.Some.EqualTo("Ratio of participants to beneficiaries\t2.2\t2.3\t-0.1"));

    [Test]
    public void Two_dots_for_a_figure_not_available_are_a_cell_of_the_row() =>
        Assert.That(
            Read.English(
                "1. The table shows the ratios of each year.",
                "Participants 31,864 30,905 3.1",
                "Ratio of participants to beneficiaries 2.2 2.3 ..",
                "Retirement benefits 6,102 5,853 4.3",
                "2. The Board took note of the figures.",
                "\f").Texts(),
            Has.Some.EqualTo("Ratio of participants to beneficiaries\t2.2\t2.3\t.."));

    [Test]
    public void A_line_ending_in_figures_over_a_group_name_over_rows_is_a_row_and_the_name_a_block_of_its_own() =>
        Assert.That(
            Read.English(
                "1. The statement of net assets follows, in millions of United States dollars.",
                "Assets",
                "Cash and cash equivalents 412 380",
                "Investments",
                "Equities 6,218 5,981",
                "Fixed income 3,305 3,214",
                "2. The Fund held most of its assets in equities.",
                "\f").Texts(),
            Has.Some.EqualTo("Cash and cash equivalents\t412 380").And.Some.EqualTo("Investments").And.Some.EqualTo("Equities\t6,218\t5,981"));

    [Test]
    public void Column_heads_that_repeat_one_pattern_of_words_and_figures_are_a_row() =>
        Assert.That(
            Read.English(
                "1. The statement of net assets follows, in millions of United States dollars.",
                "31 December 2026 31 December 2025",
                "Assets",
                "Equities 6,218 5,981",
                "Fixed income 3,305 3,214",
                "\f").Texts(),
            Has.Some.EqualTo("31 December 2026\t31 December 2025").And.Some.EqualTo("Assets"));

    [Test]
    public void Chinese_column_heads_with_a_unit_set_against_the_next_figure_are_a_row_its_tab_at_the_space_before() =>
        Assert.That(
            Read.Chinese(
                "1. 下表列示变动情况。",
                "（截至 12 月 31 日的年度，百万美元）",
                "2026 年2025 年",
                "投资收入",
                "投资公允价值净增值 512 890",
                "利息收入 121 109",
                "2. 投资收入减少。",
                "\f").Texts(),
            Has.Some.EqualTo("2026\t年2025 年").And.Some.EqualTo("投资收入"));

    [Test]
    public void Chinese_column_heads_each_a_figure_and_its_unit_are_a_row_with_a_tab_between_them() =>
        Assert.That(
            Read.Chinese(
                "1. 下表列示净资产。",
                "（百万美元）",
                "2026 年 12 月 31 日 2025 年 12 月 31 日",
                "资产",
                "股票 6 218 5 981",
                "固定收益 3 305 3 214",
                "2. 净资产增加。",
                "\f").Texts(),
            Has.Some.EqualTo("2026 年 12 月 31 日\t2025 年 12 月 31 日").And.Some.EqualTo("资产"));

    [Test]
    public void A_row_whose_text_wrapped_onto_a_line_in_lower_case_is_one_row() =>
        Assert.That(
            Read.English(
                "1. The valuation gave the following results.",
                "Funded ratio (%) 107.9",
                "Required contribution rate (percentage of pensionable",
                "remuneration) 21.38",
                "Current contribution rate (percentage of pensionable",
                "remuneration) 22.50",
                "2. The surplus was small.",
                "\f").Texts(),
            Is.EqualTo(new[]
            {
                "The valuation gave the following results.", "Funded ratio (%)\t107.9", "Required contribution rate (percentage of pensionable remuneration)\t21.38",
                "Current contribution rate (percentage of pensionable remuneration)\t22.50", "The surplus was small.",
            }));

    [Test]
    public void A_sentence_wrapped_inside_a_date_over_a_table_s_caption_is_no_row() =>
        Assert.That(
            Read.English(
                "5. Total liabilities amounted to $52 million and consisted mainly",
                "of benefits payable and payables for investment transactions.",
                "The liability for after-service health insurance ($5 million)",
                "was calculated on the basis of an actuarial valuation as at 31",
                "December 2026.",
                "Table 1",
                "Statement of net assets available for benefits",
                "\f").Texts(),
            Has.Some.EqualTo(
                "Total liabilities amounted to $52 million and consisted mainly of benefits payable and payables for investment transactions. "
                + "The liability for after-service health insurance ($5 million) was calculated on the basis of an actuarial valuation as at 31 December 2026."));

    [Test]
    public void A_table_s_note_wrapped_onto_a_line_ending_in_a_figure_is_running_text() =>
        Assert.That(
            Read.English(
                "Total Fund 7.2 10.8 6.9",
                "Real rate of return 1/ 4.3 7.4 3.5",
                "1/ Adjusted by the United States consumer price index; the",
                "benchmark column shows the long-term real return target of 3.5",
                "per cent.",
                "V. Participants and beneficiaries",
                "\f").Texts(),
            Has.Some.EqualTo("Adjusted by the United States consumer price index; the benchmark column shows the long-term real return target of 3.5 per cent."));

    [Test]
    public void A_unit_line_in_brackets_under_a_title_that_wrapped_stands_alone() =>
        Assert.That(
            Read.English(
                "Table 2",
                "Statement of changes in net assets available for",
                "benefits",
                "(Year ended 31 December; millions of United States dollars)",
                "2026 2025",
                "Investment income",
                "\f").Texts(),
            Has.Some.EqualTo("Statement of changes in net assets available for benefits").And.Some.EqualTo("(Year ended 31 December; millions of United States dollars)"));

    /// <summary>A report's cover as pdftotext -raw gives it, then the summary under it, <paramref name="cover"/> its lines.</summary>
    private static string[] Cover(params string[] cover) =>
    [
        .. cover,
        "The present note sets out the financial statements of the Regional Organizations",
        "Joint Staff Pension Fund (the Fund) for the year ended 31 December 2026, the",
        "opinion of the Board of Auditors on those statements and the main financial",
        "indicators of the Fund. At the end of 2026, the net assets of the Fund available",
        "V.21-02475 1/7",
        "\fUNODC/CCPCJ/EG.4/2021/2",
        "for benefits stood at $11,407 million, an increase of $445 million (4.1 per cent)",
        "over the previous year. The Pension Board is invited to take note of the present",
        "note and of the financial statements summarized herein.",
        "I. Introduction",
        "1. Under article 14 of the Regulations of the Fund, the annual financial statements",
        "of the Fund are audited by the Board of Auditors and submitted to the Pension Board.",
    ];

    [Test]
    public void A_name_and_words_in_lower_case_after_a_comma_under_a_title_in_title_case_start_a_line_of_their_own() =>
        Assert.That(
            Read.English(Cover(
                "Regional Organizations Joint Staff Pension Fund",
                "Pension Board, forty-first session",
                "Geneva, 12–16 July 2027",
                "Summary")).Texts(),
            Has.Some.EqualTo("Regional Organizations Joint Staff Pension Fund").And.Some.EqualTo("Pension Board, forty-first session"));

    [Test]
    public void A_word_alone_under_a_cover_line_ending_in_a_capitalised_word_stands_alone_where_the_cover_s_title_wrapped_wider() =>
        Assert.That(
            Read.English(Cover(
                "Geneva, 12–16 July 2027",
                "Financial statements for 2026 and report of the",
                "Board of Auditors",
                "Note by the Chief Executive Officer",
                "Summary")).Texts(),
            Has.Some.EqualTo("Note by the Chief Executive Officer").And.Some.EqualTo("Summary"));

    [Test]
    public void A_capitalised_cover_line_under_one_ending_in_a_word_in_lower_case_starts_a_unit_though_barely_wider() =>
        Assert.That(
            Read.English(Cover(
                "Geneva, 12–16 July 2027",
                "Item 5 of the provisional agenda",
                "Financial statements for 2026 and report",
                "of the Board of Auditors",
                "Note by the Chief Executive Officer")).Texts(),
            Has.Some.EqualTo("Item 5 of the provisional agenda").And.Some.EqualTo("Financial statements for 2026 and report of the Board of Auditors"));

    [Test]
    public void The_title_under_a_signature_is_a_unit_of_its_own() =>
        Assert.That(
            Read.English(
                "The Organization stands ready to work closely with the Council and with",
                "Member States in implementing the Declaration. Please accept, Excellency, the",
                "assurances of my highest",
                "V.21-02475 3/12",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "consideration.",
                "(Signed) Karin Waldmeier",
                "Secretary-General",
                "Annex I to the letter dated 18 March 2027 from the Secretary-General of the",
                "Asian Mountain Watersheds Cooperation Organization addressed to the",
                "President of the Economic and Social Council").Texts(),
            Has.Some.EqualTo("(Signed) Karin Waldmeier").And.Some.EqualTo("Secretary-General"));

    [Test]
    public void A_line_of_Chinese_that_filled_its_measure_before_a_page_break_goes_on_after_it_though_alone_it_reads_as_a_heading() =>
        Assert.That(
            Read.Chinese(
                "附件二",
                "第三届亚洲山地水资源论坛主席总结",
                "全体会议一：冰冻圈现状",
                "第一次全体会议介绍了关于亚洲高山地区冰川、积雪和多年冻土变化的最",
                "V.21-02475 6/9",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "新科学评估。诺布博士在主旨发言中指出，2010 年以来该地区冰川消融",
                "明显加快，一些较小的冰川已完全消失。",
                "发言者提醒，“峰值水量”——即冰川融水径流达到最大值的时刻——在",
                "一些流域可能已经过去。此后，河流在旱季的流量将逐步减少，对灌溉和",
                "水电构成严重威胁。").Texts(),
            Has.Some.Contains("多年冻土变化的最新科学评估。"));

    [Test]
    public void A_labelled_e_mail_address_under_a_Chinese_address_line_ending_in_a_postcode_starts_a_unit() =>
        Assert.That(
            Read.Chinese(
                "UNODC/CCPCJ/EG.4/2021/2",
                "亚洲山地流域合作组织",
                "秘书处",
                "中国云南省昆明市翠湖北路甲 12 号，邮编 650031",
                "电子邮件：secretariat@amwc.example.org 网址：http",
                "s://www.amwc.example.org",
                "编号：AMWC/SG/2027/041",
                "尊敬的主席先生：",
                "谨随函转递在中国昆明举行的第三届亚洲山地水资源论坛通过的《昆明",
                "山地水安全宣言》以及论坛主席的总结（见附件一和附件二）。论坛由亚",
                "洲山地流域合作组织与联合国环境规划署（环境署）和联合国教育、科学",
                "及文化组织（教科文组织）共同举办，各国的政府代表、科学家、流域管",
                "理机构和社区组织出席了论坛。宣言呼吁加强跨界流域合作，建立区域冰",
                "川监测网络，并将山区社区的需求纳入国家适应计划。宣言还强调，山区",
                "妇女、土著人民和青年在水资源治理中发挥着不可替代的作用。论坛与会",
                "1",
                "\fUNODC/CCPCJ/EG.4/2021/2",
                "者希望，宣言能为经济及社会理事会的审议提供参考。").Texts(),
            Has.Some.EqualTo("中国云南省昆明市翠湖北路甲 12 号，邮编 650031"));
}
