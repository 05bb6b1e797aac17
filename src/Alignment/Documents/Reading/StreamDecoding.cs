using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// Decodes the bytes <c>[start, end)</c> of a seekable stream in pieces, so that a file's bytes and its text are
/// never both in memory: one pass measures the text (and validates it), a second writes it into a string of
/// exactly that length.
/// </summary>
internal static class StreamDecoding
{
    private const int PieceSize = 1 << 16;

    /// <summary>Measures the text and counts invalid sequences and Han characters, optionally stopping at the first invalid sequence.</summary>
    public static DecodeStats Measure(Stream stream, long start, long end, TextEncoding encoding, bool stopAtInvalid) =>
        Pass(stream, start, end, encoding, [], write: false, stopAtInvalid);

    /// <summary>Decodes the bytes into a string of <paramref name="length"/> characters, as measured; invalid sequences become U+FFFD.</summary>
    /// <exception cref="InvalidDataException">The bytes decode to another length than measured: the file changed in between.</exception>
    public static string Decode(Stream stream, long start, long end, TextEncoding encoding, int length) =>
        string.Create(length, (stream, start, end, encoding), static (chars, state) =>
        {
            var stats = Pass(state.stream, state.start, state.end, state.encoding, chars, write: true, stopAtInvalid: false);
            if (stats.Chars != chars.Length)
            {
                throw new InvalidDataException("The file decoded to another length than it did a moment before.");
            }
        });

    /// <summary>
    /// The offset of the first invalid sequence, which a pass saw by <paramref name="seenBy"/>. Decoded in pieces, a
    /// decoder cannot say exactly where a sequence split across pieces began, so the bytes up to there are decoded
    /// again in one piece; this happens once, on the way to reporting the error.
    /// </summary>
    public static long FirstInvalid(Stream stream, long start, long seenBy, TextEncoding encoding)
    {
        var bytes = new byte[(int)Math.Min(seenBy - start, Array.MaxLength)];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        var strict = encoding.ToEncoding(DecoderFallback.ExceptionFallback);
        var at = InvalidAt(strict, bytes);
        if (at < 0)
        {
            return seenBy;
        }

        // .NET's UTF-16 decoder reports a high surrogate without its low one at the unit after it: step back to
        // where the bytes before the offset are all valid, which is where the invalid sequence starts.
        for (var steps = 0; steps < 4 && at > 0 && InvalidAt(strict, bytes.AsSpan(0, at)) >= 0; steps++)
        {
            at--;
        }

        return start + at;
    }

    private static int InvalidAt(Encoding strict, ReadOnlySpan<byte> bytes)
    {
        try
        {
            strict.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException e)
        {
            return Math.Clamp(e.Index, 0, bytes.Length);
        }
    }

    private static DecodeStats Pass(Stream stream, long start, long end, TextEncoding textEncoding, Span<char> destination, bool write, bool stopAtInvalid)
    {
        var fallback = new CountingFallback();
        var encoding = textEncoding.ToEncoding(fallback);
        var decoder = encoding.GetDecoder();
        var bytes = new byte[PieceSize];

        // Room for a piece plus what the decoder carries over from the previous one (half a character at most).
        var chars = new char[encoding.GetMaxCharCount(PieceSize + 8)];
        long count = 0, han = 0, frequent = 0, nonAscii = 0, western = 0, seenBy = -1;
        var position = start;
        stream.Seek(start, SeekOrigin.Begin);
        while (true)
        {
            var wanted = (int)Math.Min(bytes.Length, end - position);
            var read = wanted > 0 ? stream.ReadAtLeast(bytes.AsSpan(0, wanted), wanted, throwOnEndOfStream: false) : 0;
            position += read;
            var last = read < bytes.Length;
            var produced = decoder.GetChars(bytes.AsSpan(0, read), chars, flush: last);
            var text = chars.AsSpan(0, produced);
            if (write)
            {
                if (count + produced > destination.Length)
                {
                    throw new InvalidDataException("The file decoded to more text than it did a moment before.");
                }

                text.CopyTo(destination[(int)count..]);
            }
            else
            {
                foreach (var c in text)
                {
                    if (c < '\u0080')
                    {
                        continue;
                    }

                    nonAscii++;
                    if (Chars.IsHan(c))
                    {
                        han++;
                        frequent += FrequentHan.Contains(c) ? 1 : 0;
                    }
                    else
                    {
                        western += WesternCharacters.Contains(c) ? 1 : 0;
                    }
                }
            }

            count += produced;
            if (fallback.Count > 0 && seenBy < 0)
            {
                seenBy = position;
                if (stopAtInvalid)
                {
                    break;
                }
            }

            if (last)
            {
                break;
            }
        }

        return new DecodeStats(count, fallback.Count, seenBy, han, frequent, nonAscii, western);
    }
}
