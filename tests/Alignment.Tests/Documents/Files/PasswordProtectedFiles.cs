using System.Buffers.Binary;
using System.Text;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A .docx saved with a password as Word saves it: not a ZIP archive but an OLE compound file whose directory holds
/// the encryption details and the encrypted package. The smallest such file: a header, one sector of the allocation
/// table and one of the directory (the streams themselves are left empty).
/// </summary>
internal static class PasswordProtectedFiles
{
    private const int Sector = 512;
    private const uint Free = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;

    public static void Write(string path, params string[] streams)
    {
        var file = new byte[3 * Sector];
        var header = file.AsSpan(0, Sector);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x18..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1A..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1C..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x1E..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[0x20..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x2C..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x30..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x38..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x3C..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[0x44..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(0x4C + (4 * i))..], i == 0 ? 0 : Free);
        }

        var fat = file.AsSpan(Sector, Sector);
        for (var i = 0; i < Sector / 4; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(fat[(4 * i)..], i switch { 0 => FatSector, 1 => EndOfChain, _ => Free });
        }

        string[] names = ["Root Entry", .. streams];
        for (var i = 0; i < names.Length; i++)
        {
            var entry = file.AsSpan((2 * Sector) + (128 * i), 128);
            Encoding.Unicode.GetBytes(names[i]).CopyTo(entry);
            BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)((names[i].Length + 1) * 2));
            entry[0x42] = (byte)(i == 0 ? 5 : 2);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], i == 0 && names.Length > 1 ? 1 : Free);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], EndOfChain);
        }

        File.WriteAllBytes(path, file);
    }

    /// <summary>A password-protected .docx (or .xlsx, .pptx: the package does not say which).</summary>
    public static void Docx(string path) => Write(path, "EncryptionInfo", "EncryptedPackage");
}
