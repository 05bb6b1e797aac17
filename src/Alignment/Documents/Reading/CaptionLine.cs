using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// A line that opens with the label of a caption or a step and goes on with its title: a capitalised word and a number
/// closed by a full stop or colon (<c>Figure 3. Share of women</c>, <c>Table 2: Contributions</c>, <c>Step 2. Sign in</c>,
/// <c>Lesson 4. Log on</c>), or a Chinese caption word and a number (<c>图3. …</c>, <c>表2. …</c>, <c>步骤 2. 登录</c>).
/// Such a title stands on a line of its own over what it names (a figure, a table, a step's instructions).
/// </summary>
internal static partial class CaptionLine
{
    /// <summary>Whether <paramref name="line"/> opens with a caption's or a step's label and a title after it.</summary>
    public static bool Opens(string line) => Latin().IsMatch(line) || Chinese().IsMatch(line);

    // A word of a few letters, a number (2, 2.1, IV, A) and its full stop or colon, then a title that starts as a title does.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}{1,11} (?:\d{1,3}(?:[.\-]\d{1,3})?|[IVXLC]{1,6}|[A-Z])[.:] +[\p{Lu}\d""“‘(]", RegexOptions.CultureInvariant)]
    private static partial Regex Latin();

    // pdftotext sets a space between the Han word and the number (步骤 2.), and between a year and its Han word
    // (表 1. 2024 年春季…): a title may open with figures that a Han character follows.
    [GeneratedRegex(@"^(?:图|表|框|专栏|插文|步骤|示例|地图) ?(?:\d{1,3}(?:[.\-]\d{1,3})?|[A-Z])[.．:：] *(?:[^\s\d]|\d+ ?\p{IsCJKUnifiedIdeographs})", RegexOptions.CultureInvariant)]
    private static partial Regex Chinese();
}
