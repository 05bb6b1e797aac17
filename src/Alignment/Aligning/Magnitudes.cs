using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Aligning;

/// <summary>
/// Amounts written as a figure and a magnitude: Chinese 万 and 亿 after digits (<c>5 200万</c>, <c>1.2亿</c>,
/// <c>3万</c>, <c>5000多万</c>), English thousand, million, billion and trillion after a figure (<c>52 million</c>,
/// <c>1.2 billion</c>), and bn or m straight after a figure with a currency sign (<c>$1.2bn</c>, <c>£52m</c>). Both
/// languages' amounts are written in the one form English gives them, in millions or billions from a million up, so
/// <c>5 200万美元</c> and <c>$52 million</c>, <c>12亿</c> and <c>1.2 billion</c> give the same token.
/// </summary>
internal static partial class Magnitudes
{
    private const string ChineseUnits = "十百千万亿";

    /// <summary>
    /// The magnitude written right after a figure that ends at <paramref name="end"/> of <paramref name="text"/>: 10,000
    /// for 万, 100,000,000 for 亿, their products for 千万 or 万亿, 1,000,000 for million and so on; 1 when none follows.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="end">Where the figure ends.</param>
    /// <param name="chinese">True for a Chinese text, which may also hold English amounts.</param>
    /// <param name="currency">True when a currency sign stands before the figure, which makes bn and m magnitudes.</param>
    /// <param name="scaleEnd">Where the magnitude ends; <paramref name="end"/> when none follows.</param>
    public static decimal After(string text, int end, bool chinese, bool currency, out int scaleEnd)
    {
        scaleEnd = end;
        return chinese && ChineseAfter(text, end, out scaleEnd) is var scale and > 1 ? scale : EnglishAfter(text, end, currency, out scaleEnd);
    }

    /// <summary>The value of a figure as written (<c>5 200</c>, <c>11,407</c>, <c>114.07</c>); null for a form with no one value (3,5, 65/230).</summary>
    public static decimal? Amount(ReadOnlySpan<char> figure)
    {
        if (!AmountPattern().IsMatch(figure))
        {
            return null;
        }

        Span<char> digits = stackalloc char[figure.Length];
        var length = 0;
        foreach (var c in figure)
        {
            if (c is not (',' or ' '))
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>An amount as English writes it with figures: in billions or millions from a million up (8.6 for 8,600,000), as it is below.</summary>
    public static string Written(decimal value) => value switch
    {
        >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.###", CultureInfo.InvariantCulture),
        >= 1_000_000m => (value / 1_000_000m).ToString("0.###", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };

    // 5 200万, 1.2 亿, 5000多万 (more than fifty million), 3千万: a run of units that ends in 万 or 亿. A digit right after
    // it (3万5千) makes the figure a number of several parts, which is left as it was read.
    private static decimal ChineseAfter(string text, int end, out int scaleEnd)
    {
        scaleEnd = end;
        var at = end < text.Length && text[end] == ' ' ? end + 1 : end;
        if (at < text.Length && text[at] is '多' or '余')
        {
            at++;
        }

        var scale = 1m;
        var start = at;
        for (; at < text.Length && ChineseUnits.Contains(text[at]); at++)
        {
            scale *= text[at] switch { '十' => 10m, '百' => 100m, '千' => 1_000m, '万' => 10_000m, _ => 100_000_000m };
        }

        if (at == start || text[at - 1] is not ('万' or '亿') || (at < text.Length && (ChineseNumeral.Digit(text[at]) >= 0 || char.IsAsciiDigit(text[at]))))
        {
            return 1m;
        }

        scaleEnd = at;
        return scale;
    }

    private static decimal EnglishAfter(string text, int end, bool currency, out int scaleEnd)
    {
        scaleEnd = end;
        var at = end;
        if (at < text.Length && text[at] == ' ')
        {
            at++;
        }
        else if (!currency)
        {
            return 1m;
        }

        var wordEnd = at;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(at, wordEnd - at);
        var scale = word.Equals("thousand", StringComparison.OrdinalIgnoreCase) ? 1_000m
            : word.Equals("million", StringComparison.OrdinalIgnoreCase) ? 1_000_000m
            : word.Equals("billion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000m
            : word.Equals("trillion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000_000m
            : currency && at == end && word.Equals("bn", StringComparison.Ordinal) ? 1_000_000_000m
            : currency && at == end && word.Equals("m", StringComparison.Ordinal) ? 1_000_000m
            : 1m;
        if (scale > 1)
        {
            scaleEnd = wordEnd;
        }

        return scale;
    }

    // Digits with thousands grouped by commas or single spaces, or none, and a decimal point.
    [GeneratedRegex(@"^(?:\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)|\d+)(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
