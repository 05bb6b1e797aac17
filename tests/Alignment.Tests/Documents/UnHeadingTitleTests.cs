using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// The title after a section's number as UN documents write it: with the articles it covers in brackets at its end,
/// abbreviations and all, and with a subtitle after a colon or a dash. Its number is a label all the same.
/// </summary>
public sealed class UnHeadingTitleTests
{
    [Test]
    public void A_lettered_heading_ending_in_an_article_reference_is_labelled() =>
        Assert.That(
            Read.English("A. Definition of the child (art. 1)", string.Empty, "1. The Committee recommends raising the age.").Blocks.Select(b => (b.Kind, b.Label.Written, b.Text)),
            Is.EqualTo(new[]
            {
                (BlockKind.Heading, "A.", "Definition of the child (art. 1)"),
                (BlockKind.NumberedParagraph, "1.", "The Committee recommends raising the age."),
            }));

    [Test]
    public void A_lettered_heading_with_nested_brackets_in_its_reference_is_labelled() =>
        Assert.That(
            Read.English("A. General measures of implementation (arts. 4, 42 and 44 (6))", string.Empty, "1. The Committee met.").Blocks[0].Label.Written,
            Is.EqualTo("A."));

    [Test]
    public void A_Chinese_heading_whose_reference_runs_past_a_headings_width_is_labelled() =>
        Assert.That(
            Read.Chinese(
                "J. 特别保护措施（第二十二条、第三十条、第三十二至第三十三条、第三十五至第三十六条、第三十七条(b)至(d)项和第三十八至第四十条）",
                string.Empty, "1. 委员会建议缔约国加强保护。").Blocks[0].Label.Written,
            Is.EqualTo("J."));

    /// <summary>A heading wrapped inside its reference, as a page sets a long one: its first line leaves the bracket open.</summary>
    [Test]
    public void A_lettered_heading_wrapped_inside_its_reference_is_labelled() =>
        Assert.That(
            Read.English(
                "E. Violence against children (art. 19)", string.Empty, "1. Text.", string.Empty,
                "F. Family environment and alternative care (arts. 5, 9–11, 18 (1) and", "(2), 20, 21, 25 and 27 (4))", string.Empty, "2. Text.").Blocks.Select(b => (b.Label.Written, b.Text)),
            Is.EqualTo(new[]
            {
                ("E.", "Violence against children (art. 19)"), ("1.", "Text."),
                ("F.", "Family environment and alternative care (arts. 5, 9–11, 18 (1) and (2), 20, 21, 25 and 27 (4))"), ("2.", "Text."),
            }));

    [Test]
    public void A_chapter_heading_with_a_subtitle_after_a_colon_is_labelled() =>
        Assert.That(
            Read.English("I. Introduction", string.Empty, "1. Text.", string.Empty, "II. Electronic waste: scale and pathways", string.Empty, "2. Text.").Blocks.Select(b => b.Label.Written),
            Is.EqualTo(new[] { "I.", "1.", "II.", "2." }));

    [Test]
    public void A_Chinese_chapter_heading_with_a_subtitle_after_a_colon_is_labelled() =>
        Assert.That(
            Read.Chinese("一. 导言", string.Empty, "1. 案文。", string.Empty, "二. 电子废物：规模和途径", string.Empty, "2. 案文。").Blocks.Select(b => b.Label.Written),
            Is.EqualTo(new[] { "一.", "1.", "二.", "2." }));

    [Test]
    public void A_letter_before_a_sentence_in_brackets_is_no_label() =>
        Assert.That(
            Read.English("A. Smith was elected (He took the chair. The meeting went on)").Blocks[0].Label.Written,
            Is.Empty);

    /// <summary>
    /// A summary record names under an agenda item the sub-item the meeting took up, the letter it has on the agenda
    /// and no other; Chinese writes the item with a full-width colon.
    /// </summary>
    [Test]
    public void A_sub_item_past_a_right_under_its_agenda_item_is_labelled() =>
        Assert.That(
            Read.English(
                "The meeting was called to order at 10.05 a.m.", string.Empty, "Agenda item 19: Sustainable development (continued)", string.Empty,
                "(c) Disaster risk reduction (A/81/214)", string.Empty, "Ms. Lindqvist said that disasters had caused losses.").Blocks.Select(b => (b.Label.Written, b.Text)),
            Is.EqualTo(new[]
            {
                (string.Empty, "The meeting was called to order at 10.05 a.m."),
                (string.Empty, "Agenda item 19: Sustainable development (continued)"),
                ("(c)", "Disaster risk reduction (A/81/214)"),
                (string.Empty, "Ms. Lindqvist said that disasters had caused losses."),
            }));

    [Test]
    public void A_Chinese_sub_item_past_a_right_under_its_agenda_item_is_labelled_and_ends_the_item() =>
        Assert.That(
            Read.Chinese(
                "上午10时05分宣布开会。", string.Empty, "议程项目19：可持续发展（续）", string.Empty,
                "(c) 减少灾害风险（A/81/214）", string.Empty, "林德奎斯特女士说，灾害造成了损失。").Blocks.Select(b => (b.Label.Written, b.Text)),
            Is.EqualTo(new[]
            {
                (string.Empty, "上午10时05分宣布开会。"),
                (string.Empty, "议程项目19：可持续发展（续）"),
                ("(c)", "减少灾害风险（A/81/214）"),
                (string.Empty, "林德奎斯特女士说，灾害造成了损失。"),
            }));

    /// <summary>A table's note letter before its figures, a cell a line under the row's name, names no sub-item.</summary>
    [Test]
    public void A_letter_in_brackets_before_figures_under_a_title_line_opens_no_list_past_a() =>
        Assert.That(
            Read.English("The Fund's position is as follows.", string.Empty, "Total", string.Empty, "(b) 18,082").Blocks.Select(b => b.Label.Written),
            Is.EqualTo(new[] { string.Empty, string.Empty, string.Empty }));

    /// <summary>A page sets a long heading on two lines, cutting its reference; the second line is the heading's.</summary>
    [Test]
    public void A_Chinese_heading_wrapped_inside_its_reference_on_a_page_is_one_heading() =>
        Assert.That(
            DocumentReader.Default.ReadFile(Files.DocumentFixtures.PathOf("UnHeldOut/concluding-observations.zh.pdftotext-raw.txt")).Texts(),
            Does.Contain("暴力侵害儿童行为（第十九条、第二十四条第 3 款、第二十八条第 2 款、第三十四条、第三十七条(a)项和第三十九条）"));

    [Test]
    public void A_letter_in_brackets_under_a_finished_sentence_opens_no_list_past_a() =>
        Assert.That(
            Read.English("The meeting was called to order at 10.05 a.m.", string.Empty, "(c) Disaster risk reduction (A/81/214)").Blocks.Select(b => b.Label.Written),
            Is.EqualTo(new[] { string.Empty, string.Empty }));
}
