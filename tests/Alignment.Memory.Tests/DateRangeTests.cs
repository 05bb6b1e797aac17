using Alignment.Documents;

namespace Alignment.Memory.Tests;

/// <summary>
/// A period of dates whose second end leaves out what it shares with the first (2026年5月至8月, May to August 2026;
/// 2026年9月18日至20日, 18 to 20 September 2026) is one candidate on either side, and a date that a period ends is
/// found as a date, not cut before its day's unit.
/// </summary>
public class DateRangeTests
{
    [Test]
    public void A_period_of_months_finds_the_English_period()
    {
        var found = Units.TermInOnePair(
            "2026年5月至8月，一个持续的反气旋使中亚出现了长达六周的热浪。",
            "From May to August 2026, a persistent anticyclone brought a six-week heatwave to Central Asia.",
            "2026年5月至8月",
            Language.Chinese);

        Assert.That(found.Best, Is.EqualTo("May to August 2026"));
    }

    [Test]
    public void A_period_of_days_finds_the_Chinese_period()
    {
        var found = Units.TermInOnePair(
            "一个强台风于2026年9月18日至20日期间三次登陆，造成严重损失。",
            "A severe typhoon made landfall three times from 18 to 20 September 2026, causing severe losses.",
            "18 to 20 September 2026",
            Language.English);

        Assert.That(found.Best, Is.EqualTo("2026年9月18日至20日"));
    }

    [Test]
    public void A_date_finds_the_Chinese_date_with_the_unit_of_its_day()
    {
        var found = Units.TermInOnePair(
            "关切地注意到截至2025年12月31日有23项审计建议尚未执行。",
            "Notes with concern that as at 31 December 2025, 23 audit recommendations were outstanding.",
            "31 December 2025",
            Language.English);

        Assert.That(found.Best, Is.EqualTo("2025年12月31日"));
    }
}
