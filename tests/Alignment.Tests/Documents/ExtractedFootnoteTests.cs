using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext in raw mode can print a footnote's text at the foot of the page with no gap before it, right after the
/// last body line, and its number after it; the footnote is told from the body by its smaller type, which fits more on
/// a line than the body's measure.
/// </summary>
public sealed class ExtractedFootnoteTests
{
    private static readonly string[] Body = [.. Enumerable.Repeat("the delegations heard statements on the matters before them,", 16)];

    private static string[] FootnoteRightAfterTheBody =>
    [
        "1. The Expert Group on electronic evidence1 met in Vienna, and",
        .. Body,
        "and adopted its report.",
        string.Empty,
        "2. Member States are encouraged to increase the exchange of",
        "One Member State indicated that the term referred to the means by which data were transmitted,",
        "which could include radio waves.",
        "1",
        string.Empty,
        string.Empty,
        "information on national legislation.",
    ];

    [Test]
    public void A_footnote_wider_than_the_body_is_a_footnote_even_without_a_gap_before_it()
    {
        var document = Read.English(FootnoteRightAfterTheBody);

        Assert.That(document.Blocks.Select(b => b.Label.Written + "|" + b.Text), Does.Contain("2.|Member States are encouraged to increase the exchange of information on national legislation."));
        Assert.That(document.Blocks.Single(b => b.Kind == BlockKind.Footnote).Text, Is.EqualTo("One Member State indicated that the term referred to the means by which data were transmitted, which could include radio waves."));
    }

    [Test]
    public void A_footnote_starts_under_the_line_that_ends_with_its_reference_when_its_lines_are_no_wider()
    {
        var document = Read.English(
        [
            "20. Also at its 5th session, the Expert Group considered agenda",
            .. Body,
            "to the website of the seventh meeting of the Expert Group.1",
            "See",
            "www.unodc.org/unodc/en/organized-crime/expert-group.html.",
            "1",
            string.Empty,
            string.Empty,
            "21. The meeting was attended by representatives of 111 Member States.",
        ]);

        Assert.That(document.Blocks.Single(b => b.Kind == BlockKind.Footnote).Text, Is.EqualTo("See www.unodc.org/unodc/en/organized-crime/expert-group.html."));
        Assert.That(document.Blocks.Single(b => b.Label.Written == "20.").Text, Does.EndWith("of the Expert Group.¹"));
    }

    [Test]
    public void A_footnote_of_one_line_wider_than_the_body_is_taken_out_of_the_paragraph_the_page_broke()
    {
        var document = Read.English(
        [
            "20. Also at its 5th session, the Expert Group considered agenda",
            .. Body,
            "to the website of the seventh meeting of the Expert Group.1",
            "21. The meeting was attended by representatives of 111 Member",
            "States, 5 institutes of the programme network and",
            "See www.unodc.org/unodc/en/organized-crime/open-ended-intergovernmental-expert-group-meeting.html.",
            "1",
            string.Empty,
            "\f11 intergovernmental organizations.",
        ]);

        Assert.That(document.Blocks.Single(b => b.Kind == BlockKind.Footnote).Text, Does.StartWith("See www."));
        Assert.That(document.Blocks.Single(b => b.Label.Written == "21.").Text, Does.EndWith("network and 11 intergovernmental organizations."));
    }

    [Test]
    public void A_number_after_a_Latin_full_stop_inside_Chinese_text_is_part_of_a_symbol_not_a_footnote_reference()
    {
        var document = Read.Chinese(
        [
            "20. 会上就专家组今后的工作表达了不同意见，参见上传至专家组第七次会议网站",
            "上的发言情况。1",
            "21. 与会者名单载于 UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1 号文件。",
            string.Empty,
            "1",
            string.Empty,
            "见 www.unodc.org/unodc/en/expert-group.html。",
        ]);

        Assert.That(document.Blocks.Single(b => b.Label.Written == "21.").Text, Is.EqualTo("与会者名单载于 UNODC/CCPCJ/EG.4/2021/INF/1/Rev.1 号文件。"));
        Assert.That(document.Blocks.Single(b => b.Label.Written == "20.").Text, Does.EndWith("情况。¹"));
    }

    /// <summary>A page's number at its foot, where a page carries one from the first, cites no note in a symbol above it.</summary>
    [Test]
    public void A_number_ending_a_part_of_a_document_symbol_is_no_footnote_reference()
    {
        var document = Read.English(
        [
            "United Nations A/81/447/Add.2",
            "5. At the same meeting, the Committee adopted draft resolution A/C.2/81/L.19/Rev.1 without a",
            "vote (see para. 8).",
            "6. The Second Committee recommends to the General Assembly the adoption of the following",
            "draft resolution:",
            "1",
            "\fUnited Nations A/81/447/Add.2",
            "Strengthening national statistical systems",
            "The General Assembly,",
            "1. Reaffirms the Fundamental Principles of Official Statistics, and calls upon Member States to",
            "implement them fully in their national statistical systems;",
            "2",
            "\f",
        ]);

        Assert.That(document.Texts(), Does.Contain("At the same meeting, the Committee adopted draft resolution A/C.2/81/L.19/Rev.1 without a vote (see para. 8)."));
    }
}
