using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The base form a dictionary gloss gives for an inflected English word (<c>said</c> → <c>say</c>, <c>washed</c>,
/// <c>washes</c>, <c>washing</c> → <c>wash</c>, <c>children</c> → <c>child</c>), among the words a caller knows: an
/// irregular form is looked up (<see cref="IrregularForms"/>), a regular ending is undone only where what is left is a
/// word the caller knows, so no rule needs to know which words double a consonant or drop an <c>e</c>. Words are
/// lower-cased and stemmed as <see cref="LexicalTokens.LowerStem(ReadOnlySpan{char})"/> gives them. Thread-safe: no state.
/// </summary>
internal static class InflectedWords
{
    /// <summary>The id the caller gives <paramref name="candidate"/>, or -1 when it knows no such word.</summary>
    public delegate int Known(ReadOnlySpan<char> candidate);

    /// <summary>The id of the known word that <paramref name="word"/> inflects, or -1.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public static int Base(ReadOnlySpan<char> word, Known known)
    {
        if (IrregularForms.TryGetBase(word, out var irregular))
        {
            return known(irregular);
        }

        if (word.Length < 4)
        {
            return -1;
        }

        // The plural rule leaves -es after a hissing sound: washes → washe, boxes → boxe.
        if (word[^1] == 'e' && word[^2] is 'h' or 'x' or 's' or 'z')
        {
            return Regular(word[..^1], known);
        }

        if (word.Length < 5)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[word.Length];
        if (word.EndsWith("ed"))
        {
            // washed, baked, stopped, carried
            return Regular(word[..^2], known) is var id and >= 0 ? id
                : Regular(word[..^1], known) is var e and >= 0 ? e
                : word[^3] == word[^4] && Regular(word[..^3], known) is var doubled and >= 0 ? doubled
                : word[^3] == 'i' ? Regular(Ending(word[..^3], 'y', buffer), known) : -1;
        }

        if (word.EndsWith("ing") && word.Length > 5)
        {
            // washing, making, running
            return Regular(word[..^3], known) is var id and >= 0 ? id
                : Regular(Ending(word[..^3], 'e', buffer), known) is var e and >= 0 ? e
                : word[^4] == word[^5] ? Regular(word[..^4], known) : -1;
        }

        return -1;
    }

    /// <summary>A stem a regular ending left: too short a remainder (<c>bed</c> → <c>b</c>) is no word.</summary>
    private static int Regular(ReadOnlySpan<char> stem, Known known) => stem.Length > 2 ? known(stem) : -1;

    private static ReadOnlySpan<char> Ending(ReadOnlySpan<char> stem, char letter, Span<char> buffer)
    {
        stem.CopyTo(buffer);
        buffer[stem.Length] = letter;
        return buffer[..(stem.Length + 1)];
    }
}
