using Alignment.Aligning;

namespace Alignment.Memory.Tests;

/// <summary>
/// An independent judge of where words end, for checking extracted terms: CC-CEDICT's words in Chinese (a term that
/// everywhere it occurs is the tail or head of a dictionary word, as 持续发展 of 可持续发展, is cut out of it), letters,
/// digits and hyphens in English.
/// </summary>
internal static class WordBoundaries
{
    public static bool CutsAChineseWord(string term, IReadOnlyList<string> texts)
    {
        var at = Occurrences(term, texts).ToList();
        return at.Count > 0 && (at.All(o => CrossesWord(o.Text, o.Start)) || at.All(o => CrossesWord(o.Text, o.Start + term.Length)));
    }

    public static bool CutsAnEnglishWord(string term, IReadOnlyList<string> texts)
    {
        var at = Occurrences(term, texts).ToList();
        static bool Inside(string text, int i) => i > 0 && i < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i]);
        return at.Count > 0 && (at.All(o => Inside(o.Text, o.Start)) || at.All(o => Inside(o.Text, o.Start + term.Length)));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-';

    /// <summary>Whether a dictionary word of two to four characters runs across the position.</summary>
    private static bool CrossesWord(string text, int boundary)
    {
        for (var start = Math.Max(0, boundary - 3); start < boundary; start++)
        {
            for (var end = boundary + 1; end <= Math.Min(text.Length, start + 4); end++)
            {
                var word = text[start..end];
                // A dictionary entry ending in a localiser (顶上, on top) is a phrase, not a word a term may not cut.
                if (word.All(c => c is >= '\u4E00' and <= '\u9FFF') && !"上下中内外里".Contains(word[^1], StringComparison.Ordinal) && Lexicon.Bundled.Lookup(word).Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<(string Text, int Start)> Occurrences(string term, IReadOnlyList<string> texts)
    {
        foreach (var text in texts)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                yield return (text, at);
            }
        }
    }
}
