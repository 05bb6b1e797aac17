using System.Runtime.CompilerServices;
using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>
/// Cuts a sentence into the units the translation model pairs: Han characters for Chinese (no word segmenter
/// is needed, and characters generalise well from little data) and lower-cased, lightly stemmed content words
/// for English. Function words are left out: they are everywhere and tell nothing about which sentences match.
/// </summary>
internal static class LexicalTokens
{
    /// <summary>Adds the ids in <paramref name="vocabulary"/> of the words of <paramref name="text"/> to <paramref name="into"/>, in order.</summary>
    public static void Extract(string text, bool chinese, Vocabulary vocabulary, List<int> into) => Extract(text, chinese, vocabulary, into, known: null);

    /// <summary>
    /// As <see cref="Extract(string, bool, Vocabulary, List{int})"/>, with the ids of English words as the text writes
    /// them kept in <paramref name="known"/> (-1 for a function word) and read from it when they come again.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void Extract(string text, bool chinese, Vocabulary vocabulary, List<int> into, Reader? known)
    {
        if (chinese)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (Script.IsHan(text[i]) && !FunctionWords.IsChineseFunctionCharacter(text[i]))
                {
                    into.Add(vocabulary.Id(text[i]));
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
                if (known is null)
                {
                    AddWord(text.AsSpan(start, i - start), vocabulary, into);
                }
                else
                {
                    known.AddWord(text.AsSpan(start, i - start), into);
                }

                start = -1;
            }
        }
    }

    [MethodImpl(HotLoop.Optimised)]
    private static int WordId(ReadOnlySpan<char> word, Vocabulary vocabulary)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return FunctionWords.IsEnglishFunctionWord(lower) ? -1 : vocabulary.Id(Stem(lower));
    }

    [MethodImpl(HotLoop.Optimised)]
    private static void AddWord(ReadOnlySpan<char> word, Vocabulary vocabulary, List<int> into)
    {
        if (word.Length >= 2 && WordId(word, vocabulary) is var id and >= 0)
        {
            into.Add(id);
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

    /// <summary>The word in lower case, stemmed as <see cref="Stem(string)"/> does, with one allocation: the result.</summary>
    internal static string LowerStem(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return new string(LowerStem(word, lower));
    }

    /// <summary>The word in lower case, stemmed as <see cref="Stem(string)"/> does, in <paramref name="buffer"/> when it fits.</summary>
    [MethodImpl(HotLoop.Optimised)]
    internal static ReadOnlySpan<char> LowerStem(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Stem(lower);
    }

    /// <summary>The stem of <paramref name="word"/>, written over it (it is never longer).</summary>
    [MethodImpl(HotLoop.Optimised)]
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

    /// <summary>
    /// Reads the words of one document's sentences into one vocabulary, each distinct English word as the text writes
    /// it lower-cased, checked and stemmed once: a document repeats its words, and every occurrence was read anew.
    /// Not thread-safe.
    /// </summary>
    internal sealed class Reader
    {
        private readonly Vocabulary vocabulary;
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public Reader(Vocabulary vocabulary)
        {
            this.vocabulary = vocabulary;
            lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Adds the ids of the words of <paramref name="text"/> to <paramref name="into"/>, in order, as <see cref="LexicalTokens.Extract(string, bool, Vocabulary, List{int})"/> does.</summary>
        public void Extract(string text, bool chinese, List<int> into) => LexicalTokens.Extract(text, chinese, vocabulary, into, this);

        [MethodImpl(HotLoop.Optimised)]
        internal void AddWord(ReadOnlySpan<char> word, List<int> into)
        {
            if (word.Length < 2)
            {
                return;
            }

            if (!lookup.TryGetValue(word, out var id))
            {
                id = WordId(word, vocabulary);
                ids.Add(word.ToString(), id);
            }

            if (id >= 0)
            {
                into.Add(id);
            }
        }
    }
}
