using System.IO.Compression;
using System.Xml;
using Alignment.Documents.Reading;
using DocumentFormat.OpenXml.Packaging;

namespace Alignment.Documents.Word;

/// <summary>
/// Opens a Word file's ZIP package within the size limit, which applies to its XML unpacked: a file of a few
/// megabytes can hold XML that unpacks to gigabytes (a ZIP bomb), and the XML is what is read into memory. Pictures
/// and other parts that are never read do not count. The parts that are read are also checked for nesting deeper
/// than any document's, which would overflow the stack of the XML object model that reads them.
/// </summary>
internal static class WordPackage
{
    /// <summary>Word's own deepest nesting (tables in tables in content controls) stays far below this many elements.</summary>
    public const int MaxDepth = 1000;

    /// <exception cref="InputException">The XML parts declare or hold more bytes, together, than the size limit, or nest deeper than <see cref="MaxDepth"/>.</exception>
    /// <exception cref="InvalidDataException">The archive's list of contents cannot be read.</exception>
    /// <exception cref="XmlException">A part that is read is not well-formed XML.</exception>
    public static WordprocessingDocument Open(string path, ReaderOptions options)
    {
        // First what the archive declares, before anything is unpacked.
        var declared = DeclaredXmlSize(path);
        if (declared > options.MaxFileSize)
        {
            throw new InputException(path, TooLarge(FileFormats.Megabytes(declared), options));
        }

        var word = WordprocessingDocument.Open(path, isEditable: false, new OpenSettings { MaxCharactersInPart = options.MaxFileSize });
        try
        {
            // Then what the parts really hold: declared sizes are only a claim, so each part is unpacked through a
            // count that stops at the limit, before the object model is built from it.
            var budget = options.MaxFileSize;
            foreach (var part in PartsRead(word))
            {
                budget -= Check(path, part, budget, options);
            }

            return word;
        }
        catch
        {
            word.Dispose();
            throw;
        }
    }

    private static string TooLarge(string size, ReaderOptions options) =>
        $"is a Word document whose text unpacks to {size} of XML, over the {FileFormats.Megabytes(options.MaxFileSize)} limit for one document; if it really is one document, raise the limit";

    private static long DeclaredXmlSize(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries
            .Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            .Sum(e => e.Length);
    }

    /// <summary>The parts <see cref="WordLayout"/> reads.</summary>
    private static IEnumerable<OpenXmlPart?> PartsRead(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart;
        return [main, main?.NumberingDefinitionsPart, main?.StyleDefinitionsPart, main?.FootnotesPart, main?.EndnotesPart];
    }

    /// <summary>The bytes <paramref name="part"/> unpacks to, read with the XML reader once.</summary>
    private static long Check(string path, OpenXmlPart? part, long budget, ReaderOptions options)
    {
        if (part is null)
        {
            return 0;
        }

        using var stream = new CountingStream(part.GetStream(FileMode.Open, FileAccess.Read), budget);
        using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        try
        {
            while (xml.Read())
            {
                if (xml.Depth > MaxDepth)
                {
                    throw new InputException(path, $"is a Word document whose XML nests more than {MaxDepth} levels deep ({part.Uri}), deeper than any document; it was made to break readers, or is damaged");
                }
            }
        }
        catch (CountingStream.OverLimitException)
        {
            throw new InputException(path, TooLarge($"more than {FileFormats.Megabytes(options.MaxFileSize)}", options));
        }

        return stream.Count;
    }
}
