namespace Alignment.Tests.Documents;

/// <summary>
/// An agenda item or heading has no final punctuation, so nothing but its shape says that it ended before the text
/// after it: pdftotext sets the next paragraph right under it, or after one blank line.
/// </summary>
public sealed class AgendaItemTests
{
    [Test]
    public void A_short_item_without_final_punctuation_ends_before_a_sentence_after_a_blank_line() =>
        Assert.That(
            Read.English(
                "Agenda item 19: Sustainable development (continued)", "(a)", string.Empty, "Disaster risk reduction (continued)", string.Empty,
                "The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its",
                "sub-items. He reminded delegations that statements should be limited to seven minutes.", string.Empty,
                "V.21-02475", string.Empty, "2/9").Texts(),
            Is.EqualTo(new[]
            {
                "Agenda item 19: Sustainable development (continued)", "Disaster risk reduction (continued)",
                "The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its sub-items. He reminded delegations that statements should be limited to seven minutes.",
            }));

    [Test]
    public void A_Chinese_item_that_stopped_short_ends_before_the_paragraph_after_a_blank_line() =>
        Assert.That(
            Read.Chinese(
                "议程项目 19：可持续发展（续）", "(a)", string.Empty, "为今世后代保护全球气候（续）", string.Empty,
                "代理主席请委员会继续就议程项目 19 及其分项目进行一般性辩论。他提醒各代表团，发言时间限于 7 分钟，",
                "代表国家集团发言的限于 10 分钟。", string.Empty, "V.21-02475", string.Empty, "2/9").Texts(),
            Is.EqualTo(new[] { "议程项目 19：可持续发展（续）", "为今世后代保护全球气候（续）", "代理主席请委员会继续就议程项目 19 及其分项目进行一般性辩论。他提醒各代表团，发言时间限于 7 分钟，代表国家集团发言的限于 10 分钟。" }));

    [Test]
    public void A_sentence_starting_with_a_capitalised_article_does_not_go_on_from_the_last_word_of_an_item() =>
        Assert.That(
            Read.English(
                "(a) Protection of global climate for present and future generations of", "humankind",
                "The meeting was called to order at 10 a.m. In the absence of Ms. Stefanova (Bulgaria), Mr. Okafor",
                "(Nigeria), Vice-Chair, took the Chair.").Texts(),
            Is.EqualTo(new[]
            {
                "Protection of global climate for present and future generations of humankind",
                "The meeting was called to order at 10 a.m. In the absence of Ms. Stefanova (Bulgaria), Mr. Okafor (Nigeria), Vice-Chair, took the Chair.",
            }));

    [Test]
    public void A_sub_item_that_skips_a_letter_starts_under_an_item_that_closed_its_bracket() =>
        Assert.That(
            Read.English(
                "Agenda item 19: Sustainable development (continued)", string.Empty,
                "(a) Implementation of Agenda 21 and the outcomes of the World Summit on Sustainable Development (continued) (A/82/201",
                "and A/82/218)", "(c) Disaster risk reduction (continued) (A/82/225)").Texts(),
            Is.EqualTo(new[]
            {
                "Agenda item 19: Sustainable development (continued)",
                "Implementation of Agenda 21 and the outcomes of the World Summit on Sustainable Development (continued) (A/82/201 and A/82/218)",
                "Disaster risk reduction (continued) (A/82/225)",
            }));

    [Test]
    public void An_item_whose_last_line_closes_a_bracket_short_of_the_measure_ends_before_a_capital() =>
        Assert.That(
            Read.English(
                "(a) Protection of global climate for present and future generations of humankind, as requested by",
                "the General Assembly in its resolution 81/210 (continued) (A/82/230)", string.Empty,
                "The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its",
                "sub-items. He reminded delegations that statements should be limited to seven minutes.", string.Empty,
                "V.21-02475", string.Empty, "2/9").Texts(),
            Is.EqualTo(new[]
            {
                "Protection of global climate for present and future generations of humankind, as requested by the General Assembly in its resolution 81/210 (continued) (A/82/230)",
                "The Acting Chair invited the Committee to continue its general discussion of agenda item 19 and its sub-items. He reminded delegations that statements should be limited to seven minutes.",
            }));

    [Test]
    public void A_sub_item_that_skips_a_letter_starts_where_the_next_item_follows_it() =>
        Assert.That(
            Read.English(
                "Agenda item 19: Sustainable development", "(a) Implementation of Agenda 21, the Programme for the Further",
                "Implementation of Agenda 21 and the outcomes of the World Summit on", "Sustainable Development and of the United Nations Conference",
                "(c) Disaster risk reduction", "(d) Protection of global climate for present and future generations", "of humankind").Texts(),
            Does.Contain("Disaster risk reduction").And.Contain("Protection of global climate for present and future generations of humankind"));

    [Test]
    public void A_letter_in_brackets_at_the_start_of_a_wrapped_line_stays_in_its_sentence_when_no_next_item_follows() =>
        Assert.That(
            Read.English(
                "(a) The Committee took note of the report of the Secretary-General on the matters set out in subparagraph",
                "(c) of the resolution and of the annex to it, which it had considered at its previous meeting.",
                "The meeting rose at noon.").Texts(),
            Has.Some.Contains("subparagraph (c) of the resolution"));
}
