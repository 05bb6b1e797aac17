using System.Globalization;
using System.Text;

namespace Alignment.Aligning;

/// <summary>
/// English words folded as <see cref="TransliteratedNames"/> compares them: in lower case, accents and the marks
/// inside a word (Xi'an, Jean-Luc) left out. A document repeats its words, so each distinct word is folded once and
/// its form kept: folding every occurrence (a decomposition, a builder and a string each) was most of what finding
/// names allocated. Not thread-safe: one per search.
/// </summary>
internal sealed class FoldedWords
{
    private readonly Dictionary<string, string> forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public FoldedWords() => lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct words folded so far.</summary>
    public int Count => forms.Count;

    /// <summary>The folded form of <paramref name="word"/>; the same string for every occurrence of the word.</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        if (!lookup.TryGetValue(word, out var form))
        {
            var text = word.ToString();
            form = Fold(text);
            forms.Add(text, form);
        }

        return form;
    }

    /// <summary>A word in lower case, its accents and the marks inside it left out.</summary>
    public static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not ('\'' or '’'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
