using Alignment.Memory.Matching;

namespace Alignment.Memory.Indexing;

/// <summary>
/// A document name as the index keeps it. The name is an index term, and Lucene refuses a term over 32,766 bytes;
/// a TMX can carry thousands of characters there (a note in the wrong attribute, a generated path). A name over
/// <see cref="TranslationMemory.MaxDocumentNameLength"/> is kept as its beginning followed by a digest of the whole,
/// so that two long names stay two documents, and the same name always shortens the same way, so that deleting or
/// replacing a document by its full name finds its units.
/// </summary>
internal static class DocumentNames
{
    private const char Ellipsis = '…';

    /// <summary><paramref name="name"/> as stored: itself when within the limit, otherwise shortened.</summary>
    public static string Stored(string name)
    {
        if (name.Length <= TranslationMemory.MaxDocumentNameLength)
        {
            return name;
        }

        var digest = TextKey.Digest(name);
        var kept = TranslationMemory.MaxDocumentNameLength - digest.Length - 1;
        if (char.IsHighSurrogate(name[kept - 1]))
        {
            kept--;
        }

        return string.Concat(name.AsSpan(0, kept), [Ellipsis], digest);
    }
}
