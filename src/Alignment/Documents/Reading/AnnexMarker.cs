using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// A line that opens an annex: <c>Annex</c>, <c>Annex II</c>, <c>附件</c>, <c>附件二</c>, perhaps with the annex's title
/// after it (<c>Annex II. List of documents</c>, <c>附件二　文件清单</c>).
/// </summary>
internal static partial class AnnexMarker
{
    /// <summary>The section name for the path (<c>annex</c>, <c>annex II</c>), numbered the same way in every language.</summary>
    public static bool TryParse(string line, out string section)
    {
        section = string.Empty;
        if (Marker().Match(line) is not { Success: true } marker || !TitleFits(marker))
        {
            return false;
        }

        var numeral = marker.Groups["n"].Value;
        section = numeral.Length == 0 ? "annex"
            : Numerals.TryParseChinese(numeral, out var chinese) ? $"annex {Numerals.ToRoman(chinese)}"
            : $"annex {numeral}";
        return true;
    }

    /// <summary>Whether the annex marker starting <paramref name="text"/> has the annex's title after it on its line.</summary>
    public static bool HasTitle(ReadOnlySpan<char> text) =>
        Marker().Match(text.ToString()) is { Success: true } marker && TitleFits(marker) && marker.Groups["t"].Success;

    /// <summary>
    /// A title is heading-shaped and set off from the marker by a full stop, colon or dash, or starts with a capital or
    /// Han character: <c>Annex I to the letter dated …</c> goes on with running text and opens no annex.
    /// </summary>
    private static bool TitleFits(Match marker)
    {
        if (!marker.Groups["t"].Success)
        {
            return true;
        }

        var title = marker.Groups["t"].Value;
        return marker.Groups["n"].Success && TextShape.IsHeadingLike(title)
            && (marker.Groups["s"].Success || char.IsUpper(title[0]) || Chars.IsCjk(title[0]));
    }

    [GeneratedRegex(@"^(?:Annex|ANNEX|附件) ?(?<n>[IVXLC]+|[0-9]{1,2}|[一二三四五六七八九十]+)?(?:(?<s>[.:：]| [-–—])?\s+(?<t>\S.*))?$")]
    private static partial Regex Marker();
}
