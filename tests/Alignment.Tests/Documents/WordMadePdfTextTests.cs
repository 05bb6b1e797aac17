using Alignment.Documents;
using Alignment.Documents.Reading;

namespace Alignment.Tests.Documents;

/// <summary>
/// What pdftotext makes of a PDF a word processor made: a first page's own header (an organisation's name beside the
/// symbol), an agenda's last item ending a page, a heading's number set against its title, and a table whose row
/// labels wrap under their rows.
/// </summary>
public sealed class WordMadePdfTextTests
{
    private static readonly string[] NamedHeaderPages =
    [
        "United Nations                                  A/82/230",
        string.Empty,
        "General Assembly",
        string.Empty,
        "1. The Committee met in the morning and heard statements by the delegations of several",
        "States. The Chair opened the meeting.",
        "\fA/82/230",
        string.Empty,
        "2. The Committee then took up the next item on its agenda and continued its debate on",
        "it. Several delegations spoke.",
        "\fA/82/230",
        string.Empty,
        "3. The Committee adopted the draft resolution without a vote and closed the meeting.",
    ];

    [Test]
    public void A_first_pages_header_of_a_name_beside_the_symbol_the_other_pages_show_is_page_furniture()
    {
        var document = Read.English(NamedHeaderPages);

        Assert.That(document.RemovedLines.Select(r => r.Text), Has.Some.StartsWith("United Nations"));
        Assert.That(document.Texts(), Does.Not.Contain("United Nations A/82/230"));
        Assert.That(document.Texts()[0], Is.EqualTo("General Assembly"));
    }

    [Test]
    public void A_first_line_citing_a_symbol_the_headers_do_not_show_is_text()
    {
        string[] lines = ["See document A/82/231", .. NamedHeaderPages[1..]];

        var document = Read.English(lines);

        Assert.That(document.Texts()[0], Is.EqualTo("See document A/82/231"));
    }

    [Test]
    public void A_chinese_agenda_item_that_ends_a_page_short_of_the_measure_ends_its_item()
    {
        var document = Read.Chinese(
            "议程项目 19：可持续发展（续）",
            "(a) 《21 世纪议程》、《进一步执行 21 世纪议程方案》以及可持续发展问题世界首脑会议和联合",
            "国可持续发展大会成果的执行情况（续）（A/82/201 和 A/82/218）",
            "(d) 为今世后代保护全球气候（续）（A/82/230）",
            "\fA/82/230",
            "代理主席请委员会继续就议程项目 19 及其分项目(a)、(c)和(d)进行一般性辩论。他提醒各代表",
            "团，发言时间限于 7 分钟，代表国家集团发言的限于 10 分钟。发言稿全文将登载于委员会的电子",
            "发言门户网站。对在议程项目 19(a)下提交的各项决议草案的行动将在以后的会议上进行。",
            "\fA/82/230",
            "哈尔多森女士介绍秘书长的报告，她说，2026 年，全世界有 1.1 亿人因灾害而流离失所，直接经济",
            "损失估计超过 2 800 亿美元。报告指出，拥有多灾种早期预警系统的国家数目增加了一倍多。");

        Assert.That(document.Texts(), Has.Some.EqualTo("为今世后代保护全球气候（续）（A/82/230）"));
        Assert.That(document.Texts(), Has.Some.StartsWith("代理主席请委员会"));
    }

    [Test]
    public void A_chinese_line_that_fills_the_measure_before_a_page_break_goes_on_after_it()
    {
        var document = Read.Chinese(
            "1. 代理主席请委员会继续就议程项目 19 及其分项目(a)、(c)和(d)进行一般性辩论。他提醒各代表",
            "团，发言时间限于 7 分钟，代表国家集团发言的限于 10 分钟。发言稿全文将登载于委员会的电子",
            "\fA/82/230",
            "发言门户网站。对在议程项目 19(a)下提交的各项决议草案的行动将在以后的会议上进行。",
            "\fA/82/230",
            "2. 哈尔多森女士介绍秘书长的报告，她说，2026 年，全世界有 1.1 亿人因灾害而流离失所。");

        Assert.That(document.Texts()[0], Does.EndWith("将在以后的会议上进行。"));
    }

    [Test]
    public void A_roman_number_of_a_heading_set_against_its_title_is_its_label()
    {
        var labels = LabelParser.Parse("VII.Opinion of the Board of Auditors");

        Assert.That(labels.Select(l => (l.Style, l.Value, l.TextStart)), Has.Member((LabelStyle.Roman, 7, 4)));
    }

    [Test]
    public void An_initial_set_against_a_name_is_no_label()
    {
        Assert.That(LabelParser.Parse("C.Smith and Partners"), Is.Empty);
    }

    private static readonly string[] WrappedLabelTable =
    [
        "1. The liabilities of the Fund at the end of the year are shown in the table below, in millions",
        "of United States dollars, with those of the year before for comparison.",
        string.Empty,
        "Total assets                                       11,459                11,013",
        "Liabilities",
        "Benefits payable                                        29                   31",
        "Payables            for      investment                 16                   12",
        "transactions",
        "After-service       health    insurance                  5                    5",
        "liabilities",
        "Other liabilities                                        2                    3",
        "Total liabilities                                       52                   51",
        string.Empty,
        "\fA/82/230",
        string.Empty,
        "2. The Board of Auditors issued an unqualified opinion on the financial statements.",
    ];

    [Test]
    public void A_row_label_that_wrapped_under_its_row_is_read_into_the_row_before_its_figures()
    {
        var texts = Read.English(WrappedLabelTable).Texts().Select(t => string.Join(' ', t.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));

        Assert.That(texts, Has.Some.EqualTo("Payables for investment transactions 16 12"));
        Assert.That(texts, Has.Some.EqualTo("After-service health insurance liabilities 5 5"));
    }

    [Test]
    public void A_groups_name_under_a_row_stays_a_line_of_its_own()
    {
        var texts = Read.English(WrappedLabelTable).Texts();

        Assert.That(texts, Has.Some.EqualTo("Liabilities"));
        Assert.That(texts, Has.Some.StartsWith("Total assets"));
        Assert.That(texts.Single(t => t.StartsWith("Total assets", StringComparison.Ordinal)), Does.Not.Contain("Liabilities"));
    }

    [Test]
    public void Every_character_of_a_row_whose_label_wrapped_is_still_mapped_to_its_place()
    {
        var document = Read.English(WrappedLabelTable);
        var source = string.Join("\n", WrappedLabelTable);

        var row = document.Blocks.Single(b => b.Text.StartsWith("Payables", StringComparison.Ordinal));
        var words = row.Text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

        Assert.That(words, Is.EqualTo(new[] { "Payables", "for", "investment", "transactions", "16", "12" }));
        Assert.That(source[row.Source.Start..row.Source.End], Does.Contain("transactions"));
    }
}
