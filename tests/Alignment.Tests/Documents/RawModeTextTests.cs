namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext -raw prints a page's lines in the order the page holds them, without the blank lines the other modes set
/// around headers and footers, and ends a line where the spacing changes inside a word: running headers stand right
/// against the text at each page break, and a line can start with the full stop of a symbol (<c>CRP</c> / <c>.1).</c>).
/// </summary>
public sealed class RawModeTextTests
{
    /// <summary>Pages whose paragraph runs on across each break, the page's foot and the next page's header against it.</summary>
    private static string[] Pages(string header, int count) =>
    [
        "The members of the Expert Group discussed the matters before them at length and agreed on",
        .. Enumerable.Range(2, count).SelectMany(n => new[]
        {
            $"the report of meeting {n}. They also discussed the work of the next meeting and the",
            $"V.21-02475 {n - 1}/{count + 1}",
            $"\f{header}",
            "contributions of the observers who attended it, and thanked the Chair for her work on",
        }),
        "the report.",
    ];

    [Test]
    public void A_document_symbol_repeated_right_after_page_breaks_is_a_running_header_even_against_the_text() =>
        Assert.That(Read.English(Pages("UNODC/CCPCJ/EG.4/2021/2", 4)).Texts(), Has.None.Contains("UNODC/CCPCJ"));

    [Test]
    public void A_document_symbol_right_after_the_footer_of_the_first_of_two_pages_is_a_running_header_though_shown_once() =>
        Assert.That(Read.English(Pages("UNODC/CCPCJ/EG.4/2021/2", 1)).Texts(), Has.None.Contains("UNODC/CCPCJ"));

    [Test]
    public void A_title_repeated_right_after_most_page_breaks_is_a_running_header_even_against_the_text() =>
        Assert.That(Read.English(Pages("Expert Group on Cybercrime", 4)).Texts(), Has.None.Contains("Cybercrime"));

    [Test]
    public void A_line_starting_with_a_full_stop_goes_on_from_the_line_above_without_a_space() =>
        Assert.That(
            Read.English(
                "7. The Expert Group adopted the proposal of the Chair for the workplan of the Expert Group (UNODC/CCPCJ/EG.4/2018/CRP",
                ".1).",
                "8. The fifth meeting of the Expert Group was held in Vienna from 27 to 29 March 2019.").Texts(),
            Does.Contain("The Expert Group adopted the proposal of the Chair for the workplan of the Expert Group (UNODC/CCPCJ/EG.4/2018/CRP.1)."));

    [Test]
    public void A_sentence_whose_first_word_is_an_article_at_the_end_of_a_line_goes_on() =>
        Assert.That(
            Read.English(
                "19. The Expert Group had rapidly considered all of the conclusions and recommendations contained in document",
                "A/CN.4/2021/CRP.1. The",
                "Expert Group also agreed to transmit to the Commission the 63 agreed conclusions.").Texts(),
            Has.Some.EndsWith("CRP.1. The Expert Group also agreed to transmit to the Commission the 63 agreed conclusions."));

    [Test]
    public void Rows_of_figures_written_with_single_spaces_are_rows_each_with_a_tab_before_each_figure() =>
        Assert.That(
            Read.Chinese(
                "1. 下表列示基金的财务状况，以千美元计。",
                "项目 附注 2025 2024",
                "现金和现金等价物 3 4,210 3,876",
                "应收账款 (a) 1,052 998",
                "2. 括号内的数字为负数。",
                "\f").Texts(),
            Is.EqualTo(new[] { "下表列示基金的财务状况，以千美元计。", "项目 附注\t2025\t2024", "现金和现金等价物\t3\t4,210\t3,876", "应收账款\t(a)\t1,052\t998", "括号内的数字为负数。" }));

    [Test]
    public void A_row_of_figures_numbered_like_a_paragraph_keeps_its_number() =>
        Assert.That(
            Read.English(
                "3. The programme spent its budget as follows.",
                "No. Programme Budget Spent",
                "1. Training of prosecutors 1,250 1,180",
                "2. Forensic laboratories 980 (12)",
                "4. The Board noted the results.",
                "\f").Texts(),
            Has.Some.EqualTo("1. Training of prosecutors\t1,250\t1,180").And.Some.EqualTo("2. Forensic laboratories\t980\t(12)"));

    [Test]
    public void A_line_of_running_text_that_ends_in_figures_alone_is_wrapped_text() =>
        Assert.That(
            Read.English(
                "1. The assets of the fund grew in each of the two years, to the figures of 2024, 2025",
                "and the Board noted the growth with satisfaction in its report to the Assembly.",
                "\f").Texts(),
            Is.EqualTo(new[] { "The assets of the fund grew in each of the two years, to the figures of 2024, 2025 and the Board noted the growth with satisfaction in its report to the Assembly." }));
}
