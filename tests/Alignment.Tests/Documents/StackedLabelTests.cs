namespace Alignment.Tests.Documents;

/// <summary>
/// Extractors such as pdftotext in raw mode can print two paragraphs' hanging labels one after the other, before
/// the first paragraph's text; each label still reaches its own paragraph.
/// </summary>
public sealed class StackedLabelTests
{
    private static readonly string[] StackedBeforeAList =
    [
        "4.", string.Empty, "会员国应当考虑到现有条款。", string.Empty,
        "5.", string.Empty, "6.", string.Empty,
        "未将以下行为定为刑事犯罪的会员国应考虑将之定为刑事犯罪：",
        "(a)", string.Empty, "非法进入计算机系统；", string.Empty,
        "(b)", string.Empty, "非法介入计算机数据和系统。", string.Empty,
        "会员国应当探索各种方式交流信息。",
    ];

    [Test]
    public void The_second_of_two_stacked_labels_goes_to_the_paragraph_after_the_first_ones_list() =>
        Assert.That(
            Read.Chinese(StackedBeforeAList).Blocks.Select(b => b.Label.Written + "|" + b.Text),
            Is.EqualTo(new[]
            {
                "4.|会员国应当考虑到现有条款。",
                "5.|未将以下行为定为刑事犯罪的会员国应考虑将之定为刑事犯罪：",
                "(a)|非法进入计算机系统；",
                "(b)|非法介入计算机数据和系统。",
                "6.|会员国应当探索各种方式交流信息。",
            }));

    private static readonly string[] ParagraphLabelBeforeAnItemFromThePageBefore =
    [
        "5.", string.Empty, "Member States should consider criminalizing the following conduct:",
        "(a)", string.Empty, "Illegal access to computer systems;", string.Empty, string.Empty,
        "6.", string.Empty, "(b)", string.Empty, "Illegal interception of computer data;", string.Empty,
        "(c)", string.Empty, "Illegal interference with computer systems.", string.Empty,
        "Member States should explore ways to exchange information.",
    ];

    [Test]
    public void A_paragraph_label_printed_before_the_label_of_an_item_that_goes_on_goes_to_the_paragraph_after_the_list() =>
        Assert.That(
            Read.English(ParagraphLabelBeforeAnItemFromThePageBefore).Blocks.Select(b => b.Label.Written + "|" + b.Text),
            Is.EqualTo(new[]
            {
                "5.|Member States should consider criminalizing the following conduct:",
                "(a)|Illegal access to computer systems;",
                "(b)|Illegal interception of computer data;",
                "(c)|Illegal interference with computer systems.",
                "6.|Member States should explore ways to exchange information.",
            }));

    private static readonly string[] ItemLabelBeforeTheParagraphLabel =
    [
        "5.", string.Empty, "Member States should consider criminalizing the following conduct:",
        "(a)", string.Empty, "Illegal access to computer systems;", string.Empty,
        "(b)", "6.", string.Empty, "Illegal interference with computer systems.", string.Empty,
        "Member States should explore ways to exchange information.",
    ];

    [Test]
    public void An_item_label_printed_before_the_next_paragraph_label_keeps_its_text_and_the_paragraph_label_waits() =>
        Assert.That(
            Read.English(ItemLabelBeforeTheParagraphLabel).Blocks.Select(b => b.Label.Written + "|" + b.Text),
            Is.EqualTo(new[]
            {
                "5.|Member States should consider criminalizing the following conduct:",
                "(a)|Illegal access to computer systems;",
                "(b)|Illegal interference with computer systems.",
                "6.|Member States should explore ways to exchange information.",
            }));
}
