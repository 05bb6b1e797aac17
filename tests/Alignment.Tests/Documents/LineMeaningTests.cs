using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// What a line break and a blank line mean in text as it arrives: a wrap only where the line before was full, a
/// paragraph break at a blank line, a segment for every table row; and whitespace kept as the writer typed it.
/// </summary>
public sealed class LineMeaningTests
{
    [Test]
    public void Short_address_lines_are_blocks_of_their_own() =>
        Assert.That(
            Read.English(
                "Asian Mountain Watersheds Cooperation Organization",
                "Secretariat",
                "12A Cuihu North Road",
                "",
                "I have the honour to transmit herewith the declaration adopted at the Third Forum, held in Kunming from 10 to 12 March.").Texts(),
            Is.EqualTo(new[]
            {
                "Asian Mountain Watersheds Cooperation Organization",
                "Secretariat",
                "12A Cuihu North Road",
                "I have the honour to transmit herewith the declaration adopted at the Third Forum, held in Kunming from 10 to 12 March.",
            }));

    [Test]
    public void Lines_that_filled_the_measure_are_joined_as_wraps() =>
        Assert.That(
            Read.English(
                "The Board noted that the investment return of the Fund had exceeded its",
                "benchmark in each of the last three years, and that the costs of managing",
                "the assets had fallen.").Texts(),
            Is.EqualTo(new[]
            {
                "The Board noted that the investment return of the Fund had exceeded its benchmark in each of the last three years, and that the costs of managing the assets had fallen.",
            }));

    [Test]
    public void A_heading_with_a_colon_is_not_run_into_the_paragraph_under_it() =>
        Assert.That(
            Read.Chinese(
                "全体会议一：冰冻圈现状",
                "第一次全体会议介绍了关于亚洲高山地区冰川、积雪和多年冻土变化的最新科学评估，与会者讨论了评估的结论。").Texts(),
            Is.EqualTo(new[]
            {
                "全体会议一：冰冻圈现状",
                "第一次全体会议介绍了关于亚洲高山地区冰川、积雪和多年冻土变化的最新科学评估，与会者讨论了评估的结论。",
            }));

    [Test]
    public void A_blank_line_ends_a_paragraph_that_ends_in_a_comma() =>
        Assert.That(
            Read.English(
                "1. The Forum adopted the declaration that follows, in which the representatives of Governments state:",
                "",
                "Recalling chapter 13 of Agenda 21 and the resolutions of the General Assembly on sustainable mountain development,",
                "",
                "Recognizing that the glaciers of the high mountains of Asia are the source of more than ten major rivers,").Texts()[1..],
            Is.EqualTo(new[]
            {
                "Recalling chapter 13 of Agenda 21 and the resolutions of the General Assembly on sustainable mountain development,",
                "Recognizing that the glaciers of the high mountains of Asia are the source of more than ten major rivers,",
            }));

    [Test]
    public void A_blank_line_ends_a_heading_without_final_punctuation() =>
        Assert.That(
            Read.English(
                "Annex I to the letter dated 18 March 2027 from the Secretary-General addressed to the President of the Council",
                "",
                "Kunming Declaration on Mountain Water Security").Texts(),
            Has.Length.EqualTo(2));

    [Test]
    public void Running_text_cut_off_in_mid_phrase_goes_on_after_a_blank_line() =>
        Assert.That(
            Read.Chinese(
                "1. 主席提议并经会议商定，本报告将反映以下事实：鉴于会议安排，专家组第七次会议可用时数减少，总时数从通常的十八个小时减至十二个小时，所以专家组快速审议了",
                "",
                "该文件所载的结论和建议。").At("body › 1").Text,
            Does.EndWith("所以专家组快速审议了该文件所载的结论和建议。"));

    [Test]
    public void A_numbered_paragraph_ending_in_a_comma_goes_on_after_a_blank_line() =>
        Assert.That(
            Read.Chinese(
                "1. 委员会在第二十六届会议通过的决议中请专家组跟上网络犯罪不断变化的趋势，并按照《萨尔瓦多宣言》和《多哈宣言》继续开展工作，",
                "",
                "为此定期举行会议，发挥进一步讨论网络犯罪相关实质问题的平台的作用。").Blocks,
            Has.Count.EqualTo(1));

    [Test]
    public void Each_row_of_a_table_padded_with_spaces_is_a_block_written_as_it_stands() =>
        Assert.That(
            Read.Chinese(
                "资产",
                "  现金和现金等价物                                 412           380",
                "  投资                                          10 951        10 535").Texts(),
            Is.EqualTo(new[] { "资产", "现金和现金等价物                                 412           380", "投资                                          10 951        10 535" }));

    [Test]
    public void Each_row_of_a_table_separated_by_tabs_is_a_block_written_as_it_stands() =>
        Assert.That(
            Read.English("Interest income\t121\t109", "Dividend income\t168\t152").Texts(),
            Is.EqualTo(new[] { "Interest income\t121\t109", "Dividend income\t168\t152" }));

    [Test]
    public void Two_spaces_after_a_full_stop_do_not_make_a_table_row() =>
        Assert.That(
            Read.English(
                "The Board noted the report.  It thanked the Chief Executive Officer for the",
                "presentation of the financial statements of the Fund for the year.").Blocks,
            Has.Count.EqualTo(1));

