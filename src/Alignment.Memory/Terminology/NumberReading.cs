using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Aligning;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Reads the quantities a text writes in words or in a form of its own language, so that the two sides of a pair can
/// be matched on what they say rather than how: shares (百分之四十五, 45 per cent, 45%), fractions (十分之一, one
/// tenth, a tenth), ordinals (第三十二, thirty-second, 32nd), months (3月, March) and approximate counts of two
/// neighbouring numbers (四五千, four or five thousand). Stateless and thread-safe.
/// </summary>
internal static partial class NumberReading
{
    /// <summary>What a quantity counts: quantities of different kinds never match, whatever their values.</summary>
    public enum Kind
    {
        /// <summary>A share of a whole, as a fraction of one (45 per cent = 0.45, one tenth = 0.1).</summary>
        Share,

        /// <summary>A rank (第三十二, thirty-second).</summary>
        Ordinal,

        /// <summary>A month of the year, from 1.</summary>
        Month,

        /// <summary>
        /// An approximate count between two neighbouring numbers (四五千, four or five thousand = 4,000 to 5,000):
        /// <see cref="Quantity.Value"/> the lower, <see cref="Quantity.Upper"/> the higher.
        /// </summary>
        Range,
    }

    /// <summary>A quantity found in a text: where it stands (characters from <c>Start</c> up to <c>End</c>), its kind and value.</summary>
    public readonly record struct Quantity(int Start, int End, Kind Kind, double Value)
    {
        /// <summary>The higher end of a <see cref="Kind.Range"/>; 0 for other kinds.</summary>
        public double Upper { get; init; }

        /// <summary>Whether two quantities say the same.</summary>
        public bool Matches(Quantity other) => Kind == other.Kind && Same(Value, other.Value) && Same(Upper, other.Upper);

        private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a));
    }

    private const string ChineseDigits = "〇零一二三四五六七八九两";

    /// <summary>The value of a number written in Chinese numerals (八千六百四十 = 8,640, 十一 = 11, 两 = 2) or in digits.</summary>
    public static double ChineseNumber(string numerals)
    {
        if (double.TryParse(numerals.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var written))
        {
            return written;
        }

        double total = 0, section = 0, digit = 0;
        foreach (var c in numerals)
        {
            var at = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0)
            {
                digit = at == ChineseDigits.Length - 1 ? 2 : Math.Max(0, at - 1);
                continue;
            }

            switch (c)
            {
                case '十': section += Math.Max(digit, 1) * 10; break;
                case '百': section += Math.Max(digit, 1) * 100; break;
                case '千': section += Math.Max(digit, 1) * 1000; break;
                case '万': total += (section + digit) * 1e4; section = 0; break;
                default: total = (total + section + digit) * 1e8; section = 0; break;
            }

            digit = 0;
        }

        return total + section + digit;
    }

    /// <summary>The shares, fractions, ordinals and months a Chinese text writes.</summary>
    public static IEnumerable<Quantity> InChinese(string text)
    {
        foreach (Match m in ChineseFraction().Matches(text))
        {
            var (whole, part) = (ChineseNumber(m.Groups["whole"].Value), ChineseNumber(m.Groups["part"].Value));
            if (whole > 0)
            {
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Share, part / whole);
            }
        }

        foreach (Match m in ChineseOrdinal().Matches(text))
        {
            yield return new Quantity(m.Index, m.Index + m.Length, Kind.Ordinal, ChineseNumber(m.Groups["n"].Value));
        }

        foreach (Match m in ChineseRange().Matches(text))
        {
            var (low, high) = (ChineseNumber(m.Groups["low"].Value), ChineseNumber(m.Groups["high"].Value));
            if (high == low + 1)
            {
                var unit = m.Groups["unit"].Value is { Length: > 0 } u ? ChineseNumber("一" + u) : 1;
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Range, low * unit) { Upper = high * unit };
            }
        }

        foreach (Match m in ChineseMonth().Matches(text))
        {
            var month = ChineseNumber(m.Groups["n"].Value);
            if (month is >= 1 and <= 12)
            {
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Month, month);
            }
        }
    }

    /// <summary>The shares, fractions, ordinals and months an English text writes.</summary>
    public static IEnumerable<Quantity> InEnglish(string text)
    {
        foreach (Match m in EnglishShare().Matches(text))
        {
            if (EnglishNumber(m.Groups["n"].Value) is { } value)
            {
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Share, value / 100);
            }
        }

        var fractions = new List<Quantity>();
        foreach (Match m in EnglishFraction().Matches(text))
        {
            var part = m.Groups["part"].Value.ToLowerInvariant() is "a" or "an" ? 1 : EnglishNumber(m.Groups["part"].Value);
            var denominator = m.Groups["whole"].Value.ToLowerInvariant().TrimEnd('s');
            var whole = denominator switch { "half" or "halve" => 2, "quarter" => 4, _ => EnglishNumberWords.Ordinal(denominator) ?? 0 };
            // A tens word hyphenated to a unit's ordinal is one ordinal (seventy-eighth session), not a fraction.
            var compoundOrdinal = text[m.Groups["part"].Index + m.Groups["part"].Length] == '-' && whole < 10 && !m.Groups["whole"].Value.EndsWith('s')
                && EnglishNumberWords.Ordinal(m.Value) is not null;
            if (part is { } numerator && whole > 0 && !compoundOrdinal)
            {
                fractions.Add(new Quantity(m.Index, m.Index + m.Length, Kind.Share, numerator / whole));
            }
        }

        foreach (var fraction in fractions)
        {
            yield return fraction;
        }

        // The "third" of one third is a fraction's, not a rank.
        foreach (var m in EnglishOrdinal().Matches(text).Where(m => !fractions.Any(f => f.Start <= m.Index && m.Index < f.End)))
        {
            var value = m.Groups["digits"].Success
                ? double.Parse(m.Groups["digits"].Value, CultureInfo.InvariantCulture)
                : EnglishNumberWords.Ordinal(m.Value) ?? 0;
            if (value > 1)
            {
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Ordinal, value);
            }
        }

        foreach (Match m in EnglishMonth().Matches(text))
        {
            yield return new Quantity(m.Index, m.Index + m.Length, Kind.Month, EnglishNumberWords.Month(m.Value));
        }

        foreach (Match m in EnglishRange().Matches(text))
        {
            if (EnglishNumber(m.Groups["low"].Value) is { } low && EnglishNumber(m.Groups["high"].Value) is { } high && high == low + 1)
            {
                var unit = m.Groups["unit"].Success ? EnglishNumberWords.Cardinal("one " + m.Groups["unit"].Value.ToLowerInvariant()) ?? 1 : 1;
                yield return new Quantity(m.Index, m.Index + m.Length, Kind.Range, low * unit) { Upper = high * unit };
            }
        }
    }

    /// <summary>A number in digits (45, 4.5) or in words (forty-five, three hundred); null when it is neither.</summary>
    public static double? EnglishNumber(string written) =>
        double.TryParse(written.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : EnglishNumberWords.Cardinal(written);

    private const string ChineseNumeral = "[〇零一二三四五六七八九十百千万两0-9０-９.]+";

    [GeneratedRegex($"(?<whole>{ChineseNumeral})分之(?<part>{ChineseNumeral})")]
    private static partial Regex ChineseFraction();

    [GeneratedRegex($"第(?<n>{ChineseNumeral})")]
    private static partial Regex ChineseOrdinal();

    // Two neighbouring digits written together, with the unit both count in (四五千, 七八十): not inside a longer number.
    [GeneratedRegex("(?<![〇零一二三四五六七八九十百千万两0-9])(?<low>[一二三四五六七八])(?<high>[二三四五六七八九])(?<unit>[十百千万]?)(?![〇零一二三四五六七八九十百千两0-9])")]
    private static partial Regex ChineseRange();

    [GeneratedRegex("(?<n>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月")]
    private static partial Regex ChineseMonth();

    private const string EnglishCardinal = "(?:[0-9]+(?:[.,][0-9]+)?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred))";

    // Two neighbouring numbers in words, as Chinese writes them together (four or five thousand, 四五千); digits (5 to
    // 6 per cent, 2016 to 2030) are a span between two figures, which Chinese writes so too.
    [GeneratedRegex(@"\b(?<low>one|two|three|four|five|six|seven|eight)\s+(?:or|to)\s+(?<high>two|three|four|five|six|seven|eight|nine)\b(?:\s+(?<unit>hundred|thousand|million|billion)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishRange();

    [GeneratedRegex($@"\b(?<n>{EnglishCardinal})(?:\s*%|\s+per\s*cent\b|\s+percent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishShare();

    [GeneratedRegex($@"\b(?<part>an?|{EnglishCardinal})[- ](?<whole>halve?s?|quarters?|thirds?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFraction();

    [GeneratedRegex(@"\b(?:(?<digits>[0-9]+)(?:st|nd|rd|th)|(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?<unit>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishOrdinal();

    // "May" is a month only beside a day or a year (14 May, May 2027); elsewhere it is most often the verb.
    [GeneratedRegex(@"\b(?:(?!May\b)(?:" + EnglishMonths.Alternation + @")|(?<=\b[0-9]{1,2} )May|May(?= [0-9]))\b")]
    private static partial Regex EnglishMonth();
}
