namespace Alignment.Documents.Reading;

/// <summary>
/// Roman, Chinese and spelled-out numerals, as used in section labels (<c>IV.</c>, <c>四.</c>, <c>附件二</c>,
/// <c>(iv)</c>, <c>㈣</c>, <c>Part Two</c>).
/// </summary>
internal static class Numerals
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>The first of the parenthesized ideographs ㈠ to ㈩ (U+3220 to U+3229), one to ten.</summary>
    private const char ParenthesizedOne = '\u3220';

    private static readonly string[] EnglishWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly (int Value, string Symbol)[] RomanParts =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string ToRoman(int value)
    {
        var roman = new System.Text.StringBuilder();
        foreach (var (part, symbol) in RomanParts)
        {
            for (; value >= part; value -= part)
            {
                roman.Append(symbol);
            }
        }

        return roman.ToString();
    }

    /// <summary>Writes 1 to 99 in Chinese numerals (一, 十, 十一, 二十三); other values in digits.</summary>
    public static string ToChinese(int value) => value switch
    {
        >= 1 and <= 9 => ChineseDigits[value].ToString(),
        10 => "十",
        > 10 and < 20 => "十" + ChineseDigits[value % 10],
        >= 20 and <= 99 => ChineseDigits[value / 10] + "十" + (value % 10 == 0 ? string.Empty : ChineseDigits[value % 10].ToString()),
        _ => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Parses a Roman numeral written in canonical form (<c>IV</c>, not <c>IIII</c>).</summary>
    public static bool TryParseRoman(string text, out int value)
    {
        value = 0;
        var rest = text.AsSpan();
        foreach (var (part, symbol) in RomanParts)
        {
            while (rest.StartsWith(symbol, StringComparison.Ordinal))
            {
                value += part;
                rest = rest[symbol.Length..];
            }
        }

        return rest.IsEmpty && value > 0 && ToRoman(value) == text;
    }

    /// <summary>Parses a lower-case Roman numeral in canonical form (<c>iv</c>, not <c>iiii</c> nor <c>IV</c>).</summary>
    public static bool TryParseLowerRoman(string text, out int value)
    {
        value = 0;
        return text.All(char.IsAsciiLetterLower) && TryParseRoman(text.ToUpperInvariant(), out value);
    }

    /// <summary>Parses the parenthesized ideographs ㈠ to ㈩, as UN Chinese texts number the items English numbers (i) to (x).</summary>
    public static bool TryParseParenthesizedIdeograph(char c, out int value)
    {
        value = c - ParenthesizedOne + 1;
        return value is >= 1 and <= 10;
    }

    /// <summary>Parses a number spelled out in English from one to twenty, in any case (<c>Two</c>, <c>TWO</c>).</summary>
    public static bool TryParseEnglishWord(string text, out int value)
    {
        value = Array.FindIndex(EnglishWords, w => w.Equals(text, StringComparison.OrdinalIgnoreCase)) + 1;
        return value > 0;
    }

    /// <summary>Parses 一 to 九十九 (十, 十一, 二十, 二十三 …).</summary>
    public static bool TryParseChinese(string text, out int value)
    {
        value = 0;
        var ten = text.IndexOf('十');
        if (ten < 0)
        {
            return text.Length == 1 && TryDigit(text[0], out value) && value > 0;
        }

        if (ten != text.LastIndexOf('十') || ten > 1 || text.Length > ten + 2)
        {
            return false;
        }

        var tens = 1;
        if (ten == 1 && (!TryDigit(text[0], out tens) || tens < 2))
        {
            return false;
        }

        var units = 0;
        if (text.Length == ten + 2 && (!TryDigit(text[ten + 1], out units) || units == 0))
        {
            return false;
        }

        value = (tens * 10) + units;
        return true;
    }

    private static bool TryDigit(char c, out int digit)
    {
        digit = ChineseDigits.IndexOf(c);
        return digit >= 0;
    }
}
