using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// Amounts, shares and cited resolutions as the two languages write them: a Chinese count of people or cases writes
/// its measure word after the amount (2.81亿人, 495万例), which the amount's equivalent leaves out; Chinese writes a
/// share with its per cent sign (18%, 3%以下), which the tokeniser drops; a figure in digits ends at its magnitude,
/// though a numeral of another count follows (3700万 | 五岁以下儿童); and a resolution is cited with its year in
/// brackets (resolution 2417 (2018), 第2417(2018)号决议); a term that names something by its number is translated
/// with that number, not by the lexicon's gloss of its other word alone (WHA68.7号决议, not 决议).
/// </summary>
public class AmountAndCitationLookupTests
{
    [Test]
    public void A_count_of_people_finds_the_amount_without_its_measure_word()
    {
        Assert.That(Units.TermInOnePair("去年有2.81亿人面临粮食不安全。", "Last year 281 million people faced food insecurity.", "281 million", Language.English).Best, Is.EqualTo("2.81亿"));
    }

    [Test]
    public void A_share_keeps_its_per_cent_sign()
    {
        Assert.That(Units.TermInOnePair("袭击次数增加了18%。", "The number of attacks rose by 18 per cent.", "18 per cent", Language.English).Best, Is.EqualTo("18%"));
    }

    [Test]
    public void A_hedged_share_keeps_its_hedge_after_the_sign()
    {
        Assert.That(Units.TermInOnePair("汇款费用应降至3%以下。", "The cost of remittances should fall to less than 3 per cent.", "less than 3 per cent", Language.English).Best, Is.EqualTo("3%以下"));
    }

    [Test]
    public void A_figure_in_digits_ends_at_its_magnitude_before_another_count()
    {
        Assert.That(Units.TermInOnePair("估计有3700万五岁以下儿童患有营养不良。", "An estimated 37 million children under five suffer from malnutrition.", "37 million", Language.English).Best, Is.EqualTo("3700万"));
    }

    [Test]
    public void A_resolution_is_cited_with_its_year_in_brackets()
    {
        Assert.That(Units.TermInOnePair("安理会回顾其第2417(2018)号决议。", "The Council recalls its resolution 2417 (2018).", "第2417(2018)号决议", Language.Chinese).Best, Is.EqualTo("resolution 2417 (2018)"));
    }

    [Test]
    public void A_resolution_cited_by_its_number_finds_the_equivalent_with_the_number()
    {
        Assert.That(Units.TermInOnePair("卫生大会在WHA68.7号决议中通过了全球行动计划。", "In resolution WHA68.7, the Health Assembly adopted the global action plan.", "resolution WHA68.7", Language.English).Best, Is.EqualTo("WHA68.7号决议"));
    }

    [Test]
    public void A_name_is_cited_with_its_year_in_brackets()
    {
        Assert.That(Units.TermInOnePair("各国应执行《国际卫生条例（2005）》。", "States should implement the International Health Regulations (2005).", "International Health Regulations (2005)", Language.English).Best, Is.EqualTo("国际卫生条例（2005）"));
    }
}
