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
}
