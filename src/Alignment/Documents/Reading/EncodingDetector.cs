namespace Alignment.Documents.Reading;

/// <summary>Reads what a file's first bytes say about its encoding: a byte order mark, or the NUL bytes of UTF-16 without one.</summary>
internal static class EncodingDetector
{
    /// <summary>The encoding a byte order mark at the start of <paramref name="head"/> names, and the mark's length (0 when there is none).</summary>
    public static (TextEncoding Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> head) => head switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (TextEncoding.Utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (TextEncoding.Utf32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (TextEncoding.Utf32BigEndian, 4),
        [0xFF, 0xFE, ..] => (TextEncoding.Utf16, 2),
        [0xFE, 0xFF, ..] => (TextEncoding.Utf16BigEndian, 2),
        _ => (TextEncoding.Auto, 0),
    };

    /// <summary>
    /// The mark that fits an encoding named by the user, so that it is not read as text: a UTF-16 or UTF-32 mark also
    /// says which byte order the file has. Other marks are left alone; the user said what the file is.
    /// </summary>
    public static (TextEncoding Encoding, int Length) ByteOrderMark(ReadOnlySpan<byte> head, TextEncoding named)
    {
        var (marked, length) = ByteOrderMark(head);
        if (marked == named || (named.UnitSize > 1 && marked.UnitSize == named.UnitSize))
        {
            return (marked, length);
        }

        // FF FE 00 00 is a UTF-16 mark followed by a NUL as much as it is a UTF-32 mark.
        return named.UnitSize == 2 && head is [0xFF, 0xFE, ..] ? (TextEncoding.Utf16, 2) : (named, 0);
    }

    /// <summary>
    /// UTF-16 without a byte order mark, when the file clearly is: in UTF-16LE every ASCII character (digits, spaces,
    /// line breaks, Latin names) has a NUL as its second byte, and the first bytes are almost never NUL. Chinese text
    /// with hardly any ASCII is not recognised; it needs its encoding named.
    /// </summary>
    /// <returns>UTF-16LE or UTF-16BE, or <see cref="TextEncoding.Auto"/> when the file is not clearly UTF-16.</returns>
    public static TextEncoding Utf16WithoutMark(ReadOnlySpan<byte> head)
    {
        var pairs = head.Length / 2;
        if (pairs < 4)
        {
            return TextEncoding.Auto;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < pairs * 2; i += 2)
        {
            evenNuls += head[i] == 0 ? 1 : 0;
            oddNuls += head[i + 1] == 0 ? 1 : 0;
        }

        // A tenth of the characters ASCII (a UN Chinese text has more: line breaks, digits, symbols), and the other
        // byte NUL ten times less often (U+4E00 一 is 00 4E in UTF-16LE). Binary data has NULs in both places.
        return oddNuls * 10 >= pairs && evenNuls * 10 <= oddNuls ? TextEncoding.Utf16
            : evenNuls * 10 >= pairs && oddNuls * 10 <= evenNuls ? TextEncoding.Utf16BigEndian
            : TextEncoding.Auto;
    }
}
