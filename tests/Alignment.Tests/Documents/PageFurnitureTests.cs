using Alignment.Documents;
using Alignment.Documents.Reading;

namespace Alignment.Tests.Documents;

/// <summary>Page furniture is left out of the blocks and recorded with the reason.</summary>
public sealed class PageFurnitureTests
{
    [TestCase("UNODC/CCPCJ/EG.4/2021/2", RemovalReason.DocumentSymbol)]
    [TestCase("A/RES/70/1", RemovalReason.DocumentSymbol)]
    [TestCase("ICCD/COP(17)/20/Add.1", RemovalReason.DocumentSymbol)]
    [TestCase("V.21-02475", RemovalReason.JobNumber)]
    [TestCase("V.21-02475 (C)", RemovalReason.JobNumber)]
    [TestCase("V.21-02475 3/9", RemovalReason.JobNumber)]
    [TestCase("3/9 V.21-02475 (E)", RemovalReason.PageNumber)]
    [TestCase("V.21-02475 Page 3 of 9", RemovalReason.JobNumber)]
    [TestCase("Page 3 of 9", RemovalReason.PageNumber)]
    [TestCase("2/9", RemovalReason.PageNumber)]
    [TestCase("- 3 -", RemovalReason.PageNumber)]
    [TestCase("3", RemovalReason.PageNumber)]
    [TestCase("*2102475*", RemovalReason.StrayLine)]
    [TestCase("-", RemovalReason.StrayLine)]
    public void A_furniture_line_between_pages_is_removed_with_its_reason(string line, RemovalReason reason)
    {
        var document = Read.English("1. The meeting was", string.Empty, line, string.Empty, "opened by the Chair.");
        Assert.That(document.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { (line, reason) }));
        Assert.That(document.Texts(), Is.EqualTo(new[] { "The meeting was opened by the Chair." }));
    }

    /// <summary>
    /// New York prints job numbers with no office's letters before them, Geneva with two (Vienna's V. is above), Nairobi
    /// its letter run into the year and the number, with no dot or dash.
    /// </summary>
    [TestCase("26-13579 (E)    040826    050826", RemovalReason.JobNumber)]
    [TestCase("K2617894    180526", RemovalReason.JobNumber)]
    [TestCase("K2617894 *K2617894*", RemovalReason.JobNumber)]
    [TestCase("26-13579 3/4", RemovalReason.JobNumber)]
    [TestCase("2/4 26-13579", RemovalReason.PageNumber)]
    [TestCase("GE.21-12345 (E)", RemovalReason.JobNumber)]
    public void A_job_number_of_any_un_office_is_furniture(string line, RemovalReason reason)
    {
        var document = Read.English("1. The meeting was", string.Empty, line, string.Empty, "opened by the Chair.");
        Assert.That(document.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { (line, reason) }));
        Assert.That(document.Texts(), Is.EqualTo(new[] { "The meeting was opened by the Chair." }));
    }

    /// <summary>A reference number of a Nairobi job number's shape, with neither dates nor a bar code beside it, is text.</summary>
    [Test]
    public void A_reference_number_shaped_like_a_job_number_alone_on_a_line_is_text()
    {
        var document = Read.English("The procurement office ordered the parts under contract number", "K2617894", "and delivered them in March.");

        Assert.That(document.Texts(), Is.EqualTo(new[] { "The procurement office ordered the parts under contract number K2617894 and delivered them in March." }));
    }

    /// <summary>The text under a job number's bar code may keep the office's letter (<c>V.26-05678</c> → <c>*V2605678*</c>).</summary>
    [Test]
    public void A_bar_codes_text_keeping_the_offices_letter_is_furniture_inside_a_chinese_sentence()
    {
        var document = Read.Chinese("1. 他还与联合国环境规划署合作，编写了一份关于有毒废", "V.26-05678 (C)", "*V2605678*", "\fA/HRC/63/48", "物对儿童影响的联合说明。", "2. 特别报告员估计，每年产生的电子废物超过6,000万吨。");

        Assert.That(document.Texts()[0], Is.EqualTo("他还与联合国环境规划署合作，编写了一份关于有毒废物对儿童影响的联合说明。"));
    }

    /// <summary>A masthead's symbol that no running header repeats is a line of the text, as the title beside it is.</summary>
    [Test]
    public void A_symbol_the_masthead_shows_once_is_text()
    {
        var document = Read.English("United Nations", string.Empty, "CRC/C/LDA/CO/5-6", string.Empty, "Convention on the Rights of the Child", string.Empty, "14 October 2026");

        Assert.That(document.RemovedLines, Is.Empty);
        Assert.That(document.Texts(), Is.EqualTo(new[] { "United Nations", "CRC/C/LDA/CO/5-6", "Convention on the Rights of the Child", "14 October 2026" }));
    }

    [Test]
    public void A_masthead_symbol_that_running_headers_repeat_is_furniture()
    {
        var document = Read.English(
            "United Nations", string.Empty, "A/81/7/Add.14", string.Empty, "General Assembly", string.Empty, "1. The Committee has considered the", string.Empty,
            "A/81/7/Add.14", string.Empty, "report of the Secretary-General.");

        Assert.That(document.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { ("A/81/7/Add.14", RemovalReason.DocumentSymbol), ("A/81/7/Add.14", RemovalReason.DocumentSymbol) }));
        Assert.That(document.Texts(), Is.EqualTo(new[] { "United Nations", "General Assembly", "The Committee has considered the report of the Secretary-General." }));
    }

    [Test]
    public void A_chinese_page_line_of_a_word_processors_footer_is_removed()
    {
        var document = Read.Chinese("1. 会议由", string.Empty, "V.21-02475 第 3 页，共 9 页", string.Empty, "主席宣布开幕。");

        Assert.That(document.Texts(), Is.EqualTo(new[] { "会议由主席宣布开幕。" }));
    }

    [Test]
    public void A_page_of_a_total_it_exceeds_is_no_page_line()
    {
        Assert.That(PageFurniture.IsFurnitureText("Page 12 of 9"), Is.False);
    }

    [Test]
    public void A_column_of_figures_printed_a_cell_a_line_is_text_not_page_numbers()
    {
        var document = Read.English("Item", string.Empty, "2025", string.Empty, "998", string.Empty, "(118)", string.Empty, "45");

        Assert.That(document.RemovedLines, Is.Empty);
        Assert.That(document.Texts(), Is.EqualTo(new[] { "Item", "2025", "998", "(118)", "45" }));
    }

    [Test]
    public void Two_numbers_alone_on_a_line_are_column_heads_not_a_page_number()
    {
        var document = Read.English("Table 2", string.Empty, "Statement of changes", string.Empty, "2026 2025", string.Empty, "Investment income");

        Assert.That(document.RemovedLines, Is.Empty);
        Assert.That(document.Texts(), Has.Some.EqualTo("2026 2025"));
    }

    [Test]
    public void A_nil_dash_printed_a_cell_a_line_among_figures_is_text()
    {
        var document = Read.English("Item", string.Empty, "2025", string.Empty, "(118)", string.Empty, "—", string.Empty, "13,754");

        Assert.That(document.RemovedLines, Is.Empty);
        Assert.That(document.Texts(), Is.EqualTo(new[] { "Item", "2025", "(118)", "—", "13,754" }));
    }

    [Test]
    public void A_dash_between_the_text_and_a_page_number_is_still_a_stray_line()
    {
        var document = Read.English("1. The meeting was closed.", string.Empty, "—", string.Empty, "12");

        Assert.That(document.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { ("—", RemovalReason.StrayLine), ("12", RemovalReason.PageNumber) }));
    }

    [Test]
    public void A_removed_line_records_where_it_was()
    {
        var document = Read.English("1. Text.", string.Empty, "  V.21-02475  ", string.Empty, "2. More.");
        var removed = document.RemovedLines.Single();
        Assert.That(document.Text.Substring(removed.Source.Start, removed.Source.Length), Is.EqualTo("  V.21-02475  "));
    }

    /// <summary>The first page's foot carries the recycling notice beside the job number, said to the paper's reader.</summary>
    [Test]
    public void A_job_number_beside_the_recycling_notice_is_removed_even_next_to_text() =>
        Assert.That(Read.English("1. The meeting was", "26-17714 (E)    Please recycle", "opened by the Chair.").Texts(), Is.EqualTo(new[] { "The meeting was opened by the Chair." }));

    [Test]
    public void A_job_number_beside_the_chinese_recycling_notice_is_removed_in_the_middle_of_a_sentence() =>
        Assert.That(Read.Chinese("1. 会议由", "26-17714 (C) 请回收", "主席宣布开幕。").Texts(), Is.EqualTo(new[] { "会议由主席宣布开幕。" }));

    [Test]
    public void Job_numbers_are_removed_even_next_to_text() =>
        Assert.That(Read.English("1. The meeting was", "V.21-02475 (E)", "opened by the Chair.").Texts(), Is.EqualTo(new[] { "The meeting was opened by the Chair." }));

    [Test]
    public void Page_numbers_between_dashes_that_recur_are_removed_even_next_to_text()
    {
        var document = Read.English(
            "1. The Expert Group also", "-2-", string.Empty, "exchanged information.", "2. The second meeting", "- 3 -", string.Empty,
            "was held in Vienna.", "3. The third meeting", "-4-", string.Empty, "was held online.");

        Assert.That(document.Texts(), Is.EqualTo(new[] { "The Expert Group also exchanged information.", "The second meeting was held in Vienna.", "The third meeting was held online." }));
    }

    [Test]
    public void A_line_holding_only_the_full_stop_of_the_line_above_is_text() =>
        Assert.That(Read.Chinese("1. 专家组第一次会议于 2011 年在维也纳举行", "。", "2. 专家组通过了报告。").Texts(), Is.EqualTo(new[] { "专家组第一次会议于 2011 年在维也纳举行。", "专家组通过了报告。" }));

    [Test]
    public void A_line_holding_only_the_percent_sign_and_full_stop_of_the_number_above_is_text() =>
        Assert.That(Read.Chinese("1. 官方发展援助超过国民总收入的 0.7", "%。", "2. 他说，能源转型必须公正。").Texts(), Is.EqualTo(new[] { "官方发展援助超过国民总收入的 0.7%。", "他说，能源转型必须公正。" }));

    [Test]
    public void Numbers_and_symbols_inside_a_paragraph_stay()
    {
        var document = Read.English("1. The agenda is in document", "UNODC/CCPCJ/EG.4/2021/1", "and was adopted in", "2021", "by consensus.");
        Assert.That(document.RemovedLines, Is.Empty);
        Assert.That(document.Texts(), Is.EqualTo(new[] { "The agenda is in document UNODC/CCPCJ/EG.4/2021/1 and was adopted in 2021 by consensus." }));
    }

    [Test]
    public void A_fraction_that_cannot_be_a_page_number_stays()
    {
        var document = Read.English("1. Resolution", string.Empty, "26/4", string.Empty, "2. Text.");
        Assert.That(document.RemovedLines, Is.Empty);
    }

    [Test]
    public void A_short_line_repeated_at_page_breaks_is_a_running_header()
    {
        var document = Read.English(
            "Expert Group report", string.Empty, "1. One.", string.Empty, "1/3", string.Empty,
            "Expert Group report", string.Empty, "2. Two.", string.Empty, "2/3", string.Empty,
            "Expert Group report", string.Empty, "3. Three.", string.Empty, "3/3");
        Assert.That(document.RemovedLines.Count(r => r.Reason == RemovalReason.RunningHeader), Is.EqualTo(3));
        Assert.That(document.Texts(), Is.EqualTo(new[] { "One.", "Two.", "Three." }));
    }

    [Test]
    public void A_line_repeated_only_twice_is_content()
    {
        var document = Read.English(
            "Expert Group report", string.Empty, "1. One.", string.Empty, "1/2", string.Empty,
            "Expert Group report", string.Empty, "2. Two.", string.Empty, "2/2");
        Assert.That(document.RemovedLines.Select(r => r.Reason), Has.None.EqualTo(RemovalReason.RunningHeader));
    }

    [Test]
    public void A_title_apart_at_the_top_of_two_pages_of_four_is_a_running_header()
    {
        // Headers alternating between odd and even pages, as pdftotext -layout sets them apart from the text.
        string[] text =
        [
            .. Enumerable.Range(1, 4).SelectMany(n => new[]
            {
                (n == 1 ? string.Empty : "\f") + (n % 2 == 1 ? "Expert Group on Cybercrime" : "UNODC/CCPCJ/EG.4/2021/2"),
                string.Empty,
                $"{n}. The members of the Expert Group discussed the matters of meeting {n} before them at length and agreed",
                "on the report of the meeting, and thanked the Chair for her work on the report.",
                string.Empty,
                n % 2 == 1 ? $"{n}/4 V.21-02475" : $"V.21-02475 {n}/4",
            }),
            "\f",
        ];

        Assert.That(Read.English(text).Texts(), Has.None.Contains("Cybercrime"));
    }

    [Test]
    public void A_header_whose_page_number_changes_sides_from_page_to_page_is_one_running_header()
    {
        // pdftotext -raw: six pages, the first with a footer of its own, the others with the symbol and the page number
        // on the outer side (before the symbol on even pages, after it on odd ones), set against a sentence that the
        // page breaks; the odd pages' form shows on two pages only.
        string[] text =
        [
            .. Enumerable.Range(1, 6).SelectMany(n => new[]
            {
                n == 1 ? "The members of the Committee met." : "\f" + (n % 2 == 0 ? $"{n} A/C.2/82/SR.9" : $"A/C.2/82/SR.9 {n}"),
                $"At meeting {n} the members of the Committee discussed the matters before them at length and said that the report",
                "was adopted. The Chair thanked them.",
                n == 1 ? "V.21-02475 (E)" : $"Meeting {n} closed its debate on the matters before it and the members of the Committee",
            }),
            "agreed.",
            "\f",
        ];

        Assert.That(Read.English(text).Texts(), Has.None.Contains("SR.9"));
    }

    [Test]
    public void Running_heads_that_differ_on_left_and_right_pages_with_the_page_number_beside_them_are_removed()
    {
        // pdftotext -raw of a book: the author's name on left pages after the number, the title on right pages before
        // it, each on every other page only, set against a sentence that the page breaks.
        string[] text =
        [
            .. Enumerable.Range(1, 5).SelectMany(n => new[]
            {
                n == 1 ? "The Watch Mender" : "\f" + (n % 2 == 0 ? $"{n} Lin Qiubai" : $"The Watch Mender {n}"),
                $"On day {n} he sat at the counter for a long time and listened to the clocks on the wall, and",
                $"then he went home at {n + 4} o'clock.",
            }),
            "\f",
        ];

        var document = Read.English(text);

        Assert.That(document.RemovedLines.Select(r => r.Text.TrimStart('\f')), Is.EqualTo(new[] { "2 Lin Qiubai", "The Watch Mender 3", "4 Lin Qiubai", "The Watch Mender 5" }));
    }

    [Test]
    public void A_line_at_the_edge_of_pages_whose_number_does_not_go_up_with_them_is_text()
    {
        // A guard: the same words and number at the head of every other page, not the page's number.
        string[] text =
        [
            .. Enumerable.Range(1, 5).SelectMany(n => new[]
            {
                n switch { 1 => "Notes", 3 => "\fA quiet week", 5 => "\fA busy week", _ => "\fThe count stood at 12" },
                $"On day {n} he sat at the counter for a long time and listened to the clocks on the wall, and",
                $"then he went home at {n + 4} o'clock.",
            }),
            "\f",
        ];

        Assert.That(Read.English(text).RemovedLines, Is.Empty);
    }

    [TestCase("* * *")]
    [TestCase("＊　＊　＊")]
    [TestCase("⁂")]
    public void A_scene_break_between_paragraphs_is_removed_as_one(string ornament)
    {
        var document = Read.English("He went home.", string.Empty, ornament, string.Empty, "She came back in the spring.");

        Assert.That(document.RemovedLines.Select(r => (r.Text, r.Reason)), Is.EqualTo(new[] { (ornament, RemovalReason.SceneBreak) }));
        Assert.That(document.Texts(), Is.EqualTo(new[] { "He went home.", "She came back in the spring." }));
    }

    /// <summary>
    /// pdftotext -layout sets the gap between a running header's name and symbol by where the page's header fell, which
    /// moves from page to page: the lines differ by their spaces and are the same header.
    /// </summary>
    [TestCase("A/81/447/Add.2")]
    [TestCase("EB 2026/147/R.12")]
    public void A_name_beside_the_symbol_at_the_top_of_every_page_is_a_running_header_whatever_the_gap(string symbol)
    {
        var gap = new string(' ', 60);
        var document = Read.English(
            $"     United Nations{gap}{symbol}",
            string.Empty,
            "     I.     Introduction",
            "1.   The Second Committee held a substantive debate on sub-item (b) under agenda item 20. Action on the",
            "     sub-item was taken at the 21st and 27th meetings, on 4 November and 2 December 2026. An account of the",
            "     consideration of the sub-item by the Committee is contained in the relevant summary records of those",
            string.Empty,
            "                                                  1",
            $"\f      United Nations{gap}   {symbol}",
            string.Empty,
            "     meetings, which are issued in all official languages.",
            "2.   At the 21st meeting, the representative of Jamaica introduced a draft resolution on national statistics.",
            string.Empty,
            "                                                  2",
            $"\f    United Nations{gap} {symbol}",
            string.Empty,
            "3.   At the same meeting, the Committee adopted the draft resolution without a vote.",
            string.Empty,
            "                                                  3",
            "\f");

        Assert.That(document.Texts(), Has.None.Contains("United Nations"));
        Assert.That(document.RemovedLines.Count(r => r.Reason == RemovalReason.RunningHeader), Is.EqualTo(3));
    }
}
