using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A year that English writes last in a name, where Chinese writes it first: the year a period or a plan is of or for,
/// behind its preposition (end of 2029 ↔ 2029年底), and the year of an instrument's title after a comma (Violence and
/// Harassment Convention, 2019 ↔ 2019年暴力和骚扰公约). The equivalent keeps it.
/// </summary>
public class YearOfANameTests
{
    [Test]
    public void A_period_keeps_the_year_it_is_of()
    {
        Assert.That(Units.TermInOnePair("工程预计于2029年底完工。", "The works are expected to be finished by the end of 2029.", "2029年底", Language.Chinese).Best, Is.EqualTo("end of 2029"));
    }

    [Test]
    public void A_plan_keeps_the_years_it_is_for()
    {
        Assert.That(Units.TermInOnePair("该战略符合《2028-2029年方案和预算》。", "The strategy is consistent with the Programme and Budget for 2028–29.", "2028-2029年方案和预算", Language.Chinese).Best, Is.EqualTo("Programme and Budget for 2028–29"));
    }

    [Test]
    public void An_instrument_keeps_the_year_after_the_comma_of_its_title()
    {
        Assert.That(Units.TermInOnePair("已有四个国家批准《2019年暴力和骚扰公约》（第190号）。", "Four countries have ratified the Violence and Harassment Convention, 2019 (No. 190).", "2019年暴力和骚扰公约", Language.Chinese).Best, Is.EqualTo("Violence and Harassment Convention, 2019"));
    }
}
