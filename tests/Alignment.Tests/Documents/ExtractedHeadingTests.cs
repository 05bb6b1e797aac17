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

    [Test]
    public void A_heading_under_a_full_title_line_and_over_a_paragraph_number_on_a_line_of_its_own_is_its_own_block() =>
        Assert.That(
            Read.English("Annex", string.Empty, "Conclusions and recommendations agreed", "upon by the Expert Group for",
                "consideration by the Commission on", "Crime Prevention and Criminal Justice", "Legislation and frameworks", "1.",
                "Member States should enact laws with technologically neutral formulations.").Texts(),
            Does.Contain("Legislation and frameworks").And.Contain("Member States should enact laws with technologically neutral formulations."));

    [Test]
    public void A_Chinese_heading_under_a_title_line_and_over_a_paragraph_number_on_a_line_of_its_own_is_its_own_block() =>
        Assert.That(
            Read.Chinese("附件", string.Empty, "专家组商定的供预防犯罪和刑事司法委员会审议的结论和建议", "立法和框架", "1.", string.Empty,
                "会员国应当颁布法律作出技术中性的阐述。").Texts(),
            Does.Contain("立法和框架"));

    [Test]
    public void A_title_line_that_leaves_its_phrase_open_goes_on_over_a_paragraph_number_on_a_line_of_its_own() =>
        Assert.That(
            Read.English("Annex", string.Empty, "Conclusions and recommendations agreed upon by the Expert Group for consideration by the",
                "Commission", "1.", "Member States should enact laws with technologically neutral formulations.").Texts(),
            Has.Some.EndsWith("for consideration by the Commission"));

    [Test]
    public void A_line_over_a_year_that_ends_its_sentence_on_a_line_of_its_own_is_no_heading() =>
        Assert.That(
            Read.English("12. He urged all countries to submit their contributions before the",
                "thirty-second session of the Conference of the Parties to the United Nations",
                "Framework Convention on Climate Change (COP 32), to be held in November", "2027.",
                "Mr. Kobayashi (Japan) said that Japan knew well the importance of being prepared before disaster struck.").Texts(),
            Has.Some.Contains("to be held in November 2027."));
}
