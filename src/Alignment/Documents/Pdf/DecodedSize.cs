using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Alignment.Documents.Pdf;

/// <summary>
/// How many bytes a compressed stream decodes to, worked out without holding them: for Flate by inflating into
/// nothing, for LZW and run-length by reading only the codes. Each count stops one past its limit, and a damaged
/// stream counts to where it breaks (the decoder decides what such a stream yields).
/// </summary>
internal static class DecodedSize
{
    private const int ZlibHeader = 2;
    private const int LzwClear = 256;
    private const int LzwEnd = 257;
    private const int LzwFirst = 258;
    private const int LzwTableSize = 4096;

    public static long Flate(Memory<byte> input, long limit)
    {
        if (input.Length <= ZlibHeader)
        {
            return 0;
        }

        using var deflate = new DeflateStream(StreamOver(input[ZlibHeader..]), CompressionMode.Decompress);
        var buffer = new byte[1 << 16];
        long total = 0;
        try
        {
            int read;
            while (total <= limit && (read = deflate.Read(buffer)) > 0)
            {
                total += read;
            }
        }
        catch (InvalidDataException)
        {
        }

        return total;
    }

    /// <summary>
    /// LZW as PDF writes it: codes of 9 to 12 bits, most significant bit first, a code for a new table and one for
    /// the end; each new entry is one longer than the entry before it, so only the lengths need keeping. With
    /// <paramref name="earlyChange"/> (the default) the code width grows one code early.
    /// </summary>
    public static long Lzw(ReadOnlySpan<byte> input, long limit, bool earlyChange)
    {
        var lengths = new int[LzwTableSize];
        var next = LzwFirst;
        var width = 9;
        var previous = -1;
        long total = 0;
        int bits = 0, buffered = 0;
        foreach (var b in input)
        {
            buffered = (buffered << 8) | b;
            bits += 8;
            while (bits >= width)
            {
                var code = (buffered >> (bits - width)) & ((1 << width) - 1);
                bits -= width;
                buffered &= (1 << bits) - 1;
                if (code == LzwEnd)
                {
                    return total;
                }

                if (code == LzwClear)
                {
                    (next, width, previous) = (LzwFirst, 9, -1);
                    continue;
                }

                int length;
                if (code < LzwClear)
                {
                    length = 1;
                }
                else if (code < next && previous >= 0)
                {
                    length = lengths[code];
                }
                else if (code == next && previous >= 0)
                {
                    length = Length(lengths, previous) + 1;
                }
                else
                {
                    return total;
                }

                total += length;
                if (total > limit)
                {
                    return total;
                }

                if (previous >= 0 && next < LzwTableSize)
                {
                    lengths[next++] = Length(lengths, previous) + 1;
                }

                previous = code;
                var threshold = next + (earlyChange ? 1 : 0);
                width = threshold >= 2048 ? 12 : threshold >= 1024 ? 11 : threshold >= 512 ? 10 : 9;
            }
        }

        return total;
    }

    /// <summary>Run-length: a length byte below 128 copies that many bytes and one more, above 128 repeats the next byte 257 minus it times, 128 ends.</summary>
    public static long RunLength(ReadOnlySpan<byte> input, long limit)
    {
        long total = 0;
        for (var i = 0; i < input.Length && total <= limit;)
        {
            var length = input[i];
            if (length == 128)
            {
                break;
            }

            if (length < 128)
            {
                total += length + 1;
                i += length + 2;
            }
            else
            {
                total += 257 - length;
                i += 2;
            }
        }

        return total;
    }

    private static int Length(int[] lengths, int code) => code < LzwClear ? 1 : lengths[code];

    private static MemoryStream StreamOver(Memory<byte> bytes) =>
        MemoryMarshal.TryGetArray<byte>(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
