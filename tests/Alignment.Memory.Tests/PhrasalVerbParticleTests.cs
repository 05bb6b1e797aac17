using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// The particle of a phrasal verb written apart (drawing up, phasing out) belongs to the verb: no English candidate
/// starts or ends with it.
/// </summary>
public class PhrasalVerbParticleTests
{
    [Test]
    public void A_term_after_drawing_up_is_found_without_the_particle()
    {
        using var memory = Units.OnePairAmongOthers(
            "开发署帮助各国制定了能源普及计划。",
            "UNDP helped countries in drawing up energy access plans.");

        Assert.That(memory.LookupTerm("能源普及计划", Language.Chinese, Language.English).Best, Is.EqualTo("energy access plans"));
    }
}
