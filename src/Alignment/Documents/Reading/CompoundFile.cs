using System.Buffers.Binary;
using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// The names of the streams and storages in an OLE compound file (the container of Office 97–2003 files, and of a
/// password-protected .docx, whose encrypted package sits in a stream called <c>EncryptedPackage</c>). Reads only the
/// header, the allocation table and the directory, each sector at most once; a damaged file yields the names read
/// before the damage.
/// </summary>
internal static class CompoundFile
{
    private const int HeaderSize = 512;
    private const int DirectoryEntrySize = 128;
    private const int HeaderFatSectors = 109;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint MaxSector = 0xFFFFFFFA;

    /// <summary>The names in the directory of the compound file <paramref name="stream"/> holds.</summary>
    public static IReadOnlyList<string> Names(Stream stream)
    {
        var header = new byte[HeaderSize];
        stream.Seek(0, SeekOrigin.Begin);
        if (stream.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false) < HeaderSize)
        {
            return [];
        }

        var shift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        if (shift is not (9 or 12))
        {
            return [];
        }

        var sectorSize = 1 << shift;
        var sectors = (stream.Length / sectorSize) + 1;
        var fat = FatSectors(stream, header, sectorSize, sectors);
        var names = new List<string>();
        var sector = new byte[sectorSize];
        var seen = new HashSet<uint>();
        for (var at = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30)); at <= MaxSector && seen.Add(at) && ReadSector(stream, at, sector); at = Next(stream, fat, at, sectorSize))
        {
            for (var entry = 0; entry + DirectoryEntrySize <= sectorSize; entry += DirectoryEntrySize)
            {
                var length = BinaryPrimitives.ReadUInt16LittleEndian(sector.AsSpan(entry + 0x40));
                if (length is >= 2 and <= 64 && sector[entry + 0x42] != 0)
                {
                    names.Add(Encoding.Unicode.GetString(sector, entry, length - 2));
                }
            }
        }

        return names;
    }

    /// <summary>Where each sector of the allocation table is: the first 109 listed in the header, the rest in a chain of sectors.</summary>
    private static List<uint> FatSectors(Stream stream, byte[] header, int sectorSize, long sectors)
    {
        var fat = new List<uint>();
        for (var i = 0; i < HeaderFatSectors; i++)
        {
            fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x4C + (4 * i))));
        }

        var sector = new byte[sectorSize];
        var seen = new HashSet<uint>();
        for (var at = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x44)); at <= MaxSector && seen.Add(at) && seen.Count <= sectors && ReadSector(stream, at, sector);)
        {
            for (var i = 0; i + 4 < sectorSize; i += 4)
            {
                fat.Add(BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(i)));
            }

            at = BinaryPrimitives.ReadUInt32LittleEndian(sector.AsSpan(sectorSize - 4));
        }

        return fat;
    }

    /// <summary>The sector after <paramref name="sector"/> in its chain, or the end of the chain.</summary>
    private static uint Next(Stream stream, List<uint> fat, uint sector, int sectorSize)
    {
        var perSector = sectorSize / 4;
        var index = sector / perSector;
        if (index >= fat.Count || fat[(int)index] > MaxSector)
        {
            return EndOfChain;
        }

        var entry = new byte[4];
        stream.Seek(((long)fat[(int)index] + 1) * sectorSize + (sector % perSector * 4), SeekOrigin.Begin);
        return stream.ReadAtLeast(entry, 4, throwOnEndOfStream: false) == 4 ? BinaryPrimitives.ReadUInt32LittleEndian(entry) : EndOfChain;
    }

    private static bool ReadSector(Stream stream, uint sector, byte[] buffer)
    {
        var offset = ((long)sector + 1) * buffer.Length;
        if (offset + buffer.Length > stream.Length)
        {
            return false;
        }

        stream.Seek(offset, SeekOrigin.Begin);
        return stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false) == buffer.Length;
    }
}
