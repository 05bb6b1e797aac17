using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>A line that opens an annex: <c>Annex</c>, <c>Annex II</c>, <c>附件</c>, <c>附件二</c>.</summary>
internal static partial class AnnexMarker
{
    /// <summary>The section name for the path (<c>annex</c>, <c>annex II</c>), numbered the same way in every language.</summary>
    public static bool TryParse(string line, out string section)
    {
        section = string.Empty;
        if (Marker().Match(line) is not { Success: true } marker)
        {
            return false;
        }

        var numeral = marker.Groups["n"].Value;
        section = numeral.Length == 0 ? "annex"
            : Numerals.TryParseChinese(numeral, out var chinese) ? $"annex {Numerals.ToRoman(chinese)}"
            : $"annex {numeral}";
        return true;
    }

    [GeneratedRegex(@"^(?:Annex|ANNEX|附件) ?(?<n>[IVXLC]+|[0-9]{1,2}|[一二三四五六七八九十]+)?$")]
    private static partial Regex Marker();
}
