using System.Buffers;
using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// Decodes a text file: UTF-8 with or without a byte order mark, UTF-16 LE or BE with one. The mark is not part
/// of the text, so offsets into the result start at the first real character. Kept apart so that more encodings
/// (GB18030, Big5) can be added in one place.
/// </summary>
internal static class TextDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <exception cref="InputException">The bytes are not valid in the encoding they declare or imply.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            return DecodeUtf8(bytes[Utf8Bom.Length..], Utf8Bom.Length, fileName);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return DecodeUtf16(bytes[2..], bigEndian: false, fileName);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return DecodeUtf16(bytes[2..], bigEndian: true, fileName);
        }

        return DecodeUtf8(bytes, 0, fileName);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, int skipped, string fileName)
    {
        for (var at = 0; at < bytes.Length;)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out var consumed) != OperationStatus.Done)
            {
                throw new InputException(fileName, $"is not valid UTF-8 at byte {skipped + at}");
            }

            at += consumed;
        }

        return Encoding.UTF8.GetString(bytes);
    }

    private static string DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, string fileName)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            if (bytes.Length % 2 != 0)
            {
                throw new InputException(fileName, $"is not valid UTF-16 at byte {bytes.Length + 1}: the file ends in half a character");
            }

            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException(fileName, $"is not valid UTF-16 at byte {2 + Math.Max(0, e.Index)}", e);
        }
    }
}
