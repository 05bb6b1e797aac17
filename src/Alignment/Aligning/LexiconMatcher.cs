using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>
/// Finds lexicon terms in the sentences of one document pair. Each Chinese term is one concept; an English sentence
/// contains the concept when it contains any of the term's translations (whole words, case-insensitive, plurals
/// folded; a translation of several words counts as a phrase). Only the translations of concepts the Chinese
/// document holds are looked for, so a dictionary of a hundred thousand entries costs what the document uses.
/// A matcher serves one alignment on one thread: it keeps buffers.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Lexicon lexicon;

    // The words of the translations looked for, numbered, so that a sentence's words are compared as numbers and the
    // words no translation holds are never made into strings.
    private readonly Dictionary<string, int> wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup;
    private readonly Dictionary<int, List<(int[] Words, int Concept)>> englishByFirstWord = [];

    // The same translations by the id of their first word (none for a word that begins none), read for every word
    // of every English sentence: an array read where the dictionary hashed. Repeated marks a translation whose concept
    // another translation with the same first word has too: only those need telling whether the concept was found
    // at the word already (a common word begins the one-word glosses of many characters, each its own concept).
    private readonly (int[] Words, int Concept, bool Repeated)[]?[] candidatesByFirstWord;

    // EnglishConcepts' buffers and word action, made once rather than for every sentence.
    private readonly List<int> sentenceWords = [];
    private readonly List<int> found = [];
    private readonly HashSet<int> seen = [];
    private readonly WordAction addWordId;

    // The id (or -1) of every word as the text writes it, found once: a document repeats its words, and each
    // occurrence was lower-cased, stemmed, looked up and, when no gloss holds it, tried as an inflection anew.
    private readonly Dictionary<string, int> partIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> partLookup;
    private readonly InflectedWords.Known glossWord;

    [MethodImpl(HotLoop.Optimised)]
    public LexiconMatcher(Lexicon lexicon, IEnumerable<int> chineseConcepts)
    {
        this.lexicon = lexicon;
        wordLookup = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        partLookup = partIds.GetAlternateLookup<ReadOnlySpan<char>>();
        // Glosses give base forms (say, wash, child) and running text inflects them (said, washed, children).
        glossWord = word => wordLookup.TryGetValue(word, out var id) ? id : -1;
        addWordId = AddWordId;
        foreach (var concept in chineseConcepts.Distinct())
        {
            foreach (var english in lexicon.TranslationsOf(concept))
            {
                var words = Words(WithoutPlaceholders(english));
                if (words.Count == 0 || (words.Count == 1 && FunctionWords.IsEnglishFunctionWord(words[0])))
                {
                    continue;
                }

                var ids = words.Select(w => wordIds.TryGetValue(w, out var id) ? id : wordIds[w] = wordIds.Count).ToArray();
                if (!englishByFirstWord.TryGetValue(ids[0], out var list))
                {
                    englishByFirstWord[ids[0]] = list = [];
                }

                list.Add((ids, concept));
            }
        }

        candidatesByFirstWord = new (int[] Words, int Concept, bool Repeated)[]?[wordIds.Count];
        var times = new Dictionary<int, int>();
        foreach (var (first, list) in englishByFirstWord)
        {
            list.Sort((x, y) => y.Words.Length.CompareTo(x.Words.Length));
            times.Clear();
            foreach (var (_, concept) in list)
            {
                times[concept] = times.GetValueOrDefault(concept) + 1;
            }

            var candidates = new (int[] Words, int Concept, bool Repeated)[list.Count];
            for (var k = 0; k < list.Count; k++)
            {
                candidates[k] = (list[k].Words, list[k].Concept, times[list[k].Concept] > 1);
            }

            candidatesByFirstWord[first] = candidates;
        }
    }

    /// <summary>
    /// A gloss without the placeholders a dictionary writes for the person or thing a word applies to (<c>to hit sb</c>,
    /// <c>one's elders</c>, <c>look after oneself</c>), at its start or end: running text names them (<c>hit him</c>,
    /// <c>her elders</c>), so a gloss that keeps them is a phrase no sentence holds. One inside a gloss is left: the
    /// words around it are not a phrase without it.
    /// </summary>
    internal static string WithoutPlaceholders(string gloss)
    {
        var words = gloss.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var (first, last) = (0, words.Length);
        while (first < last - 1 && Placeholder(words[first]))
        {
            first++;
        }

        while (last > first + 1 && Placeholder(words[last - 1]))
        {
            last--;
        }

        return first == 0 && last == words.Length ? gloss : string.Join(' ', words[first..last]);

        static bool Placeholder(string word) => word is "sb" or "sth" or "sb's" or "sth's" or "one's" or "oneself" or "sb/sth" or "sth/sb";
    }

    /// <summary>The concepts of every sentence of a Chinese document.</summary>
    [MethodImpl(HotLoop.Optimised)]
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

        sentenceWords.Clear();
        found.Clear();
        ForEachPart(text, addWordId);
        var words = CollectionsMarshal.AsSpan(sentenceWords);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i] < 0 || candidatesByFirstWord[words[i]] is not { } candidates)
            {
                continue;
            }

            // A one-word translation is the word itself, which found it.
            var cleared = false;
            foreach (var (phrase, concept, repeated) in candidates)
            {
                if (phrase.Length > 1 && (i + phrase.Length > words.Length || !phrase.AsSpan().SequenceEqual(words.Slice(i, phrase.Length))))
                {
                    continue;
                }

                if (repeated)
                {
                    if (!cleared)
                    {
                        seen.Clear();
                        cleared = true;
                    }

                    if (!seen.Add(concept))
                    {
                        continue;
                    }
                }

                found.Add(concept);
            }
        }

        found.Sort();
        return [.. found];
    }

    /// <summary>The words of English text, lower-cased and stemmed; hyphenated compounds count as separate words.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        ForEachPart(text, part => words.Add(LexicalTokens.LowerStem(part)));
        return words;
    }

    /// <summary>Receives a word of <see cref="ForEachPart"/>, which is only valid during the call.</summary>
    private delegate void WordAction(ReadOnlySpan<char> word);

    /// <summary>Adds the id of the word <paramref name="part"/> (as the text writes it) to the sentence's words.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private void AddWordId(ReadOnlySpan<char> part)
    {
        if (!partLookup.TryGetValue(part, out var id))
        {
            var word = LexicalTokens.LowerStem(part, stackalloc char[128]);
            id = wordLookup.TryGetValue(word, out var known) ? known : InflectedWords.Base(word, glossWord);
            partIds.Add(part.ToString(), id);
        }

        sentenceWords.Add(id);
    }

    /// <summary>
    /// Passes each word of <see cref="Words"/>, as the text writes it (neither lower-cased nor stemmed), to
    /// <paramref name="action"/>, without making it a string.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void ForEachPart(string text, WordAction action)
    {
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
                        action(word[part]);
                    }
                }

                start = -1;
            }
        }
    }
}
