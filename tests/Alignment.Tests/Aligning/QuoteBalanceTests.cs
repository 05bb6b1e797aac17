using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>Where a run of sentences stands in quoted speech, which a bead's two sides must agree on.</summary>
public sealed class QuoteBalanceTests
{
    [Test]
    public void A_sentence_that_opens_a_quotation_it_does_not_close_ends_inside_it()
    {
        Assert.That(QuoteBalance.Of("“Sure, the Pearl River."), Is.EqualTo(new QuoteBalance(Closes: 0, Opens: 1, Unknown: false)));
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
}
