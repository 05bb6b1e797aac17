using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A count whose counted thing Chinese writes as a noun of one character (四个省, 18个月): the number, the measure word
/// and the noun are the equivalent of the English count, not a phrase that runs on past the noun.
/// </summary>
public class CountOfOneCharacterNounTests
{
    [Test]
    public void A_count_of_a_one_character_noun_before_de_is_found_without_what_follows() =>
        Assert.That(Units.TermInOnePair(
            "六个县的牧场在2026年遭受了雪灾。",
            "Pastures in six counties suffered heavy snowfall in 2026.",
            "six counties",
            Language.English).Best, Is.EqualTo("六个县"));

    [Test]
    public void A_count_of_months_at_a_clauses_end_is_a_candidate() =>
        Assert.That(Units.TermInOnePair(
            "渡轮停运了14个月，直到新码头建成。",
            "The ferry stopped for 14 months, until the new pier was built.",
            "14 months",
            Language.English).Best, Is.EqualTo("14个月"));
}
