using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>Where a run of sentences stands in quoted speech, which a bead's two sides must agree on.</summary>
public sealed class QuoteBalanceTests
{
    [Test]
    public void A_sentence_that_opens_a_quotation_it_does_not_close_ends_inside_it()
    {
        var balance = QuoteBalance.Of("“Sure, the Pearl River.");

        Assert.That((balance.Closes, balance.Opens, balance.Unknown), Is.EqualTo((0, 1, false)));
    }

    [Test]
    public void The_sentences_of_one_quotation_together_stand_outside_it_at_both_ends()
    {
        var run = QuoteBalance.Of("“Sure, the Pearl River.").Then(QuoteBalance.Of("A big one.”"));

        Assert.That(run.Disagreements(QuoteBalance.Of("「有，珠江，大得很。」")), Is.Zero);
    }

    [Test]
    public void Half_a_quotation_disagrees_with_the_whole_of_it()
    {
        Assert.That(QuoteBalance.Of("A big one.”").Disagreements(QuoteBalance.Of("他顿了顿，「可那不是我的河。」")), Is.EqualTo(1));
    }

    [Test]
    public void Straight_quotes_say_nothing_about_where_a_quotation_opens()
    {
        Assert.That(QuoteBalance.Of("\"Sure, the Pearl River.").Disagreements(QuoteBalance.Of("「有，珠江，大得很。」")), Is.Zero);
    }

    [Test]
    public void A_quotation_with_a_sentence_mark_inside_is_speech() =>
        Assert.That(QuoteBalance.Of("“I mend nets.”").Speaks, Is.True);

    [Test]
    public void The_end_of_a_quotation_an_earlier_sentence_opened_is_speech() =>
        Assert.That(QuoteBalance.Of("A big one.” He laughed.").Speaks, Is.True);

    [Test]
    public void A_quoted_name_is_not_speech() =>
        Assert.That(QuoteBalance.Of("村里人叫它「黑河」。").Speaks, Is.False);

    [Test]
    public void Quoted_speech_on_one_side_only_disagrees() =>
        Assert.That(QuoteBalance.Of("“I mend nets.”").SpeechDisagrees(QuoteBalance.Of("天亮以前，船又开了。")), Is.True);

    [Test]
    public void Quoted_speech_on_both_sides_agrees() =>
        Assert.That(QuoteBalance.Of("“I mend nets.”").SpeechDisagrees(QuoteBalance.Of("「我补网。」")), Is.False);
}
