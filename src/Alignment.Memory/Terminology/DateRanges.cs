using System.Text.RegularExpressions;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Finds the ranges of dates a text writes as one period (2026年9月18日至20日, 18 to 20 September 2026; 2026年5月至8月,
/// May to August 2026; 2027年5月至6月, May–June 2027): the second date leaves out what it shares with the first
/// (the year and the month in Chinese, the month and the year before it in English), so neither end is a date alone,
/// and a candidate that stops at the first end or starts at the second cuts the period in two. Stateless and
/// thread-safe.
/// </summary>
internal static partial class DateRanges
{
    /// <summary>
    /// Whether <paramref name="text"/> holds what joins the two ends of a range (至; to, and or a dash): a quick test
    /// that a text without it holds no range.
    /// </summary>
    public static bool MayJoin(ReadOnlySpan<char> text, bool chinese) =>
        chinese ? text.Contains('至') : text.IndexOfAny('–', '-') >= 0 || text.Contains(" to ", StringComparison.Ordinal) || text.Contains(" and ", StringComparison.Ordinal);

    /// <summary>The character spans (start, end) of the ranges of dates in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Start, int End)> In(string text, bool chinese)
    {
        if (!MayJoin(text, chinese))
        {
            yield break;
        }

        foreach (Match match in (chinese ? ChineseRange() : EnglishRange()).Matches(text))
        {
            yield return (match.Index, match.Index + match.Length);
        }
    }

    // A day or a month with what it shares before it, 至 ("to"), and the other end with its own unit: 9月18日至20日,
    // 2026年5月至8月, 6月至9月. Years alone (2026年至2030年) are left out: English writes them as one number range.
    [GeneratedRegex(@"(?<![\d.,])(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[月日]至(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[月日]")]
    private static partial Regex ChineseRange();

    // Two days before their month (18 to 20 September, 9–12 June), two months (May to August, May–June) or two days
    // with their months (28 May to 3 June), with the year after them where it is written.
    [GeneratedRegex(@"(?<![\w.,])(?:\d{1,2}(?: (?:to|and) |[–-])\d{1,2} " + Month + "|" + Month + "(?: to |[–-])" + Month + @"|\d{1,2} " + Month + @" (?:to|and) \d{1,2} " + Month + @")(?: \d{4})?(?![\w–-])")]
    private static partial Regex EnglishRange();

    private const string Month = "(?:" + EnglishMonths.Alternation + ")";
}
