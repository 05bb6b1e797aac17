namespace Alignment.Aligning;

/// <summary>Reads Chinese numerals (二十六, 一百零五, 两千) as integers.</summary>
internal static class ChineseNumeral
{
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        int section = 0, digit = -1;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return false;
            }

            // A bare 十 at the start means 10 (十一 = 11), not 0 × 10.
            section += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        value = section + Math.Max(digit, 0);
        return text.Length > 0;
    }

    /// <summary>The value of a Chinese digit character (〇 or 零 to 九, 两 for two); -1 for anything else.</summary>
    public static int Digit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
