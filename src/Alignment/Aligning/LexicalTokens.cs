namespace Alignment.Aligning;

/// <summary>
/// Cuts a sentence into the units the translation model pairs: Han characters for Chinese (no word segmenter
/// is needed, and characters generalise well from little data) and lower-cased, lightly stemmed content words
/// for English. Function words are left out: they are everywhere and tell nothing about which sentences match.
/// </summary>
internal static class LexicalTokens
{
    // Frequent grammatical characters; dropping them speeds the model up and removes noise.
    private const string ChineseFunctionCharacters = "的了和在是与及或之等其并对为将以于也而这该此由被把所从向";

    private static readonly HashSet<string> EnglishStopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "as", "that",
        "this", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
        "which", "who", "whom", "whose", "their", "they", "them", "there", "than", "such", "so", "not", "no", "also",
        "into", "upon", "thereto", "thereby", "would", "should", "could", "may", "can", "will", "shall", "must", "all",
        "any", "each", "other", "well", "including", "between", "among", "within", "through", "under", "over", "about",
    };

    /// <summary>True for the frequent grammatical Chinese characters (的, 和, 在 …) that start or end no term.</summary>
    internal static bool IsChineseFunctionCharacter(char c) => ChineseFunctionCharacters.Contains(c, StringComparison.Ordinal);

    /// <summary>True for English function words (the, of, and …), in any case, without allocating.</summary>
    internal static bool IsEnglishFunctionWord(ReadOnlySpan<char> word) => FunctionWordLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWordLookup =
        EnglishStopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the ids in <paramref name="vocabulary"/> of the words of <paramref name="text"/> to <paramref name="into"/>, in order.</summary>
    public static void Extract(string text, bool chinese, Vocabulary vocabulary, List<int> into)
    {
        if (chinese)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (Script.IsHan(text[i]) && !IsChineseFunctionCharacter(text[i]))
                {
                    into.Add(vocabulary.Id(text.AsSpan(i, 1)));
                }
            }

            return;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                AddWord(text.AsSpan(start, i - start), vocabulary, into);
                start = -1;
            }
        }
    }

    private static void AddWord(ReadOnlySpan<char> word, Vocabulary vocabulary, List<int> into)
    {
        if (word.Length < 2)
        {
            return;
        }

        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (!IsEnglishFunctionWord(lower))
        {
            into.Add(vocabulary.Id(Stem(lower)));
        }
    }

    /// <summary>
    /// Folds plurals together with the rules of Harman's S-stemmer, which the memory's English analysis uses too
    /// (Lucene's EnglishMinimalStemFilter), so that a lexicon gloss, a memory term and running text meet on one form:
    /// -ies → -y (not -aies, -eies), -es → -e (not -aes, -ees, -oes), -s dropped (not -us, -ss).
    /// </summary>
    internal static string Stem(string word)
    {
        var stem = word.ToCharArray();
        return new string(Stem(stem.AsSpan()));
    }

    /// <summary>The stem of <paramref name="word"/>, written over it (it is never longer).</summary>
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        if (word.Length < 3 || word[^1] != 's')
        {
            return word;
        }

        switch (word[^2])
        {
            case 'u' or 's':
                return word;
            case 'e' when word.Length > 3 && word[^3] == 'i' && word[^4] is not ('a' or 'e'):
                word[^3] = 'y';
                return word[..^2];
            case 'e' when word[^3] is 'i' or 'a' or 'o' or 'e':
                return word;
            default:
                return word[..^1];
        }
    }
}
