using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// English writes many compounds of two nouns as one word that a gloss writes as two (waste water, wastewater; land
/// mine, landmines): the gloss explains the one word.
/// </summary>
public class ClosedCompoundGlossTests
{
    [Test]
    public void A_gloss_of_two_words_explains_the_compound_written_as_one()
    {
        using var memory = Units.OnePairAmongOthers("工厂排放的废水污染了河流。", "Wastewater from the factory polluted the river.");

        Assert.That(memory.LookupTerm("废水", Language.Chinese, Language.English).Best, Is.EqualTo("wastewater").IgnoreCase);
    }
}
