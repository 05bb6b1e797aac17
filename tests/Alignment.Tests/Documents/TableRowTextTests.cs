using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// The rows of a table in text extracted from pages (pdftotext in any mode): a table of one column of figures, a column
/// header of years, a section label under a row and a table's notes are read as the table has them, not run together
/// with the lines around them.
/// </summary>
public sealed class TableRowTextTests
{
    [Test]
    public void Rows_that_each_end_in_one_figure_are_rows_when_three_or_more_come_together() =>
        Assert.That(
            Read.English(
                "1. The actuarial valuation gave the following results.",
                "Actuarial value of assets (millions of United States dollars) 10,518",
                "Actuarial liabilities (millions of United States dollars) 9,746",
                "Funded ratio (%) 107.9",
                "2. The Board noted the results.",
                "\f").Texts(),
            Is.EqualTo(new[]
            {
                "The actuarial valuation gave the following results.",
                "Actuarial value of assets (millions of United States dollars)\t10,518",
                "Actuarial liabilities (millions of United States dollars)\t9,746",
                "Funded ratio (%)\t107.9",
                "The Board noted the results.",
            }));

    [Test]
    public void Two_lines_of_running_text_that_end_in_a_figure_are_wrapped_text() =>
        Assert.That(
            Read.English(
                "1. The assets of the fund were valued at the end of the year at a total of 10,518",
                "million dollars, and its liabilities, as the actuary valued them, came to 9,746",
                "million dollars, which the Board noted with satisfaction.",
                "\f").Texts(),
            Is.EqualTo(new[]
            {
                "The assets of the fund were valued at the end of the year at a total of 10,518 million dollars, and its liabilities, as the actuary valued them, came to 9,746 million dollars, which the Board noted with satisfaction.",
            }));

    [Test]
    public void A_line_of_years_alone_under_a_table_s_title_is_its_header_row() =>
        Assert.That(
            Read.English(
                "Table 2",
                "Statement of changes in net assets available for benefits",
                "(Year ended 31 December; millions of United States dollars)",
                "2026 2025",
                "Investment income",
                "Net appreciation in fair value of investments 512 890",
                "Interest income 121 109",
                "\f").Texts(),
            Has.Some.EqualTo("(Year ended 31 December; millions of United States dollars)").And.Some.EqualTo("2026\t2025"));

    [Test]
    public void Rows_ending_in_three_digits_after_a_figure_of_three_or_fewer_are_rows_of_their_own() =>
        Assert.That(
            Read.English(
                "Investment income",
                "Net appreciation in fair value of investments 512 890",
                "Interest income 121 109",
                "Dividend income 168 152",
                "Income from real assets 37 33",
                "\f").Texts(),
            Has.Length.EqualTo(5));

    [Test]
    public void A_note_under_a_table_s_rows_is_a_footnote() =>
        Assert.That(
            Read.English(
                "1. The fund held the following assets at the end of the year.",
                string.Empty,
                "Item                              2026       2025",
                "Equities                         6,218      5,981",
                "Real assets 1/                   1,142      1,090",
                "1/ Includes investments in real estate and infrastructure.",
                string.Empty,
                "2. The Board took note of the figures.",
                "\f").Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => (b.Label.Written, b.Text)),
            Is.EqualTo(new[] { ("1/", "Includes investments in real estate and infrastructure.") }));
}
