using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A conjunction that opens a subordinate clause (while, whereas, because, unless …) starts a clause of its own: no
/// English candidate starts or ends with it, or runs through it.
/// </summary>
public class ClauseConjunctionTests
{
    [Test]
    public void A_term_after_while_is_found_without_the_conjunction()
    {
        using var memory = Units.OnePairAmongOthers(
            "城市居民大多乘坐地铁，而电动自行车在小城镇日益普及。",
            "City dwellers mostly ride the metro, while electric bicycles are spreading in small towns.");

        Assert.That(memory.LookupTerm("电动自行车", Language.Chinese, Language.English).Best, Is.EqualTo("electric bicycles"));
    }
}
