namespace Alignment.Documents;

/// <summary>How a <see cref="DocumentReader"/> reads files: which encoding, what to do with bytes that are not valid in it, how large a file may be.</summary>
public sealed record ReaderOptions
{
    /// <summary>The largest file read by default: 64 MiB, several times the longest UN report, and far below what would exhaust memory.</summary>
    public const long DefaultMaxFileSize = 64L * 1024 * 1024;

    /// <summary>Detect the encoding, refuse invalid bytes, read files up to <see cref="DefaultMaxFileSize"/>.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>The files' encoding; <see cref="TextEncoding.Auto"/> (the default) detects it.</summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Auto;

    /// <summary>
    /// Whether bytes that are not valid in the encoding become U+FFFD (<c>�</c>) instead of stopping the read with
    /// an error that gives their offset. Off by default: a wrong encoding should be noticed, not translated as noise.
    /// </summary>
    public bool ReplaceInvalid { get; init; }

    /// <summary>
    /// Files larger than this many bytes are refused before they are read. The reader holds a document and its
    /// analysis in memory, several times the size of the file, so the limit guards against a wrong file (a corpus
    /// dump, a log) exhausting memory; raise it for a document that really is larger.
    /// </summary>
    public long MaxFileSize { get; init; } = DefaultMaxFileSize;
}
