using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Recognises the labels a line can start with and normalises them into anchors that are the same in every
/// language: <c>12.</c>, <c>II.</c>/<c>二.</c>, <c>A.</c>, <c>(a)</c>/<c>- (a)</c>/<c>（a）</c>, <c>(1)</c>/<c>（一）</c>,
/// <c>Article 3.</c>/<c>第三条</c>, footnote markers <c>¹</c> and <c>1/</c>; a number inserted after another
/// (<c>3 bis.</c>/<c>3之二.</c>, <c>Article 3 bis</c>/<c>第三条之二</c>) anchors with the Latin suffix (<c>3 bis</c>).
/// </summary>
internal static partial class LabelParser
{
    /// <summary>
    /// The labels the cleaned line may start with, most likely reading first: <c>I.</c> can be Roman one or the letter I.
    /// Section labels (<c>II.</c>, <c>二.</c>, <c>A.</c>) are only offered on heading-shaped lines.
    /// </summary>
    public static IReadOnlyList<LabelCandidate> Parse(string line)
    {
        if (line.Length == 0)
        {
            return [];
        }

        if (Footnote().Match(line) is { Success: true } footnote)
        {
            var marker = footnote.Groups["w"].Value;
            var anchor = new string([.. marker.Select(Chars.PlainDigit)]);
            return [new LabelCandidate(LabelStyle.Footnote, marker, anchor, int.Parse(anchor, CultureInfo.InvariantCulture), TextAfter(line, footnote))];
        }

        if (SlashFootnote().Match(line) is { Success: true } slash)
        {
            var number = int.Parse(slash.Groups["n"].Value, CultureInfo.InvariantCulture);
            return [new LabelCandidate(LabelStyle.Footnote, slash.Groups["w"].Value, number.ToString(CultureInfo.InvariantCulture), number, TextAfter(line, slash))];
        }

        if (Article().Match(line) is { Success: true } article && TryNumber(article.Groups["n"].Value, out var articleNumber))
        {
            var inserted = InsertedNumber.Parse(article.Groups["s"].Value);
            var anchor = $"article {articleNumber}{InsertedNumber.AnchorSuffix(inserted)}";
            return [new LabelCandidate(LabelStyle.Article, article.Groups["w"].Value, anchor, articleNumber, TextAfter(line, article)) { Inserted = inserted }];
        }

        if (Parenthesized().Match(line) is { Success: true } parenthesized)
        {
            var inner = parenthesized.Groups["n"].Value;
            var written = parenthesized.Groups["w"].Value;
            if (inner.Length == 1 && inner[0] is >= 'a' and <= 'z')
            {
                return [new LabelCandidate(LabelStyle.LowerLetter, written, $"({inner})", inner[0] - 'a' + 1, TextAfter(line, parenthesized))];
            }

            return TryNumber(inner, out var number)
                ? [new LabelCandidate(LabelStyle.ParenthesizedNumber, written, $"({number})", number, TextAfter(line, parenthesized))]
                : [];
        }

        if (Arabic().Match(line) is { Success: true } arabic)
        {
            var number = int.Parse(arabic.Groups["n"].Value, CultureInfo.InvariantCulture);
            var inserted = InsertedNumber.Parse(arabic.Groups["s"].Value);
            var anchor = number.ToString(CultureInfo.InvariantCulture) + InsertedNumber.AnchorSuffix(inserted);
            return [new LabelCandidate(LabelStyle.Arabic, arabic.Groups["w"].Value, anchor, number, TextAfter(line, arabic)) { Inserted = inserted }];
        }

        return SectionLabels(line);
    }

    private static List<LabelCandidate> SectionLabels(string line)
    {
        var candidates = new List<LabelCandidate>();
        if (Section().Match(line) is not { Success: true } section)
        {
            return candidates;
        }

        var numeral = section.Groups["n"].Value;
        var written = section.Groups["w"].Value;
        var start = TextAfter(line, section);
        var rest = line[start..];
        var headingShaped = TextShape.IsHeadingLike(rest);
        if (!headingShaped && rest.Length > 0)
        {
            return candidates;
        }

        var dotted = written.EndsWith('.');
        if (dotted && Numerals.TryParseRoman(numeral, out var roman))
        {
            candidates.Add(new LabelCandidate(LabelStyle.Roman, written, numeral, roman, start));
        }

        if (dotted && numeral.Length == 1 && numeral[0] is >= 'A' and <= 'Z' && (headingShaped || rest.Length == 0))
        {
            candidates.Add(new LabelCandidate(LabelStyle.UpperLetter, written, numeral, numeral[0] - 'A' + 1, start));
        }

        if (Numerals.TryParseChinese(numeral, out var chinese))
        {
            candidates.Add(new LabelCandidate(LabelStyle.ChineseNumeral, written, Numerals.ToRoman(chinese), chinese, start));
        }

        return candidates;
    }

    private static bool TryNumber(string text, out int number) =>
        int.TryParse(text, out number) || Numerals.TryParseChinese(text, out number);

    private static int TextAfter(string line, Match label)
    {
        var i = label.Index + label.Length;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    // Digits are ASCII only: \d would also match full-width and other scripts' digits (１２．, ٣), which int.Parse rejects.
    // A footnote marker has at most three digits; a longer run would not fit an int, nor any document's footnotes.
    [GeneratedRegex(@"^(?<w>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=\s*[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])")]
    private static partial Regex Footnote();

    /// <summary>A footnote numbered as UN financial statements and tables number theirs: <c>1/ Includes real estate.</c></summary>
    [GeneratedRegex(@"^(?<w>(?<n>[0-9]{1,2})/)(?=\s+\S)")]
    private static partial Regex SlashFootnote();

    // An English article heading may end its number with a full stop (Article 3. Definitions), as 第三条 ends with 条.
    [GeneratedRegex(@"^(?<w>(?:Article|ARTICLE) (?<n>[0-9]{1,3})(?: ?(?<s>" + InsertedNumber.EnglishPattern + @"))?\.?|第 ?(?<n>[0-9]{1,3}|[一二三四五六七八九十]+) ?条(?<s>" + InsertedNumber.ChinesePattern + @")?)(?=\s|$|\p{IsCJKUnifiedIdeographs}|[（：，])")]
    private static partial Regex Article();

    [GeneratedRegex(@"^(?<w>(?:[-–—•·] ?)?[(（](?<n>[a-z]|[0-9]{1,2}|[一二三四五六七八九十]+)[)）])")]
    private static partial Regex Parenthesized();

    [GeneratedRegex(@"^(?<w>(?<n>[0-9]{1,4})(?: ?(?<s>" + InsertedNumber.EnglishPattern + @")|(?<s>" + InsertedNumber.ChinesePattern + @"))?(?:\.(?![0-9.])|[、．]))")]
    private static partial Regex Arabic();

    [GeneratedRegex(@"^(?<w>(?<n>[IVXLC]+|[A-Z]|[一二三四五六七八九十]+)(?:\.(?=\s|$)|[、．]))")]
    private static partial Regex Section();
}
