using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Writing;
using static System.FormattableString;

namespace Alignment.Aligning;

/// <summary>
/// The numbers a sentence states, as values, for the QA report to compare across a bead: full-width digits read as
/// digits, thousands separators dropped, Chinese units applied (<c>114.07亿</c> is 11,407,000,000, as is
/// <c>11,407 million</c>), and footnote markers (<c>1/</c>, superscripts) left out. Percent and currency signs
/// carry no value of their own, so <c>4.1%</c> and <c>4.1 per cent</c>, <c>$412 million</c> and <c>4.12亿美元</c>
/// state the same number. Numbers spelled out in words (<c>百分之五</c>, <c>six</c>) are kept apart: a translation
/// may spell out what the original wrote in digits.
/// </summary>
internal sealed partial class StatedNumbers
{
    private static readonly Dictionary<string, decimal> EnglishScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3m,
        ["million"] = 1e6m,
        ["billion"] = 1e9m,
        ["trillion"] = 1e12m,
    };

    private static readonly Dictionary<string, int> NumberWords = BuildNumberWords();

    private readonly List<Group> groups = [];
    private readonly HashSet<decimal> values = [];
    private readonly HashSet<decimal> spelled = [];

    private StatedNumbers()
    {
    }

    /// <summary>The numbers of <paramref name="text"/>, written in <paramref name="chinese"/> or English.</summary>
    public static StatedNumbers Of(string text, bool chinese)
    {
        var numbers = new StatedNumbers();
        var normalized = FootnoteMarkerPattern().Replace(SuperscriptPattern().Replace(FoldWidth(text), " "), " ");
        if (chinese)
        {
            // 20世纪70年代 is the 1970s.
            normalized = DecadePattern().Replace(normalized, m => Invariant($"{((int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) - 1) * 100) + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)}年代"));
        }
        else
        {
            // 11.50 a.m. is the hour and the minute (11时50分), not a decimal.
            normalized = ClockPattern().Replace(normalized, "$1 : $2");
        }
        foreach (Match match in NumberPattern().Matches(normalized))
        {
            var parts = match.Groups["parts"].Value.Split(' ');
            var scale = chinese && match.Groups["cjk"].Success ? ChineseScale(match.Groups["cjk"].Value)
                : match.Groups["word"].Success ? EnglishScales[match.Groups["word"].Value]
                : match.Groups["abbr"].Success && match.Index > 0 && normalized[match.Index - 1] is '$' or '€' or '£' or '¥' ? (match.Groups["abbr"].Value == "bn" ? 1e9m : 1e6m)
                : 1m;
            if (parts.Any(p => !decimal.TryParse(p.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)))
            {
                continue;
            }

            var group = new Group(parts, scale);
            numbers.groups.Add(group);
            numbers.values.UnionWith(group.Readings());
        }

        foreach (Match match in (chinese ? ChineseNumeralPattern() : WordPattern()).Matches(normalized))
        {
            // 二〇〇九年, 一九九八年: a year written digit by digit, which 2009 and 1998 state.
            if (chinese && ChineseNumberWords.Year(match.ValueSpan, normalized, match.Index) is { } year)
            {
                numbers.spelled.Add(year);
                continue;
            }

            if (chinese ? ChineseNumeral.TryParse(match.Value.Replace("百分之", string.Empty, StringComparison.Ordinal), out var value)
                : NumberWords.TryGetValue(match.Value.ToLowerInvariant(), out value))
            {
                numbers.spelled.Add(value);
            }

            // 八百六十万, 十二点五: the amount with its magnitude or its decimals too, which 8.6 million and 12.5 state.
            if (chinese && ChineseAmount(normalized, match) is { } amount)
            {
                numbers.spelled.Add(amount);
            }

            // three hundred, two thousand five hundred: the whole count too, which 300 and 2,500 state.
            if (!chinese && EnglishNumberWords.TryCountOfHundreds(normalized, match.Index, out _, out var count))
            {
                numbers.spelled.Add(count);
            }
        }

        if (!chinese)
        {
            foreach (Match match in MonthPattern().Matches(normalized))
            {
                numbers.values.Add(Array.IndexOf(EnglishNumberWords.Months, match.Value) + 1);
            }
        }

        return numbers;
    }

    /// <summary>
    /// How many numbers written in digits here the other side states neither in digits nor in words. A run of digit
    /// groups separated by spaces (<c>6 218 5 981</c> in a table row) counts as stated when some way of reading it as
    /// numbers finds them all on the other side.
    /// </summary>
    public int MissingFrom(StatedNumbers other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return groups.Count(g => !g.FoundIn(other.values) && !g.FoundIn(other.spelled) && !g.Parts.All(p => Value(p) == 1 || other.spelled.Contains(Value(p))));
    }

    /// <summary>
    /// Full-width digits, decimal point and percent sign as their ASCII forms. Only these: NFKC would also make the
    /// Chinese comma an ASCII one and join <c>15项，7项</c> into a number.
    /// </summary>
    private static string FoldWidth(string text) => string.Create(text.Length, text, static (span, text) =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            span[i] = c is >= '\uFF10' and <= '\uFF19' ? (char)(c - '\uFF10' + '0') : c == '\uFF0E' ? '.' : c == '\uFF05' ? '%' : c;
        }
    });

    /// <summary>
    /// The amount a numeral in words states with the magnitude or the decimals after it (八百六十万, 十二点五,
    /// 六十多万, which "more than 600,000" states); null when neither follows.
    /// </summary>
    private static decimal? ChineseAmount(string text, Match numeral)
    {
        var run = numeral.Value.Replace("百分之", string.Empty, StringComparison.Ordinal);
        var index = numeral.Index + numeral.Length - run.Length;
        var end = numeral.Index + numeral.Length;
        decimal amount;
        if (ChineseNumberWords.TryDecimal(text, index, run.Length, out var withDecimals, out var decimalEnd))
        {
            (amount, end) = (withDecimals, decimalEnd);
        }
        else if (Magnitudes.After(text, end, chinese: true, currency: false, out _) > 1 && ChineseNumberWords.TryValue(run, out var whole))
        {
            amount = whole;
        }
        else
        {
            return null;
        }

        return amount * Magnitudes.After(text, end, chinese: true, currency: false, out _);
    }

    private static decimal Value(string part) =>
        decimal.Parse(part.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static decimal ChineseScale(string units)
    {
        var scale = 1m;
        foreach (var c in units)
        {
            scale *= c switch { '十' => 10m, '百' => 100m, '千' => 1e3m, '万' => 1e4m, _ => 1e8m };
        }

        return scale;
    }

    private static Dictionary<string, int> BuildNumberWords()
    {
        var words = EnglishNumberWords.OneToNinetyNine();
        words["hundred"] = 100;
        words["zero"] = words["zeros"] = 0;
        words["ones"] = 1;
        return words;
    }

    /// <summary>Digits as written: one number, or several groups separated by single spaces, with its unit.</summary>
    private sealed record Group(string[] Parts, decimal Scale)
    {
        /// <summary>Every number the group could be read as: each run of parts that forms a number with space-separated thousands.</summary>
        public IEnumerable<decimal> Readings()
        {
            for (var start = 0; start < Parts.Length; start++)
            {
                for (var end = start + 1; end <= Parts.Length && IsNumber(start, end); end++)
                {
                    yield return Read(start, end);
                }
            }
        }

        /// <summary>True when the parts split into numbers that are all in <paramref name="found"/>.</summary>
        public bool FoundIn(HashSet<decimal> found) => SplitsFrom(0, found);

        private bool SplitsFrom(int start, HashSet<decimal> found)
        {
            if (start == Parts.Length)
            {
                return true;
            }

            for (var end = start + 1; end <= Parts.Length && IsNumber(start, end); end++)
            {
                if (found.Contains(Read(start, end)) && SplitsFrom(end, found))
                {
                    return true;
                }
            }

            return false;
        }

        // After the first part, only groups of exactly three digits continue a number (5 200, 11 407).
        private bool IsNumber(int start, int end) =>
            end == start + 1 || (Parts[end - 1].Length == 3 && Parts[end - 1].All(char.IsAsciiDigit) && Parts[start].Length <= 3 && Parts[start].All(char.IsAsciiDigit));

        // The unit after the digits belongs to the number they end with.
        private decimal Read(int start, int end)
        {
            var value = Value(string.Concat(Parts[start..end]));
            return end == Parts.Length ? value * Scale : value;
        }
    }

    // Superscript digits, and 1/ 2/ markers that are not part of a fraction or a date.
    [GeneratedRegex("[\u00B9\u00B2\u00B3\u2070-\u2079]+", RegexOptions.CultureInvariant)]
    private static partial Regex SuperscriptPattern();

    [GeneratedRegex(@"(?<![\d/.,])\d{1,2}/(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarkerPattern();

    [GeneratedRegex(@"(?<![\d.,])(?<parts>\d+(?:,\d{3})*(?:\.\d+)?(?: \d+(?:,\d{3})*(?:\.\d+)?)*)(?:\s?[多余]?(?<cjk>[十百千万亿]+)(?![一二三四五六七八九〇零两])|\s(?<word>thousand|million|billion|trillion)\b|(?<abbr>bn|m)\b)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"(\d{2})世纪(\d{2})年代", RegexOptions.CultureInvariant)]
    private static partial Regex DecadePattern();

    [GeneratedRegex(@"\b(\d{1,2})\.(\d{2})(?=\s?[ap]\.m\.)", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    [GeneratedRegex("(?:百分之)?[〇零一二三四五六七八九十百千两]+", RegexOptions.CultureInvariant)]
    private static partial Regex ChineseNumeralPattern();

    [GeneratedRegex(@"\b[A-Za-z]+(?:-[A-Za-z]+)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:" + EnglishMonths.Alternation + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();
}
