using System.Text.RegularExpressions;
using Alignment.Writing;

namespace Alignment.Documents.Reading;

/// <summary>
/// A front-matter line that is not running text: a date (<c>19 April 2021</c>, <c>2021年4月19日</c>),
/// <c>Original: English</c>, <c>Distr.: General</c>, a bare language name (<c>Chinese</c>, <c>中文</c>).
/// </summary>
internal static partial class MetadataLine
{
    public static bool IsMatch(string line) => Pattern().IsMatch(line);

    /// <summary>
    /// Whether <paramref name="line"/> ends in a month's name and <paramref name="next"/> is the year alone (<c>357th
    /// Session, Geneva, November</c> / <c>2026</c>): a date that its cell's or title's measure cut before the year.
    /// </summary>
    public static bool CutBeforeYear(string line, string next) => MonthAtEnd().IsMatch(line) && YearAlone().IsMatch(next);

    /// <summary>
    /// Whether <paramref name="line"/> names a masthead's session or agenda item (<c>147th Session</c>, <c>Eighty-first
    /// session</c>, <c>Second regular session 2026</c>, <c>Agenda item 20 (b)</c>, <c>Item 4 of the provisional
    /// agenda</c>): a cell of its own in the masthead's table, whatever stands beside it.
    /// </summary>
    public static bool OpensSessionOrItem(string line) => SessionOrItem().IsMatch(line);

    [GeneratedRegex(@"^(?:(?:[0-9]{1,3}|[A-Z][a-z]+(?:-[a-z]+)?)(?:st|nd|rd|th)(?: (?:regular|special|annual|resumed|plenary|emergency special))? [Ss]ession\b|(?:Agenda item|Item) [0-9]{1,3}\b)")]
    private static partial Regex SessionOrItem();

    [GeneratedRegex(@"(?:^|\s)(?:" + EnglishMonths.Alternation + @")\s*$")]
    private static partial Regex MonthAtEnd();

    [GeneratedRegex(@"^\s*(?:19|20)[0-9]{2}[.,;)]?\s*$")]
    private static partial Regex YearAlone();

    [GeneratedRegex(
        @"^(?:\d{1,2} (?:" + EnglishMonths.Alternation + @") \d{4}" +
        @"|(?:" + EnglishMonths.Alternation + @") \d{1,2}, \d{4}" +
        @"|\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日" +
        @"|(?:Original|Distr\.?|Language|Languages)(?: ?: ?| )[\p{L} ,/]+" +
        @"|(?:原文|分发|语文)[：:] ?\S+" +
        @"|Arabic|Chinese|English|French|Russian|Spanish|General|Limited|Restricted" +
        @"|阿拉伯文|中文|英文|法文|俄文|西班牙文|普遍分发|限制分发)$")]
    private static partial Regex Pattern();
}
