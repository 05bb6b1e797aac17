using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Alignment.Aligning;

/// <summary>
/// The form in which the Alignment.Lexicon.CcCedict package ships the dictionary and the characters' readings
/// (<c>cc-cedict.lexicon</c>, written by the package's conversion script): the lexicon's tables as they are held in
/// memory, read straight into their arrays. Decompressing, decoding, splitting and sorting the same entries as text took
/// about a fifth of a second of every command's start-up. Little-endian: the 8-byte mark <c>CEDICT\0\1</c>, seven
/// counts, the text (UTF-16) that terms, glosses and syllables are stretches of, then arrays of 32-bit integers
/// (the conversion script says which, in order). A file that is not exactly that is refused.
/// </summary>
internal static class LexiconFile
{
    private static ReadOnlySpan<byte> Mark => "CEDICT\0\u0001"u8;

    private const int Counts = 7;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is not in this form.</exception>
    [MethodImpl(HotLoop.Optimised)]
    public static (TermTable Terms, HanReadings Readings) Read(string path)
    {
        using var handle = File.OpenHandle(path);
        var file = new Reader(handle, RandomAccess.GetLength(handle));
        Span<byte> mark = stackalloc byte[8];
        Span<int> counts = stackalloc int[Counts];
        if (!file.TryRead(mark) || !mark.SequenceEqual(Mark) || !file.TryRead(counts))
        {
            throw Malformed(path);
        }

        var (textLength, terms, lists, glosses, syllables, characters, readings) = (counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        var expected = 8L + (4L * Counts) + (2L * textLength) + (4L * ((4L * terms) + lists + 1 + (2L * glosses) + (2L * syllables) + (2L * characters) + 1 + readings));
        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw Malformed(path);
            }
        }

        if (expected != file.Length)
        {
            throw Malformed(path);
        }

        var text = string.Create(textLength, file, static (chars, file) =>
        {
            if (!file.TryRead(MemoryMarshal.Cast<char, short>(chars)))
            {
                throw new EndOfStreamException();
            }
        });
        var (termStart, termLength, termList) = (file.Ints(terms), file.Ints(terms), file.Ints(terms));
        var listStart = file.Ints(lists + 1);
        var (glossStart, glossLength) = (file.Ints(glosses), file.Ints(glosses));
        var sorted = file.Ints(terms);
        var (syllableStart, syllableLength) = (file.Ints(syllables), file.Ints(syllables));
        var (readingChar, readingStart) = (file.Ints(characters), file.Ints(characters + 1));
        var readingSyllable = file.Ints(readings);

        var valid = Stretches(termStart, termLength, textLength, empty: false) && Stretches(glossStart, glossLength, textLength, empty: true)
            && Stretches(syllableStart, syllableLength, textLength, empty: false) && AllBelow(termList, lists) && Runs(listStart, glosses)
            && IsPermutation(sorted) && Runs(readingStart, readings) && AllBelow(readingSyllable, syllables) && Ascending(readingChar, char.MaxValue + 1);
        if (!valid)
        {
            throw Malformed(path);
        }

        var syllableText = new string[syllables];
        for (var s = 0; s < syllables; s++)
        {
            syllableText[s] = text.Substring(syllableStart[s], syllableLength[s]);
        }

        var byCharacter = new Dictionary<char, string[]>(characters);
        for (var c = 0; c < characters; c++)
        {
            var spelled = new string[readingStart[c + 1] - readingStart[c]];
            for (var r = 0; r < spelled.Length; r++)
            {
                spelled[r] = syllableText[readingSyllable[readingStart[c] + r]];
            }

            byCharacter[(char)readingChar[c]] = spelled;
        }

        return (TermTable.Of(text, termStart, termLength, termList, listStart, glossStart, glossLength, sorted), HanReadings.Of(byCharacter));
    }

    private static InputException Malformed(string path) =>
        new(path, "is not a lexicon file that this version of Alignment reads (expected cc-cedict.lexicon as the Alignment.Lexicon.CcCedict package ships it)");

    /// <summary>Whether every stretch lies in a text of <paramref name="textLength"/> characters.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static bool Stretches(int[] start, int[] length, int textLength, bool empty)
    {
        for (var i = 0; i < start.Length; i++)
        {
            if (start[i] < 0 || length[i] < (empty ? 0 : 1) || start[i] > textLength - length[i])
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(HotLoop.Optimised)]
    private static bool AllBelow(int[] values, int bound)
    {
        foreach (var value in values)
        {
            if ((uint)value >= (uint)bound)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="starts"/> cut 0 to <paramref name="end"/> into runs, in order.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static bool Runs(int[] starts, int end)
    {
        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] < starts[i - 1])
            {
                return false;
            }
        }

        return starts[0] == 0 && starts[^1] == end;
    }

    [MethodImpl(HotLoop.Optimised)]
    private static bool IsPermutation(int[] values)
    {
        var seen = new bool[values.Length];
        foreach (var value in values)
        {
            if ((uint)value >= (uint)values.Length || seen[value])
            {
                return false;
            }

            seen[value] = true;
        }

        return true;
    }

    [MethodImpl(HotLoop.Optimised)]
    private static bool Ascending(int[] values, int bound)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0 || values[i] >= bound || (i > 0 && values[i] <= values[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads on from the start of a file, straight into the memory it is given; numbers are little-endian in the file.</summary>
    private sealed class Reader(SafeFileHandle handle, long length)
    {
        private long offset;

        public long Length => length;

        public int[] Ints(int count)
        {
            var values = GC.AllocateUninitializedArray<int>(count);
            return TryRead(values.AsSpan()) ? values : throw new EndOfStreamException();
        }

        public bool TryRead(Span<int> values)
        {
            var read = TryRead(MemoryMarshal.AsBytes(values));
            if (read && !BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(values, values);
            }

            return read;
        }

        public bool TryRead(Span<short> values)
        {
            var read = TryRead(MemoryMarshal.AsBytes(values));
            if (read && !BitConverter.IsLittleEndian)
            {
                BinaryPrimitives.ReverseEndianness(values, values);
            }

            return read;
        }

        public bool TryRead(Span<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                var read = RandomAccess.Read(handle, bytes, offset);
                if (read <= 0)
                {
                    return false;
                }

                bytes = bytes[read..];
                offset += read;
            }

            return true;
        }
    }
}
