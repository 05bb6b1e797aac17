namespace Alignment.Documents.Reading;

/// <summary>
/// Tells files that are not text from text files by their first bytes: a PDF or a word-processor document given
/// instead of its text, or any binary file, which would otherwise be read as a page of noise. RTF and HTML are text
/// files too, but read as text their markup would become sentences and then units of a memory.
/// </summary>
internal static class BinaryContent
{
    /// <summary>Control characters (other than tab, line and page breaks) in text are rare slips; more than one in this many units is binary.</summary>
    private const int ControlShare = 20;

    /// <summary>What is wrong with a file that starts with <paramref name="head"/>, or empty when it looks like text.</summary>
    /// <param name="head">The first bytes of the file.</param>
    /// <param name="start">Where the text starts (after a byte order mark).</param>
    /// <param name="encoding">The encoding the text is in, for its code unit size and byte order; <see cref="TextEncoding.Auto"/> for one-byte units.</param>
    public static string Problem(ReadOnlySpan<byte> head, int start, TextEncoding encoding)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return "is a PDF file, not text: read it as a file (the reader tells PDF files by their content)";
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return "is a ZIP archive but not a Word document (an .xlsx or .odt, perhaps): save it as .docx or plain text first";
        }

        if (MarkupKind(head[start..]) is { Length: > 0 } markup)
        {
            return markup.StartsWith("an XML", StringComparison.Ordinal)
                ? $"is {markup}, not a document's text: give the document itself (PDF, .docx or plain text)"
                : $"is {markup}, not plain text: save it as .docx or as plain text first, or print it to PDF";
        }

        var at = BinaryAt(head, start, encoding.IsAuto ? 1 : encoding.UnitSize, encoding.IsBigEndian);
        return at < 0 ? string.Empty
            : encoding.IsAuto && (NulsOnOneSide(head) || ReadsAsChinese(head, start)) ? $"is not a text file (binary data at byte {at}), unless it is UTF-16 without a byte order mark: then pass --encoding utf-16"
            : $"is not a text file (binary data at byte {at})";
    }

    /// <summary>
    /// "an RTF document", "an HTML page" or "an XML file (&lt;root&gt;)" when the text opens as one, after any blank
    /// space, or empty. An HTML page may open with a comment or a processing instruction before its document type, and
    /// an XHTML page with an XML declaration; any other XML (a TMX, an XLIFF file) says so by its declaration. Plain
    /// text that merely mentions a tag does not open with one.
    /// </summary>
    private static string MarkupKind(ReadOnlySpan<byte> text)
    {
        text = text.TrimStart(" \t\r\n"u8);
        if (text.StartsWith(@"{\rtf"u8))
        {
            return "an RTF document";
        }

        var declared = text.StartsWith("<?xml"u8);
        while (text.StartsWith("<?"u8) || text.StartsWith("<!--"u8))
        {
            var end = text.IndexOf(">"u8);
            if (end < 0)
            {
                return string.Empty;
            }

            text = text[(end + 1)..].TrimStart(" \t\r\n"u8);
        }

        if (OpensWith(text, "<!doctype html"u8) || OpensWith(text, "<html"u8))
        {
            return "an HTML page";
        }

        return declared && RootName(text) is { Length: > 0 } root ? $"an XML file (<{root}>)" : string.Empty;
    }

    /// <summary>The name of the element <paramref name="text"/> opens with, past any document type, or empty.</summary>
    private static string RootName(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith("<!"u8) && text.IndexOf(">"u8) is >= 0 and var end)
        {
            text = text[(end + 1)..].TrimStart(" \t\r\n"u8);
        }

        if (text.Length < 2 || text[0] != '<' || !char.IsAsciiLetter((char)text[1]))
        {
            return string.Empty;
        }

        var length = 1;
        while (length < text.Length && length < 40 && (char.IsAsciiLetterOrDigit((char)text[length]) || text[length] is (byte)':' or (byte)'-' or (byte)'_' or (byte)'.'))
        {
            length++;
        }

        return System.Text.Encoding.ASCII.GetString(text[1..length]);
    }

    /// <summary>Whether <paramref name="text"/> opens with the ASCII <paramref name="prefix"/>, letters in either case.</summary>
    private static bool OpensWith(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        if (text.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if ((text[i] | 0x20) != (prefix[i] | 0x20))
            {
                return false;
            }
        }

        return text.Length == prefix.Length || text[prefix.Length] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\r' or (byte)'\n';
    }

    /// <summary>Whether the NUL bytes fall on even or on odd offsets almost only, as the ASCII characters of UTF-16 text do.</summary>
    private static bool NulsOnOneSide(ReadOnlySpan<byte> head)
    {
        int even = 0, odd = 0;
        for (var i = 0; i < head.Length; i++)
        {
            if (head[i] == 0)
            {
                (i % 2 == 0 ? ref even : ref odd)++;
            }
        }

        return Math.Max(even, odd) > 0 && Math.Min(even, odd) * 10 <= Math.Max(even, odd);
    }

    /// <summary>
    /// Whether the bytes, read as UTF-16 in either byte order, are mostly Han characters and CJK punctuation: Chinese
    /// UTF-16 with no ASCII at all has no NUL bytes to tell it by, but no binary format looks like this.
    /// </summary>
    private static bool ReadsAsChinese(ReadOnlySpan<byte> head, int start)
    {
        var units = (head.Length - start) / 2;
        if (units < 8)
        {
            return false;
        }

        int little = 0, big = 0;
        for (var i = 0; i < units; i++)
        {
            var offset = start + (i * 2);
            little += IsChinese((char)(head[offset] | (head[offset + 1] << 8))) ? 1 : 0;
            big += IsChinese((char)((head[offset] << 8) | head[offset + 1])) ? 1 : 0;
        }

        return Math.Max(little, big) * 10 >= units * 9;
    }

    private static bool IsChinese(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>The offset of the first NUL, or of the first control character when they are too many; −1 for text.</summary>
    private static long BinaryAt(ReadOnlySpan<byte> head, int start, int unitSize, bool bigEndian)
    {
        var units = (head.Length - start) / unitSize;
        long firstControl = -1;
        var controls = 0;
        for (var i = 0; i < units; i++)
        {
            var offset = start + (i * unitSize);
            var unit = Unit(head.Slice(offset, unitSize), bigEndian);
            if (unit == 0)
            {
                return offset;
            }

            if (unit < 0x20 && unit is not ('\t' or '\n' or '\v' or '\f' or '\r'))
            {
                controls++;
                firstControl = firstControl < 0 ? offset : firstControl;
            }
        }

        return controls > 0 && controls * ControlShare > units ? firstControl : -1;
    }

    private static uint Unit(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        uint value = 0;
        for (var k = 0; k < bytes.Length; k++)
        {
            value |= (uint)bytes[bigEndian ? bytes.Length - 1 - k : k] << (8 * k);
        }

        return value;
    }
}
