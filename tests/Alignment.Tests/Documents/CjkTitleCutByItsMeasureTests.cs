namespace Alignment.Tests.Documents;

/// <summary>
/// A Chinese title in large type wraps at a measure of its own, narrower in characters than the body's, and CJK text
/// breaks between any two characters: its first line can stop well short of the body's lines and its second hold a
/// character or two. Read from pdftotext's text of a document of pages (a form feed before the second), the title is
/// one unit.
/// </summary>
public sealed class CjkTitleCutByItsMeasureTests
{
    private static readonly string[] Body =
    [
        "1. 本报告审查了各国在改善农村地区安全饮用水和卫生设施方面取得的进展情况，并就今后的工作提出",
        "了建议。报告指出，尽管过去十年的投资增长很快，但仍有大约二十亿人无法获得安全管理的饮用水。",
        "\f2. 各国政府承诺到2030年实现普遍获得安全饮用水的目标，并为此增加了公共投资。",
    ];

    [Test]
    public void A_title_holding_a_clause_mark_cut_on_a_han_character_goes_on_in_its_next_line()
    {
        var document = Read.Chinese(["第八十二届会议", "临时议程项目 21", "可持续发展：确保人人获得安全、可负担和可持续的饮用", "水", "秘书长的报告", .. Body]);

        Assert.That(document.Texts(), Does.Contain("可持续发展：确保人人获得安全、可负担和可持续的饮用水"));
    }

    [Test]
    public void A_numbered_title_stays_apart_from_the_clause_that_opens_the_preamble_under_it()
    {
        var document = Read.Chinese(["第八十二届会议", "82/7. 在山区、旱地和沿海地区保护农村社区的水权", "人权理事会，", .. Body]);

        Assert.That(document.Texts(), Does.Contain("人权理事会，"));
    }

    [Test]
    public void A_field_with_its_colon_near_the_start_stays_a_line_of_its_own()
    {
        var document = Read.Chinese(["2027 年 7 月 24 日", "原文：英文", "第八十二届会议", .. Body]);

        Assert.That(document.Texts()[..3], Is.EqualTo(new[] { "2027 年 7 月 24 日", "原文：英文", "第八十二届会议" }));
    }
}
