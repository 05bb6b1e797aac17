using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Alignment.Interchange;

/// <summary>Streaming steps shared by the XML readers (TMX, TBX), which walk a file one element at a time.</summary>
internal static partial class XmlReading
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    // Files from CAT tools on Chinese or Western Windows declare encoding="gb18030", "GBK", "Big5" or "windows-1252";
    // .NET knows those code pages only once their provider is registered (as for text documents).
    static XmlReading() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Settings for untrusted files: a DTD is neither loaded nor obeyed, so no entity can expand or fetch.</summary>
    public static XmlReaderSettings Settings(bool closeInput) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = closeInput,
    };

    /// <summary>The <c>xml:lang</c> of the element the reader is on, or its deprecated <c>lang</c>, or empty.</summary>
    public static string LanguageOf(XmlReader xml) => (xml.GetAttribute("lang", XmlNamespace) ?? xml.GetAttribute("lang") ?? string.Empty).Trim();

    /// <summary>
    /// Calls <paramref name="child"/> on each child element of the element the reader is on; the call must move the
    /// reader past the child. Leaves the reader after the element's end.
    /// </summary>
    public static void Children(XmlReader xml, Action child)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }

        var depth = xml.Depth;
        Advance(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                child();
            }
            else
            {
                Advance(xml);
            }
        }

        xml.Read();
    }

    /// <summary>The text content of the element the reader is on, whatever markup it holds; leaves the reader after it.</summary>
    public static string Text(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return string.Empty;
        }

        // Nearly always a single text node, whose value is the answer; a builder only for mixed content.
        var depth = xml.Depth;
        var first = string.Empty;
        StringBuilder? text = null;
        Advance(xml);
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (IsText(xml.NodeType))
            {
                if (first.Length == 0)
                {
                    first = xml.Value;
                }
                else
                {
                    (text ??= new StringBuilder(first)).Append(xml.Value);
                }
            }

            Advance(xml);
        }

        xml.Read();
        return text?.ToString() ?? first;
    }

    public static bool IsText(XmlNodeType type) =>
        type is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    /// <summary>Moves to the next node inside an element, which cannot be the end of the file.</summary>
    public static void Advance(XmlReader xml)
    {
        if (!xml.Read())
        {
            // XmlReader reports unclosed elements itself; this only guards against a reader that ends quietly.
            throw new XmlException("Unexpected end of file.");
        }
    }

    /// <summary>Moves to the root element and checks its name.</summary>
    /// <exception cref="InputException">The root element has another name.</exception>
    public static void ExpectRoot(XmlReader xml, string name, string format, params string[] roots)
    {
        xml.MoveToContent();
        if (xml.NodeType != XmlNodeType.Element || !roots.Contains(xml.LocalName))
        {
            var info = (IXmlLineInfo)xml;
            throw new InputException(
                name, info.LineNumber, info.LinePosition, $"is not a {format} file: its root element is <{xml.Name}>, not <{roots[0]}>");
        }
    }

    /// <summary>The user-facing form of a parse error: the file, the line and column, and what is wrong.</summary>
    /// <param name="error">The parser's error.</param>
    /// <param name="name">The input's name.</param>
    /// <param name="format">The format expected, for input that is not XML at all.</param>
    /// <param name="rootSeen">Whether the input got as far as a root element (else it is not XML).</param>
    public static InputException Malformed(XmlException error, string name, string format, bool rootSeen)
    {
        var message = Position().Replace(error.Message, string.Empty);
        var problem = rootSeen ? $"is not well-formed XML: {message}" : $"is not a {format} file: it is not XML ({message})";
        return error.LineNumber > 0 ? new InputException(name, error.LineNumber, error.LinePosition, problem, error)
            : new InputException(name, problem, error);
    }

    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex Position();
}
