using System.Text;
using System.Xml;

namespace Alignment.Interchange;

/// <summary>Text as XML 1.0 can carry it.</summary>
internal static class XmlText
{
    /// <summary>
    /// How our XML files are written: UTF-8 without a byte-order mark, two-space indents, LF line ends, line breaks
    /// inside text as character references (so no reader's whitespace handling can change a segment), and the
    /// caller's stream left open for its atomic rename.
    /// </summary>
    public static XmlWriterSettings WriterSettings() => new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>
    /// Drops the characters that XML 1.0 cannot represent at all, not even as character references: C0 controls
    /// other than tab, line feed and carriage return, U+FFFE, U+FFFF and unpaired surrogates. Text extracted from
    /// PDFs carries such debris now and then; a file that no reader can open would be worse than losing it.
    /// </summary>
    public static string Clean(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                clean.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                clean.Append(c).Append(text[i + 1]);
                i++;
            }
        }

        return clean.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
