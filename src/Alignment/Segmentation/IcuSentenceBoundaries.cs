using Alignment.Documents;
using ICU4N.Globalization;
using ICU4N.Text;

namespace Alignment.Segmentation;

/// <summary>
/// The Unicode sentence boundaries that ICU finds. ICU break iterators keep state, so every thread keeps
/// its own, one per language.
/// </summary>
internal static class IcuSentenceBoundaries
{
    [ThreadStatic]
    private static Dictionary<string, BreakIterator>? iterators;

    /// <summary>Adds to <paramref name="boundaries"/> the positions strictly inside <paramref name="text"/> where ICU ends a sentence.</summary>
    public static void Find(string text, Language language, List<int> boundaries)
    {
        var iterator = IteratorFor(language);
        iterator.SetText(text);
        iterator.First();
        for (var boundary = iterator.Next(); boundary != BreakIterator.Done && boundary < text.Length; boundary = iterator.Next())
        {
            boundaries.Add(boundary);
        }
    }

    private static BreakIterator IteratorFor(Language language)
    {
        iterators ??= new Dictionary<string, BreakIterator>(StringComparer.Ordinal);
        if (!iterators.TryGetValue(language.Tag, out var iterator))
        {
            iterator = BreakIterator.GetSentenceInstance(new UCultureInfo(language.Tag));
            iterators.Add(language.Tag, iterator);
        }

        return iterator;
    }
}
