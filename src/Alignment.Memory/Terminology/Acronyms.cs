using System.Text.RegularExpressions;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Finds what an acronym stands for where a text spells it out, as UN and EU documents do at first mention:
/// "the United Nations Office on Drugs and Crime (UNODC)".
/// </summary>
internal static partial class Acronyms
{
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "on", "of", "and", "for", "the", "to", "in", "&" };

    public static bool IsAcronym(string text) => text.Length is >= 2 and <= 10 && text.All(char.IsAsciiLetterUpper);

    /// <summary>The expansion of <paramref name="acronym"/> written just before "(<paramref name="acronym"/>)" in <paramref name="text"/>, if any.</summary>
    public static bool TryExpand(string acronym, string text, out string expansion)
    {
        expansion = string.Empty;
        var at = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        // Walk back over capitalised words and joiners until the initials spell the acronym.
        var words = Word().Matches(text[..at]).Select(m => m.Value).ToList();
        var initials = string.Empty;
        for (var i = words.Count - 1; i >= 0 && initials.Length <= acronym.Length; i--)
        {
            var word = words[i];
            if (Joiners.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                break;
            }

            initials = word[0] + initials;
            if (initials == acronym)
            {
                expansion = string.Join(' ', words.Skip(i));
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\p{L}&][\p{L}\-]*")]
    private static partial Regex Word();
}
