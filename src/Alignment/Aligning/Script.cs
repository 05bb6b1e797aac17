namespace Alignment.Aligning;

/// <summary>Character classes the aligner measures and tokenises by.</summary>
internal static class Script
{
    /// <summary>CJK ideographs (the unified blocks and their extension A, plus compatibility ideographs).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
}
