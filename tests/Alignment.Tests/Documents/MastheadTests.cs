namespace Alignment.Tests.Documents;

/// <summary>
/// What pdftotext makes of a UN masthead: the first page's header showing the symbol alone over the distribution line,
/// and the cells of the masthead's rows (the organisation, the organ, the date) set on one line.
/// </summary>
public sealed class MastheadTests
{
    private static readonly string[] Body =
    [
        string.Empty,
        "1. In its resolution 79/212, the General Assembly requested the Secretary-General to submit a report on the",
        "implementation of that resolution. The present report was prepared in consultation with UN-Energy.",
        "\fA/81/273",
        string.Empty,
        "2. The year 2024 marked the end of the United Nations Decade of Sustainable Energy for All. The number of",
        "people with access to electricity had grown by nearly 1 billion over the ten years.",
        "\fA/81/273",
        string.Empty,
        "3. In 2024, global access to electricity reached 92 per cent, 5 percentage points higher than in 2015.",
    ];

    [Test]
    public void A_distribution_line_under_a_first_pages_header_showing_the_symbol_alone_is_page_furniture()
    {
        var document = Read.English(["A/81/273", "Distr.: General", string.Empty, "General Assembly", .. Body]);

        Assert.That(document.RemovedLines.Select(r => r.Text), Does.Contain("Distr.: General"));
        Assert.That(document.Texts()[0], Is.EqualTo("General Assembly"));
    }

    [Test]
    public void Cells_of_a_masthead_row_that_layout_text_sets_on_one_line_are_lines_of_their_own()
    {
        var document = Read.English(["United Nations                                  General Assembly", "                                                24 July 2026", .. Body]);

        Assert.That(document.Texts()[..3], Is.EqualTo(new[] { "United Nations", "General Assembly", "24 July 2026" }));
    }

    [Test]
    public void Chinese_names_of_a_masthead_row_apart_by_a_space_are_lines_of_their_own()
    {
        var document = Read.Chinese(
            "联合国 大会",
            "2026 年 7 月 24 日",
            string.Empty,
            "1. 大会在第 79/212 号决议中请秘书长向大会第八十一届会议提交一份关于该决议执行情况的报告。",
            "\fA/81/273",
            string.Empty,
            "2. 2024 年是联合国人人享有可持续能源十年的最后一年。");

        Assert.That(document.Texts()[..2], Is.EqualTo(new[] { "联合国", "大会" }));
    }

    /// <summary>A cell's date that its measure cut before the year (a session's place and month, then the year).</summary>
    [Test]
    public void A_date_in_a_masthead_cell_cut_before_its_year_stays_whole()
    {
        var document = Read.English(["International Labour Office                        Governing Body", "                                                   357th Session, Geneva, November",
            "                                                   2026", .. Body]);

        Assert.That(document.Texts(), Does.Contain("357th Session, Geneva, November 2026"));
    }

    /// <summary>pdftotext -raw sets a masthead row and the cell's next line one under another with no gap: the date under the row is its own.</summary>
    [Test]
    public void A_date_under_a_masthead_row_is_a_line_of_its_own()
    {
        var document = Read.English(["United Nations Convention to Combat Desertification", "14 November 2026", "Original: English", "Conference of the Parties", .. Body]);

        Assert.That(document.Texts(), Does.Contain("14 November 2026"));
    }

    /// <summary>A title that wraps onto its date goes on from the preposition it ended in.</summary>
    [Test]
    public void A_date_under_a_title_line_ending_in_a_preposition_goes_on_with_the_title()
    {
        var document = Read.English(["General Assembly", string.Empty, "Summary record of the meeting held on", "14 November 2026", .. Body]);

        Assert.That(document.Texts(), Does.Contain("Summary record of the meeting held on 14 November 2026"));
    }

    /// <summary>Past the first sentence a line's gap is a table's, and the words either side stay one line.</summary>
    [Test]
    public void A_gap_in_a_line_after_the_masthead_parts_no_cells()
    {
        var document = Read.English(
            "General Assembly",
            string.Empty,
            "1. The Committee met in the morning.",
            string.Empty,
            "Programme support                    Operations",
            "\fA/81/273",
            string.Empty,
            "2. The Committee adopted the report.");

        Assert.That(document.Texts(), Has.None.EqualTo("Operations"));
    }

    /// <summary>A PDF's masthead cell sets its lines with no gap between them: a session or an agenda item is a line of its own.</summary>
    [TestCase("147th Session")]
    [TestCase("Eighty-first session")]
    public void A_session_or_agenda_item_under_the_organ_in_the_masthead_is_a_unit_of_its_own(string line)
    {
        var document = Read.English(
            "Executive Board of the International Fund for Agricultural Development",
            line,
            "Rome, 8–10 April 2026",
            string.Empty,
            "Executive summary",
            string.Empty,
            "I. Background",
            string.Empty,
            "1. In line with the IFAD Evaluation Policy and as approved by the Executive Board at",
            "its 144th session, the Independent Office of Evaluation of IFAD conducted the second country",
            "strategy and programme evaluation in the Lao People's Democratic Republic.");

        Assert.That(document.Texts()[..2], Is.EqualTo(new[] { "Executive Board of the International Fund for Agricultural Development", line }));
    }
}
