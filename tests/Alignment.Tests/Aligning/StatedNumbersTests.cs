using Alignment.Aligning;

namespace Alignment.Tests.Aligning;

/// <summary>The numbers a sentence states, as the QA report compares them across a bead.</summary>
public sealed class StatedNumbersTests
{
    [TestCase(21, "The twenty-first session was held in Vienna.")]
    [TestCase(40, "The fortieth session was held in Vienna.")]
    public void A_number_in_digits_is_stated_by_its_English_ordinal_in_words(int value, string english)
    {
        var chinese = StatedNumbers.Of($"第{value}届会议在维也纳举行。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of(english, chinese: false)), Is.Zero);
    }

    [TestCase(300, "some three hundred households")]
    [TestCase(2500, "two thousand five hundred households")]
    public void A_number_in_digits_is_stated_by_a_count_of_hundreds_in_words(int value, string english)
    {
        var chinese = StatedNumbers.Of($"对岸有{value}户人家。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of($"On the far side live {english}.", chinese: false)), Is.Zero);
    }

    [Test]
    public void A_number_the_other_side_does_not_state_is_missing()
    {
        var chinese = StatedNumbers.Of("第22届会议在维也纳举行。", chinese: true);

        Assert.That(chinese.MissingFrom(StatedNumbers.Of("The twenty-first session was held in Vienna.", chinese: false)), Is.EqualTo(1));
    }
}
