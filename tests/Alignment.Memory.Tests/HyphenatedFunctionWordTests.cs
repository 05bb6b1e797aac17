using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A function word written with a hyphen against the next word (in-kind, off-grid) is a word of that compound: an
/// English candidate may start with it, where it may not start with a function word written apart.
/// </summary>
public class HyphenatedFunctionWordTests
{
    [Test]
    public void A_term_may_start_with_a_compound_whose_first_part_is_a_preposition()
    {
        using var memory = Units.OnePairAmongOthers(
            "捐助方提供了实物或现金捐助。",
            "Donors made in-kind or cash contributions.");

        Assert.That(memory.LookupTerm("实物或现金捐助", Language.Chinese, Language.English).Best, Is.EqualTo("in-kind or cash contributions"));
    }
}
