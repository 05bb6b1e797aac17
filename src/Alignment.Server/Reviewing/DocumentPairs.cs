using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Alignment.Interchange;

namespace Alignment.Server.Reviewing;

/// <summary>
/// The document pairs of a translation memory, kept in a <c>reviews</c> folder inside the memory's folder, one small
/// JSON file per document, named by a digest of the document's name. Thread-safe; every file is written atomically.
/// </summary>
public static class DocumentPairs
{
    /// <summary>The folder inside a memory's folder that holds the pairs and the review files made from the memory.</summary>
    public const string FolderName = "reviews";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>
    /// The key that stands for <paramref name="document"/> in URLs and file names: sixteen hexadecimal digits of its
    /// name's SHA-256, so that a name never becomes a path.
    /// </summary>
    public static string KeyOf(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)))[..16];
    }

    /// <summary>Where a review of <paramref name="document"/> is kept when it has no output of its own (a pair indexed without a review).</summary>
    public static string ReviewFileIn(string memoryDirectory, string document) =>
        Path.Combine(Path.GetFullPath(memoryDirectory), FolderName, KeyOf(document) + ".review.json");

    /// <summary>Records <paramref name="pair"/> for the memory in <paramref name="memoryDirectory"/>, replacing an earlier record of the same document.</summary>
    /// <exception cref="IOException">The record cannot be written.</exception>
    public static void Record(string memoryDirectory, DocumentPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        AtomicFile.Write(PathOf(memoryDirectory, KeyOf(pair.Document)), stream => JsonSerializer.Serialize(stream, pair, Options));
    }

    /// <summary>The pair recorded under <paramref name="key"/> (see <see cref="KeyOf"/>), if there is one and it can be read.</summary>
    public static bool TryFind(string memoryDirectory, string key, out DocumentPair pair)
    {
        pair = new DocumentPair(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);
        if (key.Length != 16 || !key.All(char.IsAsciiHexDigitLower))
        {
            return false;
        }

        var path = PathOf(memoryDirectory, key);
        try
        {
            using var stream = File.OpenRead(path);
            if (JsonSerializer.Deserialize<DocumentPair>(stream, Options) is { Document.Length: > 0 } found && KeyOf(found.Document) == key)
            {
                pair = found with { Output = found.Output ?? string.Empty };
                return true;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A pair that cannot be read is one the memory does not know: the page offers no link to it.
        }

        return false;
    }

    private static string PathOf(string memoryDirectory, string key) =>
        Path.Combine(Path.GetFullPath(memoryDirectory), FolderName, key + ".pair.json");
}
