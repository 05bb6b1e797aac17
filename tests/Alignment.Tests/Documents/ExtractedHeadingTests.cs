namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext in raw mode can print a heading's lines, or the blocks of its widely spaced words, apart from each other,
/// with blank lines between them; the heading is one block again.
/// </summary>
public sealed class ExtractedHeadingTests
{
    [Test]
    public void A_heading_printed_in_pieces_that_go_on_in_lower_case_is_one_heading() =>
        Assert.That(
            Read.English("11. The meeting was opened by the Chair.", "B.", string.Empty, "Adoption of the", string.Empty, "agenda and", string.Empty,
                "other organizational", string.Empty, "matters", "12.", string.Empty, "The Expert Group adopted its agenda.").Texts(),
            Is.EqualTo(new[] { "The meeting was opened by the Chair.", "Adoption of the agenda and other organizational matters", "The Expert Group adopted its agenda." }));

    [Test]
    public void A_capitalised_line_after_a_heading_and_a_blank_line_is_not_part_of_it() =>
        Assert.That(
            Read.English("B.", string.Empty, "Adoption of the agenda", string.Empty, "Organizational matters were also discussed at length by the", "Expert Group during the session.").Texts(),
            Does.Contain("Adoption of the agenda"));
}