    [Test]
    public void A_unit_line_in_brackets_under_a_title_is_a_block_of_its_own() =>
        Assert.That(
            Read.English(
                "Statement of changes in net assets available for benefits of the Fund",
                "(Year ended 31 December; millions of United States dollars)").Texts(),
            Is.EqualTo(new[] { "Statement of changes in net assets available for benefits of the Fund", "(Year ended 31 December; millions of United States dollars)" }));

    [Test]
    public void Agenda_sub_items_that_skip_a_letter_are_list_items_of_their_own()
    {
        var document = Read.English(
            "Agenda item 19: Sustainable development",
            "(a) Implementation of Agenda 21",
            "(c) Disaster risk reduction",
            "(d) Protection of global climate for present and future generations of humankind",
            "",
            "The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its sub-items (a), (c) and (d). He reminded delegations that the list of speakers would close at 6 p.m.");
        Assert.That(
            document.Blocks.Select(b => b.Label.Written + "|" + b.Text),
            Is.EqualTo(new[]
            {
                "|Agenda item 19: Sustainable development",
                "(a)|Implementation of Agenda 21",
                "(c)|Disaster risk reduction",
                "(d)|Protection of global climate for present and future generations of humankind",
                "|The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its sub-items (a), (c) and (d). He reminded delegations that the list of speakers would close at 6 p.m.",
            }));
    }

    [Test]
    public void A_letter_at_the_start_of_a_wrapped_line_is_not_an_item_that_skips_one() =>
        Assert.That(
            Read.English(
                "(a) Measures to implement the provisions of paragraphs (a) and",
                "(c) of article 5, as reported by States parties to the secretariat.").Blocks,
            Has.Count.EqualTo(1));

    [Test]
    public void A_slash_footnote_number_is_a_label_not_text()
    {
        var footnote = Read.Chinese("实物资产 1/                                  1 142         1 090", "", "1/ 包括房地产和基础设施投资。").Blocks[^1];
        Assert.That((footnote.Kind, footnote.Label.Written, footnote.Text), Is.EqualTo((BlockKind.Footnote, "1/", "包括房地产和基础设施投资。")));
    }

    [Test]
    public void A_full_width_space_inside_a_line_is_kept() =>
        Assert.That(
            Read.Chinese("电子邮件：secretariat@amwc.example.org　网址：https://www.amwc.example.org").Texts(),
            Is.EqualTo(new[] { "电子邮件：secretariat@amwc.example.org　网址：https://www.amwc.example.org" }));

    [Test]
    public void The_spaces_after_a_paragraph_number_are_not_part_of_the_text() =>
        Assert.That(Read.English("1.\tThe Fund is a defined benefit plan.", "2.  It is governed by its Regulations.").Texts(), Is.EqualTo(new[] { "The Fund is a defined benefit plan.", "It is governed by its Regulations." }));

    [Test]
    public void A_step_title_is_no_wrap_into_the_instruction_under_it_though_it_ends_in_a_preposition() =>
        Assert.That(
            Read.English(
                "Step 2. Sign in",
                "Enter the user name and the temporary password you received by e-mail. You will be asked to choose a new password at the first sign-in.").Texts(),
            Is.EqualTo(new[]
            {
                "Step 2. Sign in",
                "Enter the user name and the temporary password you received by e-mail. You will be asked to choose a new password at the first sign-in.",
            }));

    [Test]
    public void A_line_that_ended_a_sentence_with_room_for_the_next_word_ended_its_paragraph() =>
        Assert.That(
            Read.English(
                "Late registrations are processed only on the first day of the meeting, at the badge office in the hall.",
                "",
                "How do I change my password, and how long does the new one stay valid for my account?",
                "Choose Account > Security > Change password, then enter the old password once and the new one twice.").Texts(),
            Is.EqualTo(new[]
            {
                "Late registrations are processed only on the first day of the meeting, at the badge office in the hall.",
                "How do I change my password, and how long does the new one stay valid for my account?",
                "Choose Account > Security > Change password, then enter the old password once and the new one twice.",
            }));

    [Test]
    public void A_caption_under_a_finished_sentence_is_a_block_that_the_blank_line_after_it_ends() =>
        Assert.That(
            Read.English(
                "Late registrations are processed only on the first day of the meeting, at the badge office in the hall.",
                "",
                "Changes made less than 24 hours before the meeting opens must be confirmed by e-mail.",
                "Figure 2. The Edit button beside a delegate's name",
                "",
                "Box 1. Keyboard shortcuts").Texts(),
            Is.EqualTo(new[]
            {
                "Late registrations are processed only on the first day of the meeting, at the badge office in the hall.",
                "Changes made less than 24 hours before the meeting opens must be confirmed by e-mail.",
                "Figure 2. The Edit button beside a delegate's name",
                "Box 1. Keyboard shortcuts",
            }));

    [Test]
    public void A_Chinese_caption_with_a_comma_is_no_wrap_into_the_text_under_it_on_a_page() =>
        Assert.That(
            Read.Chinese(
                "注意：如 30 分钟内没有任何操作，门户网站将自动注销。请经常按 Ctrl+S 或单击",
                "“保存草稿”保存您的工作。",
                "\f门户网站会检查文件，并在出错的行旁边列出所有错误。",
                "图 1. 上传页面，两处错误以红色标出",
                "更正以红色标出的行，然后重新上传文件。",
                "当每一行都显示绿色勾号时，单击“提交”。如需打印确认函，请按 Ctrl+P 或选择",
                "“文件 > 打印”。").Texts(),
            Has.Member("图 1. 上传页面，两处错误以红色标出").And.Member("更正以红色标出的行，然后重新上传文件。"));
}
