namespace Alignment.Aligning;

/// <summary>
/// Finds lexicon terms in sentences. Each Chinese term is one concept; an English sentence contains the concept
/// when it contains any of the term's translations (whole words, case-insensitive, plurals folded).
/// </summary>
internal sealed class LexiconMatcher
{
    private const int ShortestChineseTerm = 2;

    private readonly Dictionary<string, int> chineseTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, int Concept)>> englishByFirstWord = new(StringComparer.Ordinal);
    private readonly int longestChineseTerm;

    public LexiconMatcher(Lexicon lexicon)
    {
        foreach (var (chinese, english) in lexicon.Entries)
        {
            if (chinese.Length < ShortestChineseTerm)
            {
                continue;
            }

            if (!chineseTerms.TryGetValue(chinese, out var concept))
            {
                concept = chineseTerms.Count;
                chineseTerms.Add(chinese, concept);
            }

            var words = Words(english).ToArray();
            if (words.Length == 0)
            {
                continue;
            }

            if (!englishByFirstWord.TryGetValue(words[0], out var list))
            {
                englishByFirstWord[words[0]] = list = [];
            }

            list.Add((words, concept));
        }

        longestChineseTerm = chineseTerms.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public bool IsEmpty => chineseTerms.Count == 0;

    /// <summary>The concepts found in <paramref name="text"/>, one entry per occurrence.</summary>
    public void Match(string text, bool chinese, List<int> concepts)
    {
        if (IsEmpty)
        {
            return;
        }

        if (chinese)
        {
            MatchChinese(text, concepts);
        }
        else
        {
            MatchEnglish(text, concepts);
        }
    }

    private void MatchChinese(string text, List<int> concepts)
    {
        // Longest match first, left to right, as a reader would parse the terms.
        for (var i = 0; i < text.Length;)
        {
            var matched = 0;
            for (var length = Math.Min(longestChineseTerm, text.Length - i); length >= ShortestChineseTerm; length--)
            {
                if (chineseTerms.TryGetValue(text.Substring(i, length), out var concept))
                {
                    concepts.Add(concept);
                    matched = length;
                    break;
                }
            }

            i += Math.Max(matched, 1);
        }
    }

    private void MatchEnglish(string text, List<int> concepts)
    {
        var words = Words(text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            if (!englishByFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            var seen = new HashSet<int>();
            foreach (var (phrase, concept) in candidates.OrderByDescending(c => c.Words.Length))
            {
                if (i + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length)) && seen.Add(concept))
                {
                    concepts.Add(concept);
                }
            }
        }
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '-' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                // "capacity-building" and "capacity building" are the same term.
                foreach (var part in text[start..i].Split('-', StringSplitOptions.RemoveEmptyEntries))
                {
                    yield return LexicalTokens.Stem(part.ToLowerInvariant());
                }

                start = -1;
            }
        }
    }
}
