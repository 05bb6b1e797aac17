namespace Alignment.Documents;

/// <summary>
/// The reader stage: turns a file into a <see cref="Document"/> of labelled, placed blocks. <see cref="DocumentReader"/>
/// is the default; it reads text, PDF and Word files, chosen by their content. Implement this to bring your own
/// reader (another PDF library, an OCR engine, a format of your own) and hand it to
/// <c>AlignmentPipeline.Default with { Reader = yours }</c>.
/// </summary>
/// <remarks>
/// Implementations should be safe for concurrent use, and report a file they cannot use with an
/// <see cref="InputException"/> that names the file and the problem in one line.
/// </remarks>
public interface IDocumentReader
{
    /// <summary>Reads a file, detecting its language.</summary>
    /// <exception cref="InputException">The file cannot be read or holds no text.</exception>
    Document ReadFile(string path);

    /// <summary>Reads a file known to be in <paramref name="language"/>.</summary>
    /// <exception cref="InputException">The file cannot be read or holds no text.</exception>
    Document ReadFile(string path, Language language);
}
