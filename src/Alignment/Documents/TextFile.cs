using Alignment.Documents.Reading;

namespace Alignment.Documents;

/// <summary>
/// Reads a text file that is not a document to be read into blocks (a query, a list of sentences) as documents are
/// decoded: the encoding detected or the one <see cref="ReaderOptions.Encoding"/> names, binary data and invalid
/// bytes refused, the size limit applied. A file saved in GB18030 is thus read as its text, not as noise.
/// </summary>
public static class TextFile
{
    /// <summary>The file's whole text, without a byte order mark. Thread-safe.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Its encoding, what to do with invalid bytes, and the largest size read.</param>
    /// <exception cref="InputException">
    /// The file does not exist, cannot be read, is too large, is not text, or is not valid in its encoding.
    /// </exception>
    public static string ReadAllText(string path, ReaderOptions options) => TextDecoder.Read(path, options).Text;
}
