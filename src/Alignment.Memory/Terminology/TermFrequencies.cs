using Alignment.Memory.Indexing;
using Lucene.Net.Index;

namespace Alignment.Memory.Terminology;

/// <summary>
/// How many units of a memory hold a candidate term of one language: a term of two words or more by its key in the
/// term field, a single word by the word field, which holds every word anyway (<see cref="TermKeyTokens"/>).
/// </summary>
internal sealed class TermFrequencies(IndexReader reader, string code)
{
    private readonly KnownTerms phrases = new(reader, IndexSchema.Terms(code));
    private readonly KnownTerms words = new(reader, IndexSchema.Words(code));

    /// <summary>How many units hold the term <paramref name="key"/> of <paramref name="wordCount"/> words.</summary>
    public int Of(string key, int wordCount) => (wordCount == 1 ? words : phrases).Frequency(key);
}
