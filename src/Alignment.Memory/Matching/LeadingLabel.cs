using System.Text.RegularExpressions;

namespace Alignment.Memory.Matching;

/// <summary>
/// Separates a leading list label (<c>12. </c>, <c>(a) </c>, <c>（一）</c>, <c>三、</c>, <c>II. </c>, <c>- (b) </c>) from
/// the text after it. CAT tools keep a paragraph's number inside its first segment while aligned units may not,
/// so lookup compares the texts without their labels and scores a label-only difference just below 100.
/// </summary>
internal static partial class LeadingLabel
{
    /// <summary>Splits <paramref name="text"/> into its leading label (empty when none) and the rest.</summary>
    public static (string Label, string Remainder) Split(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success || match.Length >= text.Trim().Length)
        {
            // A text that is nothing but a label is its own content.
            return (string.Empty, text);
        }

        return (match.Value.Trim(), text[match.Length..]);
    }

    // After the label comes whitespace or, in Chinese, the first character of the sentence (12.会员国……).
    [GeneratedRegex(
        @"^\s*(?:[-–•·]\s*)?(?:"
        + @"\d{1,3}[.．)）](?=\s|\p{IsCJKUnifiedIdeographs})"
        + @"|[(（](?:\d{1,3}|[a-zA-Zａ-ｚＡ-Ｚ]{1,2}|[ivxlcIVXLC]{1,6}|[一二三四五六七八九十]{1,3})[)）](?=\s|\p{IsCJKUnifiedIdeographs})"
        + @"|[一二三四五六七八九十百]{1,3}[.．、](?=\s|\p{IsCJKUnifiedIdeographs})"
        + @"|(?:[IVXLC]{1,6}|[A-Z])[.．](?=\s)"
        + @")\s*",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
