using System.Collections;
using System.Globalization;
using ICU4N.Globalization;

namespace Alignment.Writing;

/// <summary>
/// Han ideographs, the one definition every stage uses: a letter (or a letter-like number such as 〇) whose Unicode
/// script is Han, as ICU's script property gives it. Radicals and the iteration mark 々 are not ideographs.
/// </summary>
/// <remarks>
/// Thread-safe. The Basic Multilingual Plane's ideographs are written out as ranges (<see cref="BasicPlaneRanges"/>) rather
/// than asked of ICU at first use: loading ICU's data and asking it about every code point of the plane took about 70 ms
/// of every command's start-up. A test checks the ranges against ICU's script property for every code point of the plane.
/// </remarks>
public static class Han
{
    private static readonly BitArray BasicPlane = BuildBasicPlane();

    /// <summary>
    /// Whether <paramref name="c"/> is a Han ideograph. A high surrogate of planes 2 and 3 also counts: those planes hold
    /// nothing but ideographs (extensions B to H), so the first half of such a pair already says what the pair is.
    /// </summary>
    public static bool IsIdeograph(char c) => BasicPlane[c] || c is >= '\uD840' and <= '\uD8BF';

    /// <summary>Whether the code point <paramref name="codePoint"/> is a Han ideograph, in any plane.</summary>
    public static bool IsIdeograph(int codePoint) =>
        codePoint is >= 0 and <= 0xFFFF ? BasicPlane[codePoint] : codePoint <= 0x10FFFF && IsIdeographByScript(codePoint);

    /// <summary>
    /// Whether <paramref name="c"/> belongs to East Asian running text, written without spaces around it: Han
    /// ideographs, radicals, kana, bopomofo, CJK punctuation and symbols, and full- and half-width forms. The
    /// ideographic space U+3000 is a space, not text.
    /// </summary>
    public static bool IsWrittenWithoutSpaces(char c) =>
        IsIdeograph(c) || c is (>= '\u2E80' and <= '\u2FDF') or (>= '\u3001' and <= '\u31FF') or (>= '\uFE30' and <= '\uFE4F')
            or (>= '\uFF01' and <= '\uFFEE');

    /// <summary>Whether <paramref name="c"/> takes two columns in a monospaced layout: East Asian text but not its half-width forms.</summary>
    public static bool IsWide(char c) => IsWrittenWithoutSpaces(c) && c is not (>= '\uFF61' and <= '\uFFDC') and not (>= '\uFFE8' and <= '\uFFEE');

    /// <summary>The number of Han ideographs in <paramref name="text"/>, a supplementary-plane ideograph counted once.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (BasicPlane[c] || c is >= '\uD840' and <= '\uD8BF')
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// The Basic Multilingual Plane's Han ideographs, first and last code point of each range, as the ICU data this
    /// library uses gives them (Unicode 10): 〇, the Hangzhou numerals (〡 to 〩, and 〸 〹 〺), extension A, the
    /// unified ideographs and the compatibility ideographs.
    /// </summary>
    internal static ReadOnlySpan<int> BasicPlaneRanges => [0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303A, 0x3400, 0x4DB5, 0x4E00, 0x9FEA, 0xF900, 0xFA6D, 0xFA70, 0xFAD9];

    private static BitArray BuildBasicPlane()
    {
        var table = new BitArray(0x10000);
        var ranges = BasicPlaneRanges;
        for (var r = 0; r < ranges.Length; r += 2)
        {
            for (var c = ranges[r]; c <= ranges[r + 1]; c++)
            {
                table[c] = true;
            }
        }

        return table;
    }

    /// <summary>The definition itself: a letter or letter-like number of ICU's Han script.</summary>
    internal static bool IsIdeographByScript(int codePoint) =>
        UScript.GetScript(codePoint) == UScript.Han
            && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
