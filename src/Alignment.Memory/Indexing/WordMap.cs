using Alignment.Memory.Searching;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>
/// A side's words as its analysis cut them (term, position, offsets), kept beside the text so that term lookup reads
/// the words of a unit instead of segmenting it again: re-segmenting a sample of a few hundred units with SmartCn was
/// most of a lookup's time. Each word is a position increment, its start (from the previous start), its length and how its term
/// reads: as the text it covers, as that text lower-cased (most English words), or spelt out (a stemmed plural); all as
/// variable-length integers. Token types are not kept: nothing reads them for words.
/// </summary>
internal static class WordMap
{
    private const int AsWritten = 0;
    private const int LowerCased = 1;
    private const int SpeltOut = 2;

    public static BytesRef Encode(string text, IReadOnlyList<AnalyzedToken> words)
    {
        var bytes = new List<byte>(words.Count * 4);
        int lastPosition = -1, lastStart = 0;
        foreach (var word in words)
        {
            Write(bytes, word.Position - lastPosition);
            Write(bytes, word.Start - lastStart);
            Write(bytes, word.End - word.Start);
            var surface = text.AsSpan(word.Start, word.End - word.Start);
            if (surface.SequenceEqual(word.Term))
            {
                Write(bytes, AsWritten);
            }
            else if (IsLowerCased(surface, word.Term))
            {
                Write(bytes, LowerCased);
            }
            else
            {
                Write(bytes, word.Term.Length + SpeltOut);
                foreach (var c in word.Term)
                {
                    Write(bytes, c);
                }
            }

            (lastPosition, lastStart) = (word.Position, word.Start);
        }

        return new BytesRef([.. bytes]);
    }

    /// <summary>The words <see cref="Encode"/> kept for <paramref name="text"/>.</summary>
    public static List<AnalyzedToken> Decode(string text, BytesRef map)
    {
        var words = new List<AnalyzedToken>();
        var at = map.Offset;
        var end = map.Offset + map.Length;
        int position = -1, start = 0;
        while (at < end)
        {
            position += Read(map.Bytes, ref at);
            start += Read(map.Bytes, ref at);
            var length = Read(map.Bytes, ref at);
            var form = Read(map.Bytes, ref at);
            string term;
            if (form == AsWritten)
            {
                term = text.Substring(start, length);
            }
            else if (form == LowerCased)
            {
                term = string.Create(length, (text, start), static (span, word) =>
                {
                    for (var i = 0; i < span.Length; i++)
                    {
                        span[i] = char.ToLowerInvariant(word.text[word.start + i]);
                    }
                });
            }
            else
            {
                var chars = new char[form - SpeltOut];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)Read(map.Bytes, ref at);
                }

                term = new string(chars);
            }

            words.Add(new AnalyzedToken(term, position, string.Empty, start, start + length));
        }

        return words;
    }

    private static bool IsLowerCased(ReadOnlySpan<char> surface, string term)
    {
        if (surface.Length != term.Length)
        {
            return false;
        }

        for (var i = 0; i < surface.Length; i++)
        {
            if (char.ToLowerInvariant(surface[i]) != term[i])
            {
                return false;
            }
        }

        return true;
    }

    private static void Write(List<byte> bytes, int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes.Add((byte)(rest | 0x80));
            rest >>= 7;
        }

        bytes.Add((byte)rest);
    }

    private static int Read(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (int)value;
            }
        }
    }
}
