using System.IO.Compression;

namespace Alignment.Documents.Reading;

/// <summary>What a file holds, told from its bytes rather than its name: a renamed or extension-less file still reads.</summary>
internal enum FileFormat
{
    /// <summary>Anything else: read as text, which refuses binary data with its own message.</summary>
    Text,

    /// <summary>A PDF: <c>%PDF-</c> within the first kilobyte, where the format allows it to start.</summary>
    Pdf,

    /// <summary>A Word file (.docx, .docm): a ZIP archive holding <c>word/document.xml</c>.</summary>
    Word,

    /// <summary>An Office 97–2003 compound file: a legacy Word .doc, or an .xls or .ppt.</summary>
    LegacyOffice,

    /// <summary>A password-protected Office file (a .docx most likely): a compound file holding an encrypted package.</summary>
    EncryptedOffice,

    /// <summary>A ZIP archive whose contents cannot be listed: a Word file cut short, most likely.</summary>
    DamagedArchive,
}

/// <summary>Opens a file once (see <see cref="InputFile"/>) to check it is within the size limit, and tells its format.</summary>
internal static class FileFormats
{
    private const int PdfHeaderWindow = 1024;

    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="InputException">The file does not exist, is a folder or not a regular file, cannot be read or is over the size limit.</exception>
    public static FileFormat Detect(string path, ReaderOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = InputFile.Open(path);
        if (stream.Length > options.MaxFileSize)
        {
            throw new InputException(
                path,
                $"is {Megabytes(stream.Length)}, over the {Megabytes(options.MaxFileSize)} limit for one document; if it really is one document, raise the limit");
        }

        var head = new byte[(int)Math.Min(stream.Length, PdfHeaderWindow)];
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        if (head.AsSpan().IndexOf("%PDF-"u8) >= 0)
        {
            return FileFormat.Pdf;
        }

        if (head.AsSpan().StartsWith(CompoundFileSignature))
        {
            return CompoundFile.Names(stream).Contains("EncryptedPackage", StringComparer.Ordinal) ? FileFormat.EncryptedOffice : FileFormat.LegacyOffice;
        }

        return head.AsSpan().StartsWith("PK\u0003\u0004"u8) ? ArchiveFormat(stream) : FileFormat.Text;
    }

    /// <summary>Why a password-protected Office file is not read, and what to do.</summary>
    public const string Encrypted = "is a password-protected (encrypted) Word or Office document: open it with its password, remove the password and save it as .docx";

    public static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    /// <summary>A Word file, another kind of archive (which the text reader then refuses), or a damaged one.</summary>
    private static FileFormat ArchiveFormat(Stream stream)
    {
        try
        {
            stream.Seek(0, SeekOrigin.Begin);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry("word/document.xml") is not null ? FileFormat.Word : FileFormat.Text;
        }
        catch (InvalidDataException)
        {
            return FileFormat.DamagedArchive;
        }
    }
}
