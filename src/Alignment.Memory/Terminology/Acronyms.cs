using System.Text.RegularExpressions;
using Alignment.Memory.Searching;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Finds what an acronym stands for where a text spells it out, as UN and EU documents do at first mention:
/// "the United Nations Office on Drugs and Crime (UNODC)".
/// </summary>
internal static partial class Acronyms
{
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase) { "on", "of", "and", "for", "the", "to", "in", "&" };

    public static bool IsAcronym(string text) => text.Length is >= 2 and <= 10 && text.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Whether an English term is an acronym that spells a function word (WHO, IT): folded to lower case, as the index
    /// folds every word, it would be the pronoun or the preposition, so only where it is written in capitals is it the
    /// name.
    /// </summary>
    public static bool SpellsAFunctionWord(string term) =>
        IsAcronym(term) && FunctionWords.IsEnglishFunctionWord(term.ToLowerInvariant());

    /// <summary>
    /// Whether English word <paramref name="at"/> is an acronym that spells a function word (the World Health
    /// Organization (WHO), According to WHO and the World Bank): written in capitals, where the words beside it are
    /// not (in a heading written in capitals, WHO WE ARE, it is the pronoun).
    /// </summary>
    public static bool IsFunctionWordInCapitals(string text, IReadOnlyList<AnalyzedToken> words, int at)
    {
        bool InCapitals(int i) => words[i].End - words[i].Start >= 2 && text.AsSpan(words[i].Start, words[i].End - words[i].Start).ContainsAnyExceptInRange('A', 'Z') is false;
        return InCapitals(at) && FunctionWords.IsEnglishFunctionWord(text.AsSpan(words[at].Start, words[at].End - words[at].Start))
            && !(at > 0 && InCapitals(at - 1)) && !(at + 1 < words.Count && InCapitals(at + 1));
    }

    /// <summary>
    /// The initials of a gloss's words in capitals, joiners left out and a hyphen dividing words as a space does
    /// ("Food and Agriculture Organization" FAO, "food and agriculture" FA, "Non-Proliferation Treaty" NPT); empty where
    /// a word does not start with a letter (a gloss with a figure or a bracket spells no acronym).
    /// </summary>
    public static string Initials(string gloss)
    {
        var initials = new System.Text.StringBuilder();
        foreach (var word in gloss.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsAsciiLetter(word[0]))
            {
                return string.Empty;
            }

            if (!Joiners.Contains(word))
            {
                initials.Append(char.ToUpperInvariant(word[0]));
            }
        }

        return initials.ToString();
    }

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
