namespace Alignment.Memory.Tests;

public class MatchScoreTests
{
    [TestCase(101, MatchBand.Context)]
    [TestCase(100, MatchBand.Exact)]
    [TestCase(99, MatchBand.Fuzzy95To99)]
    [TestCase(95, MatchBand.Fuzzy95To99)]
    [TestCase(94, MatchBand.Fuzzy85To94)]
    [TestCase(85, MatchBand.Fuzzy85To94)]
    [TestCase(84, MatchBand.Fuzzy75To84)]
    [TestCase(75, MatchBand.Fuzzy75To84)]
    [TestCase(74, MatchBand.Fuzzy50To74)]
    [TestCase(50, MatchBand.Fuzzy50To74)]
    [TestCase(49, MatchBand.NoMatch)]
    [TestCase(0, MatchBand.NoMatch)]
    public void Score_falls_in_the_CAT_band(int value, MatchBand band) =>
        Assert.That(new MatchScore(value).Band, Is.EqualTo(band));

    [TestCase(-1)]
    [TestCase(102)]
    public void Score_outside_0_to_101_is_refused(int value) =>
        Assert.That(() => new MatchScore(value), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Score_reads_as_a_percentage() =>
        Assert.That(new MatchScore(87).ToString(), Is.EqualTo("87%"));
}
