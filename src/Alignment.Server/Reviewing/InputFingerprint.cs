using System.Security.Cryptography;
using System.Text;
using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// What a review file remembers of an input, to notice when the file changed or is cut into different sentences
/// since: then the beads it holds would pair the wrong sentences.
/// </summary>
/// <param name="Path">The input's full path.</param>
/// <param name="Language">The document's language tag.</param>
/// <param name="Sha256">The file's SHA-256, in hexadecimal.</param>
/// <param name="Sentences">How many sentences it was cut into.</param>
/// <param name="SentenceDigest">A digest of those sentences' texts.</param>
internal sealed record InputFingerprint(string Path, string Language, string Sha256, int Sentences, string SentenceDigest)
{
    public static InputFingerprint Of(string path, SegmentedDocument document) =>
        new(System.IO.Path.GetFullPath(path), document.Language.Tag, FileDigest(path), document.Sentences.Count, Digest(document));

    /// <summary>Why <paramref name="document"/>, read now from this input, is not what the review was made on; null when it is.</summary>
    public string? Difference(SegmentedDocument document, string reviewFile) =>
        FileDigest(Path) != Sha256 ? $"has changed since its review was saved in {reviewFile}"
        : document.Sentences.Count != Sentences || Digest(document) != SentenceDigest
            ? $"is cut into other sentences by this version of Alignment than when its review was saved in {reviewFile}"
        : null;

    private static string FileDigest(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Digest(SegmentedDocument document) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', document.Sentences.Select(s => s.Text)))))[..16];
}
