namespace Alignment.Tests.Documents;

/// <summary>
/// <c>pdftotext -layout</c> pads each cell of a table to the column it stood in on the page, and pads the words of a
/// justified line to the measure: a row is known by gutters that line up with the rows next to it and by its figures.
/// </summary>
public sealed class SpacedTableTests
{
    [Test]
    public void Rows_whose_gutters_line_up_and_hold_figures_have_a_tab_between_cells() =>
        Assert.That(
            Read.English(
                "1. The fund held the following assets at the end of the year.",
                string.Empty,
                "Item                          Note          2025       2024",
                "Cash and cash equivalents     3            4,210      3,876",
                "Accounts receivable           (a)          1,052        998",
                "2. Figures are in thousands of United States dollars.",
                "\f").Texts(),
            Is.EqualTo(new[]
            {
                "The fund held the following assets at the end of the year.",
                "Item\tNote\t2025\t2024",
                "Cash and cash equivalents\t3\t4,210\t3,876",
                "Accounts receivable\t(a)\t1,052\t998",
                "Figures are in thousands of United States dollars.",
            }));

    [Test]
    public void Three_or_more_rows_of_words_whose_gutters_line_up_have_a_tab_between_cells() =>
        Assert.That(
            Read.English(
                "Enter one delegate per row.",
                "Field                                Description   Required",
                "Family name       As shown in the passport         Yes",
                "Function    For example, Head of delegation        Yes",
                "E-mail                Used to send the notice       No",
                "Upload the form when every row is filled in.",
                "\f").Texts(),
            Is.EqualTo(new[]
            {
                "Enter one delegate per row.",
                "Field\tDescription\tRequired",
                "Family name\tAs shown in the passport\tYes",
                "Function\tFor example, Head of delegation\tYes",
                "E-mail\tUsed to send the notice\tNo",
                "Upload the form when every row is filled in.",
            }));

    [Test]
    public void Two_lines_of_words_whose_gutters_line_up_are_not_a_table() =>
        Assert.That(
            Read.English(
                "The secretariat wrote to       the focal points of the       Member States",
                "and asked them to send         the names of their            delegates.",
                "\f").Texts(),
            Is.EqualTo(new[] { "The secretariat wrote to the focal points of the Member States and asked them to send the names of their delegates." }));

    [Test]
    public void A_row_numbered_like_a_paragraph_keeps_its_number_as_a_cell() =>
        Assert.That(
            Read.Chinese(
                "3. 方案预算的支出情况如下。",
                string.Empty,
                "编号      方案                    预算        支出",
                "1.        检察官培训              1,250       1,180",
                "2.        法证实验室                980        (12)",
                "4. 委员会注意到上述结果。",
                "\f").Texts(),
            Is.EqualTo(new[] { "方案预算的支出情况如下。", "编号\t方案\t预算\t支出", "1.\t检察官培训\t1,250\t1,180", "2.\t法证实验室\t980\t(12)", "委员会注意到上述结果。" }));

    [Test]
    public void Justified_lines_stretched_by_the_extractor_are_a_paragraph_even_with_figures() =>
        Assert.That(
            Read.English(
                "1.   The meeting was held in Vienna on the dates set out below, and the",
                "     Expert     Group     met     from     17     to     21     January     2020",
                "     in     the     meeting     room     and     from     3     to     5     April     2021",
                "     online, as the Commission had asked it to do.",
                "\f").Texts(),
            Is.EqualTo(new[] { "The meeting was held in Vienna on the dates set out below, and the Expert Group met from 17 to 21 January 2020 in the meeting room and from 3 to 5 April 2021 online, as the Commission had asked it to do." }));

    [Test]
    public void Paragraphs_hanging_from_their_numbers_are_not_rows() =>
        Assert.That(
            Read.English(
                "1.      In 2019, the Expert Group met in Vienna from 27 to 29 March, and",
                "        adopted its report.",
                "2.      In 2020, the Expert Group met online from 3 to 5 April, and",
                "        adopted its report.",
                "\f").Texts(),
            Is.EqualTo(new[] { "In 2019, the Expert Group met in Vienna from 27 to 29 March, and adopted its report.", "In 2020, the Expert Group met online from 3 to 5 April, and adopted its report." }));
}
