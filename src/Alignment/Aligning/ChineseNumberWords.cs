using System.Globalization;

namespace Alignment.Aligning;

/// <summary>
/// Numbers written in Chinese words in running text (<c>四十六天</c>, <c>一百二十米</c>, <c>一万二千名</c>,
/// <c>八百六十万元</c>, <c>十二月</c>), read as the invariant tokens the English figures and number words of a
/// translation give. A run of numeral characters is read only where it can only be a number: a lone digit character
/// is far more often part of a word (<c>一个</c>, <c>一些</c>, <c>两国</c>), a run that starts with a magnitude is a
/// word (<c>千万</c> "by all means", <c>万一</c> "in case"), and two digits side by side are a range
/// (<c>四五千</c>, <c>两三天</c>) or a set phrase, not one number.
/// </summary>
internal static class ChineseNumberWords
{
    /// <summary>Every character a number in Chinese words is written with.</summary>
    public const string Characters = "〇零一二三四五六七八九十百千万亿两";

    /// <summary>
    /// The token of the run of numeral characters <paramref name="run"/> that starts at <paramref name="index"/> of
    /// <paramref name="text"/>: <c>m:12</c> for a month's name, <c>n:46</c> for a number; null when the run is not a
    /// number. A number of a million or more is given in millions or billions (<c>n:8.6</c> for 八百六十万), as
    /// English writes it (<c>8.6 million</c>).
    /// </summary>
    public static string? Token(ReadOnlySpan<char> run, string text, int index)
    {
        var before = index > 0 ? text[index - 1] : '\0';
        var after = index + run.Length < text.Length ? text[index + run.Length] : '\0';

        // 几十万, 数百: "several", not the number the run spells.
        if (before is '几' or '数')
        {
            return null;
        }

        if (Year(run, text, index) is { } year)
        {
            return "n:" + year.ToString(CultureInfo.InvariantCulture);
        }

        if (!TryValue(run, out var value))
        {
            return null;
        }

        // 六十多万, 十余亿: "more than" stands between the count and its magnitude, and English writes the amount
        // (more than 600,000).
        if (after is '多' or '余' && Magnitudes.After(text, index + run.Length, chinese: true, currency: false, out _) is var scale and > 1)
        {
            return "n:" + Magnitudes.Written(value * scale);
        }

        // 三月, 十二月: a month's name (三个月, three months, never joins the run).
        if (after == '月' && value is >= 1 and <= 12 && run[0] != '两')
        {
            return "m:" + value.ToString(CultureInfo.InvariantCulture);
        }

        if (run.Length == 1)
        {
            return LoneDigit(value, text, index, before, after);
        }

        return "n:" + Written(value);
    }

    /// <summary>
    /// The year that the run of numeral characters <paramref name="run"/> at <paramref name="index"/> of
    /// <paramref name="text"/> writes digit by digit (二〇二六年, 一九九八年); null when it is not one: four digit
    /// characters with no unit among them, and 年 right after.
    /// </summary>
    public static int? Year(ReadOnlySpan<char> run, string text, int index)
    {
        var end = index + run.Length;
        return run.Length == 4 && end < text.Length && text[end] == '年' && IsDigitByDigit(run) ? DigitByDigit(run) : null;
    }

    /// <summary>
    /// A lone digit character is a number only where a word cannot hold it: as a day of a month (十二月三日), a
    /// percentage (百分之十), tenths (四成, forty per cent), or a count before a measure word or a unit of time
    /// (三年, 两周, 六个村, 两个多小时). One is never read so: 一 starts far more words (一些, 一起, 一样, 一成不变)
    /// than it counts, and English writes it as "a" or the pronoun-like "one", which are not read either.
    /// </summary>
    private static string? LoneDigit(long value, string text, int index, char before, char after)
    {
        if ((before == '月' && after is '日' or '号') || text.AsSpan(0, index).EndsWith("百分之"))
        {
            return "n:" + Written(value);
        }

        if (value < 2)
        {
            return null;
        }

        if (after == '成')
        {
            return value < 10 ? "n:" + Written(value * 10) : null;
        }

        var rest = text.AsSpan(index + 1);
        return CountedUnits.Contains(after) || rest.StartsWith("小时") || rest.StartsWith("分钟") || rest.StartsWith("星期") || rest.StartsWith("公里") || rest.StartsWith("公斤")
            ? "n:" + Written(value)
            : null;
    }

