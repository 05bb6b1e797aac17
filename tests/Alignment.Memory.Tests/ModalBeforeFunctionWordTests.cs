using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A modal prefix written before a grammatical character (应 | 以, "shall by") is a verb of the sentence, not the first
/// character of a word the segmenter cut (应 | 计): no candidate starts with it.
/// </summary>
public class ModalBeforeFunctionWordTests
{
    [Test]
    public void No_candidate_starts_with_a_modal_before_a_grammatical_character() =>
        Assert.That(Units.TermInOnePair("理事会应以协商一致作出决定。", "The Council shall take its decisions by consensus.", "consensus", Language.English).Best, Is.EqualTo("协商一致"));
}
