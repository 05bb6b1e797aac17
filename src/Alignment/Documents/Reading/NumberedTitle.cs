using System.Text.RegularExpressions;
using Alignment.Writing;

namespace Alignment.Documents.Reading;

/// <summary>
/// A line that names a numbered text and holds nothing else: a capitalised word and its number (<c>Conclusion 1</c>,
/// <c>Guideline 4 bis</c>, <c>Annex II</c>, <c>Decision 7/COP.17</c>, <c>Decision 2026/8</c>), as reports set the number of
/// a draft conclusion, a guideline or a decision on a line of its own above the text's title. A sentence that names one
/// goes on in the same line or the next (<c>Conclusion 1 provides</c>, <c>… of</c> / <c>Decision 7/COP.17</c> / <c>and …</c>).
/// </summary>
internal static partial class NumberedTitle
{
    /// <summary>Whether <paramref name="line"/> is such a name and number alone.</summary>
    public static bool Is(string line) => Latin().IsMatch(line);

    // A word of a few letters, not a month's name (a date's end, October 2026 or May 12, wraps so), then a number of up to
    // three digits, a Roman numeral, or a decision's number with its year or session (2026/8, 7/COP.17, 12/CP.3),
    // perhaps inserted (bis, ter).
    [GeneratedRegex(@"^(?!(?:" + EnglishMonths.Alternation + @") )\p{Lu}\p{Ll}{2,13} (?:[0-9]{1,3}(?: (?:bis|ter|quater))?|[IVXLC]{1,6}|[0-9]{1,4}/(?:[0-9]{1,3}|[A-Z][A-Za-z]*\.[0-9]{1,3}))\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Latin();
}
