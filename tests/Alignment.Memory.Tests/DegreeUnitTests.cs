using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A number with a unit written with the degree sign (0.87°C, 0.87 °C) is one quantity on either side: the tokeniser
/// drops the sign and keeps the unit's letter as a word, and a lookup finds the number with its unit, not the number
/// run on into the word before it.
/// </summary>
public class DegreeUnitTests
{
    private const string Chinese = "2026年的年平均气温比基准期高0.87°C，为有记录以来第二高。";
    private const string English = "In 2026 the mean annual temperature was 0.87 °C above the reference period, the second highest on record.";

    [Test]
    public void A_temperature_finds_the_English_temperature_with_its_unit()
    {
        Assert.That(Units.TermInOnePair(Chinese, English, "0.87°C", Language.Chinese).Best, Is.EqualTo("0.87 °C"));
    }

    [Test]
    public void An_English_temperature_finds_the_Chinese_temperature_with_its_unit()
    {
        Assert.That(Units.TermInOnePair(Chinese, English, "0.87 °C", Language.English).Best, Is.EqualTo("0.87°C"));
    }
}
