using System.Xml;
using Alignment.Documents.Reading;
using Alignment.Documents.Word;
using DocumentFormat.OpenXml.Packaging;

namespace Alignment.Documents;

/// <summary>
/// Reads a Word file (.docx) into a <see cref="Document"/>: its paragraphs in reading order (tables cell by cell), the
/// labels Word's list numbering generates (<c>12.</c>, <c>(a)</c>, which are not in the paragraph's text), footnotes
/// and endnotes as footnote blocks with their markers in the text (<c>¹</c>); headers and footers are left out. Each
/// sentence can be traced to its paragraph (<see cref="Document.LocationOf"/>). Safe for concurrent use.
/// </summary>
public sealed class WordDocumentReader : IDocumentReader
{
    /// <summary>Creates a reader that refuses files over <paramref name="options"/>' size limit.</summary>
    public WordDocumentReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>A reader with <see cref="ReaderOptions.Default"/>.</summary>
    public static WordDocumentReader Default { get; } = new(ReaderOptions.Default);

    /// <summary>The size limit (<see cref="ReaderOptions.MaxFileSize"/>); encodings do not apply to Word files.</summary>
    public ReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="InputException">
    /// The file does not exist, cannot be read, is over the size limit (or its XML is, unpacked, or nests more than
    /// 1000 levels deep), is not a Word file (a legacy .doc included), is password-protected, is damaged, or has no text.
    /// </exception>
    public Document ReadFile(string path) => Read(path, null, Options);

    /// <inheritdoc cref="ReadFile(string)"/>
    public Document ReadFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Read(path, language, Options);
    }

    internal static Document Read(string path, Language? language, ReaderOptions options)
    {
        var format = FileFormats.Detect(path, options);
        if (format != FileFormat.Word)
        {
            throw new InputException(path, format switch
            {
                FileFormat.LegacyOffice => "is a legacy Word document (.doc) or another Office 97-2003 file: open it in Word or LibreOffice and save it as .docx",
                FileFormat.EncryptedOffice => FileFormats.Encrypted,
                _ => "is not a Word document (.docx)",
            });
        }

        LaidOutText laid;
        IReadOnlyList<InlineCode> codes;
        try
        {
            using var word = WordPackage.Open(path, options);
            laid = WordLayout.Lay(word, out codes);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or InvalidOperationException)
        {
            throw new InputException(path, $"is a damaged Word document: {OneLine(e.Message)}", e);
        }

        var document = DocumentReader.ReadLaidOut(laid, language, Path.GetFileName(path));
        document.InlineCodes = codes;
        return document;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").TrimEnd('.');
}
