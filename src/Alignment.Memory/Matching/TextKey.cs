using System.Security.Cryptography;
using System.Text;
using Alignment.Writing;

namespace Alignment.Memory.Matching;

/// <summary>
/// Canonical forms of a segment's text. The full key folds compatibility (full-/half-width) forms with NFKC,
/// case, whitespace and Chinese script (traditional characters to simplified, <see cref="ChineseScript"/>); leaving
/// one of the folds out shows whether two texts differ in that respect only.
/// </summary>
internal static class TextKey
{
    [ThreadStatic]
    private static char[]? scratch;

    /// <summary>NFKC, lower-case, whitespace collapsed and removed next to CJK characters, traditional characters simplified.</summary>
    public static string Fold(string text) => Canonical(text, width: true, letterCase: true, whitespace: true, script: true);

    /// <summary>The key with only the requested folds applied.</summary>
    public static string Canonical(string text, bool width, bool letterCase, bool whitespace, bool script)
    {
        var result = width ? CompatibilityForm(text) : text;
        if (letterCase)
        {
            result = result.ToLowerInvariant();
        }

        if (script)
        {
            result = ChineseScript.ToSimplified(result);
        }

        return whitespace ? CanonicalWhitespace(result) : result;
    }

    /// <summary>
    /// A stable 128-bit digest of <paramref name="parts"/>, as 22 base-64 characters; used for index terms so that a
    /// long segment never exceeds the index's term length.
    /// </summary>
    public static string Digest(params string[] parts) => Convert.ToBase64String(DigestBytes(parts)).TrimEnd('=');

    /// <summary>The first 64 bits of the same digest as a number.</summary>
    public static long Digest64(params string[] parts) => BitConverter.ToInt64(DigestBytes(parts));

    /// <summary>True for characters written without spaces around them: Han ideographs, CJK punctuation and full-width forms.</summary>
    public static bool IsCjk(char c) =>
        Han.IsWrittenWithoutSpaces(c);

    /// <summary>True for Han ideographs, which character-based comparison counts one by one.</summary>
    public static bool IsIdeograph(char c) =>
        Han.IsIdeograph(c);

    /// <summary>
    /// NFKC of <paramref name="text"/>. Normalisation refuses noncharacters (U+FFFE) and halves of surrogate pairs,
    /// which damaged files and careless converters leave in text; they stand as U+FFFD here, so that such a unit is
    /// indexed and found like any other, and an exact match with the same damage still scores 100.
    /// </summary>
    private static string CompatibilityForm(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            var repaired = Repaired(text);
            try
            {
                return repaired.Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                // Some other code point this platform's Unicode tables refuse: compared unfolded, not failed.
                return repaired;
            }
        }
    }

    private static string Repaired(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var valid = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) == System.Buffers.OperationStatus.Done;
            builder.Append(valid && !IsNoncharacter(rune.Value) ? text.AsSpan(i, consumed) : "\uFFFD");
            i += consumed;
        }

        return builder.ToString();
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    private static byte[] DigestBytes(string[] parts)
    {
        // A separator that cannot occur in text keeps ("ab", "c") and ("a", "bc") apart.
        var joined = string.Join('\u0001', parts);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), hash);
        return hash[..16].ToArray();
    }

    // Chinese puts no spaces between words, and UN PDFs scatter spaces around numbers and at line joins
    // (第 65/230 号, 问题 专家组): a space next to a CJK character carries no meaning, elsewhere runs collapse to one.
    private static string CanonicalWhitespace(string text)
    {
        // The result is never longer than the text: a space is only written for a run of whitespace read.
        var buffer = ThreadBuffer.Reuse(ref scratch, text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace && !IsCjk(c) && !IsCjk(buffer[length - 1]))
            {
                buffer[length++] = ' ';
            }

            pendingSpace = false;
            buffer[length++] = c;
        }

        // Most text needs no change (a tab becomes a space at the same length, so lengths alone cannot tell).
        var result = buffer[..length];
        return result.SequenceEqual(text) ? text : new string(result);
    }
}
