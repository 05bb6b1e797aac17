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
    [MethodImpl(HotLoop.Optimised)]
    public static void Extract(string text, bool chinese, Vocabulary vocabulary, List<int> into)
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
                AddWord(text.AsSpan(start, i - start), vocabulary, into);
                start = -1;
            }
        }
    }

    [MethodImpl(HotLoop.Optimised)]
    private static void AddWord(ReadOnlySpan<char> word, Vocabulary vocabulary, List<int> into)
    {
        if (word.Length < 2)
        {
            return;
        }

        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        if (!FunctionWords.IsEnglishFunctionWord(lower))
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
}
