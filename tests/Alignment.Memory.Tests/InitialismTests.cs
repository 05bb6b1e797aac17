using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>An initialism written with dots (U.S., U.K.) is one word of a term, as it is one word of the name.</summary>
public class InitialismTests
{
    private static readonly (string, string)[] Forecasts =
    [
        ("英国气象局定期与其他国家分享风暴数据。", "The U.K. Met Office regularly shares storm data with other countries."),
        ("风暴季节从十月开始。", "The storm season starts in October."),
        ("沿海城镇已经修建了防洪墙。", "Coastal towns have built flood walls."),
        ("预报员每天发布两次警报。", "Forecasters issue warnings twice a day."),
    ];

    [Test]
    public void A_name_that_starts_with_an_initialism_is_found_whole()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add([.. Forecasts.Select(p => Units.Pair(p.Item1, p.Item2))]);

        Assert.That(memory.LookupTerm("英国气象局", Language.Chinese, Language.English).Best, Is.EqualTo("U.K. Met Office"));
    }

    [Test]
    public void Abbreviations_in_lower_case_are_no_part_of_a_term()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add([Units.Pair("会议上午十点开始。", "The meeting starts at 10 a.m. sharp."), Units.Pair("会议下午结束。", "The meeting ends in the afternoon.")]);

        Assert.That(memory.LookupTerm("会议", Language.Chinese, Language.English).Candidates.Select(c => c.Text), Has.None.Contains("a.m"));
    }
}
