using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English name's capitalised words belong together: an equivalent that stops at a capitalised word before a
/// preposition that joins it to another capitalised word (Smuggling | of | Migrants) stops inside the name, and the whole
/// comes first.
/// </summary>
public class NameCutInsideTests
{
    [Test]
    public void An_equivalent_does_not_stop_before_a_preposition_that_joins_a_names_words() =>
        Assert.That(
            Units.TermInOnePair(
                "该国尚未批准关于偷运移民的议定书。",
                "The State has not yet ratified the Protocol against the Smuggling of Migrants.",
                "偷运移民",
                Language.Chinese).Best,
            Is.EqualTo("Smuggling of Migrants"));
}
