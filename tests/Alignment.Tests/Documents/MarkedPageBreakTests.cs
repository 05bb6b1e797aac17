namespace Alignment.Tests.Documents;

/// <summary>
/// Text whose extractor marks each page's end with a form feed (pdftotext, -layout and -raw) says where its pages break;
/// a run of blank lines inside a page is only a wider space, as before a heading.
/// </summary>
public sealed class MarkedPageBreakTests
{
    [Test]
    public void Blank_lines_inside_a_page_marked_by_form_feeds_end_a_paragraph_left_open()
    {
        var document = Read.English(
            "     Compendium of decisions",
            "1.   Reaffirms the target set in the evaluation policy that spending on evaluation should be no less",
            "     than 1 per cent of total programme expenditure.",
            "     2026/11 Office of Internal Audit and Investigations: 2025 annual report to the Executive",
            "     Board",
            string.Empty,
            string.Empty,
            "     The Executive Board",
            "1.   Takes note of the 2025 annual report of the Office of Internal Audit and Investigations.",
            "2.   Also takes note of the opinion of the Office that the framework of governance was adequate.",
            "\f     E/ICEF/2026/17",
            "3.   Welcomes the updated anti-fraud strategy.");

        Assert.That(document.Texts(), Is.SupersetOf(new[]
        {
            "2026/11 Office of Internal Audit and Investigations: 2025 annual report to the Executive Board",
            "The Executive Board",
        }));
    }
}
