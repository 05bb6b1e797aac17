using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>Character classes the aligner measures and tokenises by.</summary>
internal static class Script
{
    /// <summary>A Han ideograph, as <see cref="Han.IsIdeograph(char)"/> defines it for every stage.</summary>
    public static bool IsHan(char c) => Han.IsIdeograph(c);

    public static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
}
