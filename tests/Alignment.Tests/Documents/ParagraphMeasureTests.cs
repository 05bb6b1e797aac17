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
