using System.Globalization;
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

    /// <summary>
    /// The name the pair of <paramref name="sourcePath"/> and <paramref name="targetPath"/> goes by in the memory in
    /// <paramref name="memoryDirectory"/>: the name it was recorded under if it was indexed before; otherwise the source
    /// file's name, unless another pair recorded there (or one of <paramref name="alsoTaken"/>) goes by it, in which case
    /// the file's name with as many of its folders in front as set it apart (<c>b/zh.txt</c>), or failing that a number
    /// after it (<c>zh.txt (2)</c>). Two pairs never share a name, so removing or replacing one never touches the other.
    /// </summary>
    public static string NameFor(string memoryDirectory, string sourcePath, string targetPath, IReadOnlyCollection<string> alsoTaken)
    {
        ArgumentNullException.ThrowIfNull(alsoTaken);
        var (source, target) = (Path.GetFullPath(sourcePath), Path.GetFullPath(targetPath));
        var recorded = All(memoryDirectory);
        if (recorded.FirstOrDefault(p => p.SourcePath == source && p.TargetPath == target) is { } known)
        {
            return known.Document;
        }

        var taken = recorded.Select(p => p.Document).Concat(alsoTaken).ToHashSet(StringComparer.Ordinal);
        return NamesOf(source).First(name => !taken.Contains(name));
    }

    /// <summary>
    /// <paramref name="pipeline"/> reading the source document of <paramref name="pair"/> under the pair's name, so
    /// that its alignment's units and review carry the name the memory knows the pair by.
    /// </summary>
    public static AlignmentPipeline Naming(AlignmentPipeline pipeline, DocumentPair pair)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(pair);
        return Path.GetFileName(pair.SourcePath) == pair.Document ? pipeline
            : pipeline with { Reader = new PairNamingReader(pipeline.Reader, Path.GetFullPath(pair.SourcePath), pair.Document) };
    }

    /// <summary>The file's name, then with its folders in front one by one, then numbered: an endless list of distinct names.</summary>
    private static IEnumerable<string> NamesOf(string path)
    {
        var name = Path.GetFileName(path);
        yield return name;
        var withFolders = name;
        for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(Path.GetFileName(folder)); folder = Path.GetDirectoryName(folder))
        {
            // A slash whatever the system, so a memory names a document the same on every machine it is copied to.
            withFolders = Path.GetFileName(folder) + "/" + withFolders;
            yield return withFolders;
        }

        for (var n = 2; ; n++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{name} ({n})");
        }
    }

    /// <summary>Every pair recorded for the memory that can be read.</summary>
    private static List<DocumentPair> All(string memoryDirectory)
    {
        var folder = Path.Combine(Path.GetFullPath(memoryDirectory), FolderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var pairs = new List<DocumentPair>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.pair.json"))
        {
            if (TryFind(memoryDirectory, Path.GetFileName(file)[..^".pair.json".Length], out var pair))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
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
