using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English acronym written without its expansion and a Chinese short form of the same body, both made from the
/// body's full name: the lexicon's glosses of the Chinese words, read one after another, spell the acronym by their
/// initials, which ties the two in a pair seen once.
/// </summary>
public class AcronymFromGlossesTests
{
    [Test]
    public void A_chinese_short_form_finds_the_acronym_its_glosses_spell() =>
        Assert.That(Units.TermInOnePair(
            "旱灾过后，粮农组织估计有120万人面临粮食短缺。",
            "After the drought, FAO estimated that 1.2 million people faced food shortages.",
            "粮农组织",
            Language.Chinese).Best, Is.EqualTo("FAO"));

    [Test]
    public void An_acronym_seen_once_without_brackets_finds_the_chinese_short_form() =>
        Assert.That(Units.TermInOnePair(
            "与粮农组织在土壤健康方面的合作很有用，但只是临时性的。",
            "Cooperation with FAO on soil health was useful but ad hoc.",
            "FAO",
            Language.English).Best, Is.EqualTo("粮农组织"));

    [Test]
    public void An_acronym_finds_a_chinese_name_that_one_lexicon_entry_glosses_whole() =>
        Assert.That(Units.TermInOnePair(
            "据国际劳工组织估计，去年高温使2,300万名工人受伤。",
            "ILO estimates that heat injured 23 million workers last year.",
            "ILO",
            Language.English).Best, Is.EqualTo("国际劳工组织"));
}
