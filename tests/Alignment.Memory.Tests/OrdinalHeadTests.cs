using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A session or meeting named by its rank, seen once: the noun the ordinal counts translates the noun after it on the
/// other side (第二十届会议, twentieth session), though no gloss pairs them, so the equivalent ends there and not at
/// the verb that closes the Chinese clause (供…参考).
/// </summary>
public class OrdinalHeadTests
{
    [Test]
    public void A_ranked_session_finds_the_ordinal_and_its_noun_without_the_verb_after_them()
    {
        using var memory = Units.Memory(
        [
            Units.Pair("应编写一份报告，供缔约方大会第二十届会议参考。", "A report should be prepared as an input to the twentieth session of the Conference of the Parties."),
            Units.Pair("会议由主席主持。", "The meeting was chaired by the President."),
            Units.Pair("会议通过了议程。", "The meeting adopted the agenda."),
            Units.Pair("会议讨论了预算。", "The meeting discussed the budget."),
            Units.Pair("各国代表出席了会议。", "Representatives of States attended the meeting."),
        ]);

        var found = memory.LookupTerm("twentieth session", Language.English, Language.Chinese);

        Assert.That(found.Best, Is.EqualTo("第二十届会议"), string.Join(", ", found.Candidates.Select(c => $"{c.Text} {c.Score:F2}")));
    }
}