    /// <summary>
    /// Measure words and units of time that a lone digit before them counts (三年, 两周, 六个村, 五名工人); not 分,
    /// which after 十 is "very" (十分), nor the nouns a digit starts set words with (两国, 两岸, 三角).
    /// </summary>
    private const string CountedUnits = "年天日周个岁次倍名位人户家只条座辆棵本份项层种所间张块米斤吨元届点号";

    /// <summary>
    /// The value of a numeral written with units (<c>一百零五</c>, <c>一万二千</c>, <c>两千五</c>), or false when the run
    /// is not one well-formed number: two digits side by side, units out of order, a magnitude with nothing before it.
    /// </summary>
    internal static bool TryValue(ReadOnlySpan<char> run, out long value)
    {
        value = 0;
        long yi = 0, wan = 0, section = 0;
        int digit = -1, ceiling = 10_000, lastUnit = 1;
        for (var k = 0; k < run.Length; k++)
        {
            var c = run[k];
            var d = ChineseNumeral.Digit(c);
            if (d >= 0)
            {
                // 零 only stands for the units skipped between two others (一百零五).
                if (digit > 0 || (digit == 0 && d == 0))
                {
                    return false;
                }

                digit = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                // Units fall within a section. A bare 十 stands for 一十 (十五 is 15, 一千零十 1,010); any other unit needs its digit.
                if (unit >= ceiling || (digit == 0 && unit != 10) || (digit < 0 && (unit != 10 || k > 0)))
                {
                    return false;
                }

                section += (digit <= 0 ? 1 : digit) * unit;
                (digit, ceiling, lastUnit) = (-1, unit, unit);
                continue;
            }

            // 万 and 亿 close a section: 亿 at most once, 万 at most once after it.
            section += Math.Max(digit, 0);
            if (section == 0 || wan > 0 || (c == '亿' && yi > 0))
            {
                return false;
            }

            if (c == '万')
            {
                (wan, lastUnit) = (section, 10_000);
            }
            else
            {
                (yi, lastUnit) = (section, 100_000_000);
            }

            (section, digit, ceiling) = (0, -1, 10_000);
        }

        // A digit right after a unit counts in the next unit down: 两千五 is 2,500, 一万二 12,000, 二十五 25.
        var last = digit < 0 ? 0L : run.Length > 1 && ChineseNumeral.Digit(run[^2]) < 0 ? (long)digit * lastUnit / 10 : digit;
        value = (yi * 100_000_000) + (wan * 10_000) + section + last;
        return value > 0;
    }

    /// <summary>
    /// Reads a number in words with a decimal part after 点 (<c>十二点五</c>, <c>一点二亿</c>) where it can only be an
    /// amount: after 百分之, or before 万, 亿 or 倍. Elsewhere 点 is an hour (三点五分) or a word (一点一滴).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the run of numeral characters before 点 starts.</param>
    /// <param name="length">The run's length.</param>
    /// <param name="value">The number, without the magnitude after it.</param>
    /// <param name="end">Where its last digit ends.</param>
    internal static bool TryDecimal(string text, int index, int length, out decimal value, out int end)
    {
        (value, end) = (0m, index + length);
        var point = index + length;
        if (point + 1 >= text.Length || text[point] != '点' || (index > 0 && text[index - 1] is '几' or '数'))
        {
            return false;
        }

        var fraction = 0m;
        var place = 0.1m;
        var at = point + 1;
        for (; at < text.Length && ChineseNumeral.Digit(text[at]) >= 0 && text[at] != '两'; at++, place /= 10)
        {
            fraction += ChineseNumeral.Digit(text[at]) * place;
        }

        var run = text.AsSpan(index, length);
        long whole = 0;
        var amount = text.AsSpan(0, index).EndsWith("百分之") || (at < text.Length && text[at] is '万' or '亿' or '倍');
        if (at == point + 1 || !amount || !(run is "零" or "〇" || TryValue(run, out whole)))
        {
            return false;
        }

        (value, end) = (whole + fraction, at);
        return true;
    }

    private static string Written(long value) => Magnitudes.Written(value);

    private static bool IsDigitByDigit(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
        {
            if (ChineseNumeral.Digit(c) < 0 || c == '两')
            {
                return false;
            }
        }

        return true;
    }

    private static int DigitByDigit(ReadOnlySpan<char> run)
    {
        var value = 0;
        foreach (var c in run)
        {
            value = (value * 10) + ChineseNumeral.Digit(c);
        }

        return value;
    }
}
