using Alignment.Aligning;
using Alignment.Memory.Searching;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Splits a localiser off a two-character Chinese word where the segmenter has glued it to the last character of a
/// name it does not know. SmartCn cuts an unknown place name into its characters and then reads the last of them with
/// the postposition after it as a word of its own (高 | 坪 | 山上 for 高坪山 and 上, "on"), so the name is a candidate
/// only where the text writes it before some other word. Term lookup and the word alignment read the same split words,
/// and the index's term statistics count them, so the three agree. Only a word right after a single character that is
/// a word of its own and no function word is split: that is the sign of a name cut up; a localiser after a word the
/// segmenter knows (在 山上, 以上, 其中) is left as it was, and so is a word the lexicon knows: most are verbs with a
/// complement of direction (剩下, 留下) or words of their own (马上, 路上).
/// </summary>
internal static class LocativeWords
{
    // Postpositions of place and scope ("on", "in", "inside", "under", "outside").
    private const string Localisers = "上中里内下外";

    /// <summary>
    /// <paramref name="words"/> with such words split in two, or the same list where there is none (the usual case,
    /// which allocates nothing).
    /// </summary>
    public static List<AnalyzedToken> Split(string text, List<AnalyzedToken> words)
    {
        List<AnalyzedToken>? split = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && IsGluedLocative(text, words[i - 1], word))
            {
                split ??= [.. words.Take(i)];
                var head = word.Term.Length == 2 ? word.Term[..1] : text.Substring(word.Start, 1);
                var tail = word.Term.Length == 2 ? word.Term[1..] : text.Substring(word.Start + 1, 1);
                split.Add(word with { Term = head, End = word.Start + 1 });
                split.Add(word with { Term = tail, Start = word.Start + 1 });
                continue;
            }

            split?.Add(word);
        }

        return split ?? words;
    }

    private static bool IsGluedLocative(string text, AnalyzedToken before, AnalyzedToken word) =>
        word.End - word.Start == 2
        && Localisers.Contains(text[word.Start + 1], StringComparison.Ordinal)
        && before.End == word.Start
        && TermShingles.IsSingleCharacterWord(text.AsSpan(before.Start, before.End - before.Start))
        && TermShingles.IsSingleCharacterWord(text.AsSpan(word.Start, 1))
        && Lexicon.Bundled.Lookup(text.Substring(word.Start, 2)).Count == 0;
}
