using System.Collections;
using System.Globalization;
using ICU4N.Globalization;

namespace Alignment.Writing;

/// <summary>
/// Han ideographs, the one definition every stage uses: a letter (or a letter-like number such as 〇) whose Unicode
/// script is Han, as ICU's script property gives it. Radicals and the iteration mark 々 are not ideographs.
/// </summary>
/// <remarks>Thread-safe; the table of the Basic Multilingual Plane is built once, on first use.</remarks>
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

    private static BitArray BuildBasicPlane()
    {
        var table = new BitArray(0x10000);
        for (var c = 0; c < 0x10000; c++)
        {
            table[c] = c is < 0xD800 or > 0xDFFF && IsIdeographByScript(c);
        }

        return table;
    }

    private static bool IsIdeographByScript(int codePoint) =>
        UScript.GetScript(codePoint) == UScript.Han
            && CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber;
}
