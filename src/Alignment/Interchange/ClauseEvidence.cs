using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>
/// What pieces of Chinese and English text have in common, as keys: the lexicon's concepts (a Chinese term and its
/// translations), numbers (<c>4 000</c> and <c>4,000</c> alike) and words written in Latin letters in the Chinese
/// (names, acronyms). A key found in one Chinese piece and one English piece says those pieces translate each other.
/// </summary>
internal static class ClauseEvidence
{
    /// <summary>The keys of each Chinese and each English piece.</summary>
    public static (List<HashSet<string>> Chinese, List<HashSet<string>> English) Between(
        IReadOnlyList<string> chinese, IReadOnlyList<string> english, Lexicon lexicon)
    {
        var concepts = LexiconMatcher.ChineseConcepts(lexicon, chinese);
        var matcher = new LexiconMatcher(lexicon, concepts.SelectMany(c => c));
        var chineseKeys = chinese.Select((text, i) => Keys(text, concepts[i])).ToList();
        var englishKeys = english.Select(text => Keys(text, lexicon.IsEmpty ? [] : matcher.EnglishConcepts(text))).ToList();
        return (chineseKeys, englishKeys);
    }

    private static HashSet<string> Keys(string text, int[] concepts)
    {
        var keys = concepts.Select(c => "c" + c.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                // Digits grouped by spaces, commas or full stops are one number: 4 000, 4,000, 3.5.
                var digits = new System.Text.StringBuilder();
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is ' ' or ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && digits.Length > 0)))
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        _ = digits.Append(text[i]);
                    }

                    i++;
                }

                keys.Add("n" + digits);
            }
            else if (char.IsAsciiLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiLetter(text[i]))
                {
                    i++;
                }

                if (i - start >= 2 && !Writing.FunctionWords.IsEnglishFunctionWord(text.AsSpan(start, i - start).ToString().ToLowerInvariant()))
                {
                    keys.Add("w" + text[start..i].ToLowerInvariant());
                }
            }
        }

        return keys;
    }
}
