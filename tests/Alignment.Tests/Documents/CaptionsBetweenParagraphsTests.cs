namespace Alignment.Tests.Documents;

/// <summary>
/// Captions that a spread sets between the paragraphs of its columns (a chart's <c>Figure 1. …</c> / <c>图 1. …</c>, a
/// table's <c>Table 1. …</c> / <c>表 1. …</c>), as pdftotext gives them: a caption is a block of its own, whether its
/// smaller type filled the column's measure over a table's head or, in CJK text, stopped a few characters short of it
/// at a column's foot.
/// </summary>
public sealed class CaptionsBetweenParagraphsTests
{
    [Test]
    public void A_table_caption_that_fills_its_column_is_no_part_of_the_table_head_under_it() =>
        Assert.That(
            Read.English(
                "\fLast year the county published a plan for a new",
                "port logistics park on the north side of the bay.",
                "The report showed that the northern flats are the",
                "main feeding ground in the bay. In March this year,",
                "they would look again.",
                "Table 1. Highest spring counts by area, 2024 (birds)",
                "Area Great knot Dunlin",
                "North flats 5,200 1,900",
                "Middle flats 2,100 3,400",
                "South flats 800 1,600",
                "Zhou now brings her pupils to the embankment once a",
                "month. The children learn fast.").Texts(),
            Has.Member("Table 1. Highest spring counts by area, 2024 (birds)").And.Member("Area Great knot Dunlin"));

    [Test]
    public void A_Chinese_table_caption_opening_with_a_year_is_no_part_of_the_table_head_under_it() =>
        Assert.That(
            Read.Chinese(
                "\f去年，县里公布了一份规划，准备在东澄湾北侧建一个",
                "新的港口物流园。规划图上，那片滩涂被画成了一块整齐",
                "的灰色。报告指出，北侧滩涂是大滨鹬在湾内最主要的觅",
                "食区。",
                "表 1. 2024 年春季各区域最高计数（只）",
                "区域 大滨鹬 黑腹滨鹬",
                "北侧滩涂 5200 1900",
                "中部滩涂 2100 3400",
                "南侧滩涂 800 1600",
                "现在，周海燕每个月带学生来一次堤坝。孩子们学得很快。").Texts(),
            Has.Member("表 1. 2024 年春季各区域最高计数（只）").And.Member("区域 大滨鹬 黑腹滨鹬"));

    [Test]
    public void A_Chinese_caption_that_left_room_on_its_page_line_ends_before_the_next_columns_text() =>
        Assert.That(
            Read.Chinese(
                "\f给这支队伍做技术指导的是省海洋研究所的研究员方志远",
                "。他说，志愿者的记录已经连续了十五年，这在国内并不多",
                "见。根据这些记录，大滨鹬在东澄湾的数量比 2010 年前",
                "后减少了大约四成。同一时期，黑腹滨鹬的数量基本没有变",
                "化。",
                "图 1. 东澄湾大滨鹬的春季数量，2010—2024 年",
                "方志远认为，减少的原因不在东澄湾本身。这些鸟在黄海",
                "沿岸还有好几个停歇地，其中一些已经被围垦成了养殖池",
                "和工业区。").Texts(),
            Has.Member("图 1. 东澄湾大滨鹬的春季数量，2010—2024 年").And.Member("方志远认为，减少的原因不在东澄湾本身。这些鸟在黄海沿岸还有好几个停歇地，其中一些已经被围垦成了养殖池和工业区。"));

    [Test]
    public void A_Chinese_caption_at_a_pages_foot_does_not_run_on_into_the_next_pages_paragraph() =>
        Assert.That(
            Read.Chinese(
                "    给这支队伍做技术指导的是省海洋研究所的研究员方志远。他",
                "说，志愿者的记录已经连续了十五年，这在国内并不多见。根据",
                "这些记录，大滨鹬在东澄湾的数量比 2010 年前后减少了大约四",
                "成。同一时期，黑腹滨鹬的数量基本没有变化。",
                "",
                "图 1. 东澄湾大滨鹬的春季数量，2010—2024 年",
                "\f方志远认为，减少的原因不在东澄湾本身。这些鸟在黄海沿岸还",
                "有好几个停歇地，其中一些已经被围垦成了养殖池和工业区。").Texts(),
            Has.Member("图 1. 东澄湾大滨鹬的春季数量，2010—2024 年").And.Member("方志远认为，减少的原因不在东澄湾本身。这些鸟在黄海沿岸还有好几个停歇地，其中一些已经被围垦成了养殖池和工业区。"));

    [Test]
    public void A_lower_case_line_goes_on_a_sentence_that_opens_like_a_caption() =>
        Assert.That(
            Read.English(
                "The meeting was opened on Monday by the acting chair, who welcomed the delegations.",
                string.Empty,
                "Mr J. Smith, the Chair, said",
                "that the group would resume its work at three in the afternoon.",
                string.Empty,
                "The delegations thanked the secretariat for the documents.").Texts(),
            Does.Contain("Mr J. Smith, the Chair, said that the group would resume its work at three in the afternoon."));
}
