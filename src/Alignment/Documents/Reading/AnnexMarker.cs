using System.Buffers;
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

    /// <summary>
    /// Whether <paramref name="block"/> is a Chinese annex's heading, which names the annex last (<c>…秘书长给经济及社会理事会主席的信的附件一</c>,
    /// where English writes <c>Annex I to the letter dated …</c>): it ends with the annex and its number, and holds no
    /// clause or sentence mark, as running text that cites an annex does (<c>（见附件一和附件二）</c>). What follows is
    /// the annex's title or text, not more of the heading. Only what follows the block's last sentence counts: a heading
    /// set under a full line that ends a sentence reads as that paragraph's next line.
    /// </summary>
    public static bool EndsChineseHeading(ReadOnlySpan<char> block)
    {
        var heading = block[(block.LastIndexOfAny('。', '！', '？') + 1)..].Trim();
        return heading.IndexOfAny(Marks) < 0 && ChineseHeading().IsMatch(heading);
    }

    private static readonly SearchValues<char> Marks = SearchValues.Create("，、；：（(");

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}的附件(?:[一二三四五六七八九十]+|[0-9]{1,2}|[IVX]+)?$")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"^(?:Annex|ANNEX|附件) ?(?<n>[IVXLC]+|[0-9]{1,2}|[一二三四五六七八九十]+)?(?:(?<s>[.:：]| [-–—])?\s+(?<t>\S.*))?$")]
    private static partial Regex Marker();
}
