using Alignment.Memory.Indexing;
using Lucene.Net.Index;

namespace Alignment.Memory.Terminology;

/// <summary>
/// How many units of a memory hold a candidate term of one language: a term of two words or more by its key in the
/// term field, a single word by the word field, which holds every word anyway (<see cref="TermKeyTokens"/>).
/// A Chinese key has no spaces to count its words by, and the segmenter cuts the same characters into one word in
/// one unit and two in another (专家组, 专家 组): its units are those of both fields.
/// </summary>
internal sealed class TermFrequencies(IndexReader reader, string code)
{
    private readonly KnownTerms phrases = new(reader, IndexSchema.Terms(code));
    private readonly KnownTerms words = new(reader, IndexSchema.Words(code));
    private readonly bool unspaced = IndexSchema.IsCharacterBased(code);

    /// <summary>How many units hold the term <paramref name="key"/> of <paramref name="wordCount"/> words.</summary>
    public int Of(string key, int wordCount) =>
        unspaced ? Math.Min(reader.NumDocs, words.Frequency(key) + phrases.Frequency(key))
            : (wordCount == 1 ? words : phrases).Frequency(key);
}
