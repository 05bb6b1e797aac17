using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Turns of dialogue, which a story gives a paragraph each and presegmented input gives nothing to tell apart: a bead
/// may split a turn or join narration to it, but not pour two turns into one sentence or a turn into narration.
/// </summary>
public sealed class SpeechTurnsTests
{
    [TestCase("“能修吗？”", "Turn")]
    [TestCase("“Just ‘safe and well’.”", "Turn")]
    [TestCase("「有，珠江，大得很。」", "Turn")]
    [TestCase("他问：“要多久？”", "Mixed")]
    [TestCase("“Slow is good,” he said.", "Mixed")]
    [TestCase("“Leave it,” she said, “as it is.”", "Mixed")]
    [TestCase("“Sure, the Pearl River.", "Mixed")]
    [TestCase("He turned it over.", "Narration")]
    [TestCase("\"Can you fix it?\"", "Unknown")]
    public void A_sentence_is_a_turn_only_when_one_quotation_is_all_of_it(string sentence, string expected)
    {
        Assert.That(SpeechTurns.Of(sentence).ToString(), Is.EqualTo(expected));
    }

    [Test]
    public void Two_turns_are_not_one_quoted_sentence()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Turn, Speech.Turn], [Speech.Turn]), Is.True);
    }

    [Test]
    public void A_turn_is_not_narration()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Narration, Speech.Turn], [Speech.Narration]), Is.True);
    }

    [Test]
    public void A_turn_alone_does_not_take_narration_with_it()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Turn], [Speech.Turn, Speech.Narration]), Is.True);
    }

    [Test]
    public void A_turn_split_at_its_speech_tag_is_one_turn()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Turn], [Speech.Mixed, Speech.Turn]), Is.False);
    }

    [Test]
    public void Narration_with_a_quotation_may_become_narration_and_a_turn()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Mixed], [Speech.Narration, Speech.Turn]), Is.False);
    }

    [Test]
    public void Straight_quotes_say_nothing()
    {
        Assert.That(SpeechTurns.Mismatched([Speech.Turn, Speech.Unknown], [Speech.Turn]), Is.False);
    }

    [Test]
    public void A_turn_the_translation_leaves_out_is_left_unpaired_rather_than_poured_into_the_next()
    {
        string[] chinese =
        [
            "老人抬起头。", "“你找谁？”", "“找我哥哥。”", "“他叫什么名字？”", "“李明。”", "“嗯。”", "“他住在这里吗？”", "“以前住过。”", "“现在呢？”",
            "老人没有回答，只是摇了摇头。",
        ];
        string[] english =
        [
            "The old man looked up.", "“Who are you looking for?”", "“My brother.”", "“What is his name?”", "“Li Ming.”", "“Does he live here?”",
            "“He used to.”", "“And now?”", "The old man did not answer, only shook his head.",
        ];

        var beads = Aligner.Default.Align(chinese, english, Language.Chinese, Language.English).Beads.Select(EvaluatedBead.From).Select(b => b.Key);

        Assert.That(beads, Does.Contain(new EvaluatedBead([5], []).Key));
    }
}
