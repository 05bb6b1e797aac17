namespace Alignment.Tests.Documents;

/// <summary>
/// Extractors can set a heading right under the last line of the text before it, with no blank line between; a
/// title's last word wrapped onto a short line of its own looks much the same, but follows a line that ends in the
/// middle of the title. Chinese lines break anywhere, so a paragraph going on after a sentence would have filled the
/// line before: a heading-like line after a finished sentence is a heading however long that line is.
/// </summary>
public sealed class RunOnHeadingTests
{
    private static readonly string[] Body =
    [
        "1. Member States should enact laws with technologically neutral formulations that",
        "criminalize the activity deemed illegal instead of the means used, so as to ensure",
        "that their legal provisions withstand the test of time with regard to developments",
        "in technology in the future.",
    ];

    [Test]
    public void A_heading_right_under_a_line_that_ends_a_sentence_starts_its_own_block() =>
        Assert.That(
            Read.English([.. Body, "Criminalization", string.Empty, string.Empty, "2. Member States should take into account that provisions apply online."]).Texts(),
            Does.Contain("Criminalization"));

    [Test]
    public void The_last_word_of_a_title_wrapped_onto_a_line_of_its_own_stays_in_the_title() =>
        Assert.That(
            Read.English(["Annex", string.Empty, string.Empty, "Conclusions and recommendations agreed upon by", "the Expert Group for consideration by the",
                "Commission on Crime Prevention and Criminal", "Justice", string.Empty, string.Empty, "Legislation and frameworks", .. Body]).Texts(),
            Does.Contain("Conclusions and recommendations agreed upon by the Expert Group for consideration by the Commission on Crime Prevention and Criminal Justice"));

    /// <summary>A heading wrapped after an article or preposition goes on, however short its last line before the gap.</summary>
    [Test]
    public void A_headings_last_line_after_a_line_ending_in_an_article_stays_in_the_heading() =>
        Assert.That(
            Read.English([.. Body, string.Empty, "II. Follow-up measures taken and progress achieved by the", "State party", string.Empty,
                "2. Member States should take into account that provisions apply online."]).Texts(),
            Does.Contain("Follow-up measures taken and progress achieved by the State party"));

    [Test]
    public void In_Chinese_a_heading_right_under_a_finished_sentence_starts_its_own_block_even_after_a_full_line() =>
        Assert.That(
            Read.Chinese("3.", string.Empty, "毒品和犯罪问题办公室应积极为需要援助的所有会员国特别是发展中国家开展能力建设。",
                "这些能力建设活动应当涵盖以下领域：为法官、检察官、调查人员和执法机关提供培训。", "刑事定罪", string.Empty,
                "4.", string.Empty, "会员国应当考虑到，为“线下”犯罪制定的许多实体刑法条款也可适用于线上实施的犯罪。").Texts(),
            Does.Contain("刑事定罪"));

    /// <summary>A page of text and the start of the next: text laid out on pages, where blank lines say little.</summary>
    private static readonly string[] Page =
    [
        "Member States should enact laws with technologically neutral",
        "formulations that criminalize the activity deemed illegal",
        "instead of the means used, so as to ensure that their legal",
        "provisions withstand the test of time with regard to",
        "\fdevelopments in technology in the future.",
    ];

    [Test]
    public void A_cover_title_ends_before_a_capitalised_line_that_reaches_past_where_its_first_word_would_have_fitted() =>
        Assert.That(
            Read.English(["General Assembly", string.Empty, "Summary record of the 14th meeting", "Held at Headquarters, New York, on Friday, 15 October 2027",
                "Chair: Ms. Stefanova (Bulgaria)", string.Empty, .. Page]).Texts(),
            Does.Contain("Summary record of the 14th meeting"));

    [Test]
    public void A_cover_title_wrapped_at_a_capitalised_word_stays_one_title() =>
        Assert.That(
            Read.English(["19 April 2021", "Original: English", string.Empty, "Report on the meeting of the Expert", "Group to Conduct a Comprehensive Study",
                "on Cybercrime held in Vienna from 6 to 8", "April 2021", string.Empty, .. Page]).Texts(),
            Does.Contain("Report on the meeting of the Expert Group to Conduct a Comprehensive Study on Cybercrime held in Vienna from 6 to 8 April 2021"));

    [Test]
    public void A_heading_between_a_finished_item_and_a_numbered_paragraph_with_no_blank_line_starts_its_own_block() =>
        Assert.That(
            Read.English("18. Member States should consider the following:", "(g)", "Holding workshops and seminars to raise", "awareness of best practices.",
                "International cooperation", "19. Rapid response mechanisms for international cooperation should be established.").Texts(),
            Does.Contain("International cooperation"));

    [Test]
    public void The_last_line_of_a_heading_over_a_numbered_paragraph_stays_in_the_heading_where_the_line_before_left_a_phrase_open() =>
        Assert.That(
            Read.English("Conclusions and recommendations agreed upon by the", "Expert Group", "1. Member States should enact laws.").Texts(),
            Does.Not.Contain("Expert Group"));
}
