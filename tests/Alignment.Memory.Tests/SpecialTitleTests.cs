using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// 特别 as the adjective "special" of a title (特别报告员, Special Rapporteur; 特别代表, Special Representative): it
/// starts the equivalent, where before it counted as the adverb "especially" only, which starts no term.
/// </summary>
public class SpecialTitleTests
{
    [Test]
    public void Special_starts_the_title_it_is_written_before() =>
        Assert.That(
            Units.TermInOnePair("特别报告员向人权理事会提交了本报告。", "The Special Rapporteur submits the present report to the Human Rights Council.", "Special Rapporteur", Language.English).Best,
            Is.EqualTo("特别报告员"));

    [Test]
    public void Special_as_an_adverb_before_a_verb_starts_no_equivalent() =>
        Assert.That(
            Units.TermInOnePair("委员会特别关注移民儿童。", "The Committee pays particular attention to migrant children.", "migrant children", Language.English).Best,
            Is.EqualTo("移民儿童"));
}
