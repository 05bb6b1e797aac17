using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// An English noun phrase seen once whose first word the pair explains, and a Chinese verb right before its translation
/// that nothing in the English explains (提高 | 数据素养 beside "promote data literacy"): the verb governs the phrase and
/// is no word of its equivalent.
/// </summary>
public class GoverningWordBeforeTermTests
{
    [Test]
    public void An_unexplained_verb_in_front_is_left_out_of_a_noun_phrases_equivalent() =>
        Assert.That(Units.TermInOnePair(
            "请各机构提高数据素养，以便更好地使用证据。",
            "Requests agencies to promote data literacy in order to make better use of evidence.",
            "data literacy",
            Language.English).Best, Is.EqualTo("数据素养"));
}
