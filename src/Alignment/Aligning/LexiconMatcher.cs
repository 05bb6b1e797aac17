using System.Runtime.CompilerServices;
using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>
/// Finds lexicon terms in the sentences of one document pair. Each Chinese term is one concept; an English sentence
/// contains the concept when it contains any of the term's translations (whole words, case-insensitive, plurals
/// folded; a translation of several words counts as a phrase). Only the translations of concepts the Chinese
/// document holds are looked for, so a dictionary of a hundred thousand entries costs what the document uses.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Lexicon lexicon;
    private readonly Dictionary<string, List<(string[] Words, int Concept)>> englishByFirstWord = new(StringComparer.Ordinal);

    public LexiconMatcher(Lexicon lexicon, IEnumerable<int> chineseConcepts)
    {
        this.lexicon = lexicon;
        foreach (var concept in chineseConcepts.Distinct())
        {
            foreach (var english in lexicon.TranslationsOf(concept))
            {
                var words = Words(english).ToArray();
                if (words.Length == 0 || (words.Length == 1 && FunctionWords.IsEnglishFunctionWord(words[0])))
                {
                    continue;
                }

                if (!englishByFirstWord.TryGetValue(words[0], out var list))
                {
                    englishByFirstWord[words[0]] = list = [];
                }

                list.Add((words, concept));
            }
        }

        foreach (var list in englishByFirstWord.Values)
        {
            list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
        }
    }

    /// <summary>The concepts of every sentence of a Chinese document.</summary>
    public static int[][] ChineseConcepts(Lexicon lexicon, IEnumerable<string> sentences)
    {
        if (lexicon.IsEmpty)
        {
            return [.. sentences.Select(_ => Array.Empty<int>())];
        }

        var terms = lexicon.Terms;
        var found = new List<int>();
        return [.. sentences.Select(text =>
        {
            found.Clear();
            terms.Find(text, found);
            found.Sort();
            return found.ToArray();
        })];
    }

    /// <summary>The concepts found in an English sentence, one entry per occurrence, sorted.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public int[] EnglishConcepts(string text)
    {
        if (englishByFirstWord.Count == 0)
        {
            return [];
        }

        var concepts = new List<int>();
        var words = Words(text).ToArray();
        HashSet<int>? seen = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!englishByFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            (seen ??= []).Clear();
            foreach (var (phrase, concept) in candidates)
            {
                if (i + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length)) && seen.Add(concept))
                {
                    concepts.Add(concept);
                }
            }
        }

        concepts.Sort();
        return [.. concepts];
    }

    /// <summary>The words of English text, lower-cased and stemmed; hyphenated compounds count as separate words.</summary>
    [MethodImpl(HotLoop.Optimised)]
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' or '\'' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                // "capacity-building" and "capacity building" are the same term.
                var word = text.AsSpan(start, i - start);
                foreach (var part in word.Split('-'))
                {
                    if (part.End.GetOffset(word.Length) > part.Start.GetOffset(word.Length))
                    {
                        words.Add(LexicalTokens.LowerStem(word[part]));
                    }
                }

                start = -1;
            }
        }

        return words;
    }
}
