namespace Alignment.Tests.Documents;

/// <summary>
/// A document of two pages shows its running header and page numbers twice only, where longer documents show them on
/// three pages or more; at the top and foot of both pages, they are still furniture. Each page ends with the form feed
/// pdftotext ends every page with.
/// </summary>
public sealed class TwoPageFurnitureTests
{
    [Test]
    public void A_name_over_both_pages_of_two_and_a_page_number_in_words_without_spaces_are_removed()
    {
        var document = Read.Chinese(
            "种子通讯 · 第 7 期", string.Empty, string.Empty, "记者：种子库是做什么的？", string.Empty, "韩立秋：保存野生植物的种子。", string.Empty, "第1页",
            "\f种子通讯 · 第 7 期", string.Empty, string.Empty, "记者：谢谢您接受我们的采访。", string.Empty, "第2页", "\f");

        Assert.That(document.Texts(), Is.EqualTo(new[] { "记者：种子库是做什么的？", "韩立秋：保存野生植物的种子。", "记者：谢谢您接受我们的采访。" }));
    }

    [Test]
    public void Bare_numbers_one_and_two_at_the_foot_of_two_pages_are_their_page_numbers_even_inside_a_sentence()
    {
        var document = Read.Chinese(
            "外婆的坛子", string.Empty, "那几个男孩子吃了我的萝卜，从此再也没有学过", string.Empty, "1",
            "\f我说话。到了秋天，院子里的活一下子多起来。", string.Empty, "2", "\f");

        Assert.That(string.Concat(document.Texts()), Does.Contain("从此再也没有学过我说话。"));
    }

    [Test]
    public void Bare_numbers_from_two_at_the_foot_of_every_page_but_the_first_are_their_page_numbers_even_inside_a_sentence()
    {
        var document = Read.English(
            "Antimicrobial resistance", string.Empty, "1. The Secretariat reported on the plan in 2025.", "GE.26-06123(E)",
            "\fA79/21", "2. The panel, called for", "2", "\fA79/21", "in the declaration, is to be established in 2026.", "3", "\f");

        Assert.That(string.Join(" ", document.Texts()), Does.Contain("called for in the declaration"));
    }

    [Test]
    public void A_chinese_by_line_under_a_title_that_opens_the_text_is_a_line_of_its_own()
    {
        var document = Read.Chinese(
            "种子通讯 · 第 7 期", "高坪山上的“种子银行”——专访高坪山种子库主任韩立秋", "文／本刊记者 苏念",
            "高坪山种子库建在海拔一千九百米的山腰上，是省内唯一专门保存野生植物种子的机构。十二年来，这里收集了四千",
            "三百多个物种的种子，存放在零下二十摄氏度的冷库里。", "第 1 页", "\f种子通讯 · 第 7 期", "记者：谢谢您接受我们的采访。", "第 2 页", "\f");

        Assert.That(document.Texts()[..2], Is.EqualTo(new[] { "高坪山上的“种子银行”——专访高坪山种子库主任韩立秋", "文／本刊记者 苏念" }));
    }
}
