using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A term seen once whose English equivalent stands beside the translation of the word after the term: the equivalent
/// stops before the word that a link ties to that neighbour, though the name alone is found elsewhere in other words.
/// </summary>
public class NeighbourRunOnTests
{
    [Test]
    public void An_English_equivalent_stops_before_the_translation_of_the_word_beside_the_term()
    {
        using var memory = Units.Memory(
        [
            Units.Pair("秘书长启动了“书香满城”倡议。", "The Secretary-General launched the Reading City initiative."),
            Units.Pair("各国支持这项倡议。", "States supported the initiative."),
            Units.Pair("阅读城市计划扩大到了农村。", "The Reading City programme was extended to rural areas."),
            Units.Pair("许多图书馆加入了阅读城市网络。", "Many libraries joined the Reading City network."),
            Units.Pair("秘书长发表了讲话。", "The Secretary-General made a statement."),
        ]);

        var found = memory.LookupTerm("书香满城", Language.Chinese, Language.English);

        Assert.That(found.Best, Is.EqualTo("Reading City"), string.Join(", ", found.Candidates.Select(c => $"{c.Text} {c.Score:F2}")));
    }
}
