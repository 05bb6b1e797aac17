namespace Alignment.Documents.Reading;

/// <summary>
/// Turns a text file into a string. It refuses what is not text (binary data, a PDF, an archive) and files over the
/// size limit, finds the encoding (see <see cref="TextEncoding.Auto"/>) or uses the one given, and decodes in pieces
/// (<see cref="StreamDecoding"/>). A byte order mark is not part of the text, so offsets into the result start at the
/// first real character; byte offsets in messages count from 0 at the start of the file, mark included.
/// </summary>
internal static class TextDecoder
{
    /// <summary>The bytes looked at for a byte order mark, UTF-16 without one, and binary data.</summary>
    private const int HeadSize = 1 << 16;

    /// <summary>Han characters a file must have shown before its first error to be reported as damaged Chinese.</summary>
    private const int MinimumHanForDiagnosis = 20;

    /// <exception cref="InputException">
    /// The file does not exist, is a folder, cannot be read, is too large, is not text, or is not valid in its encoding.
    /// </exception>
    public static DecodedText Read(string path, ReaderOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        using var stream = InputFile.Open(path);
        var size = stream.Length;
        if (size > options.MaxFileSize)
        {
            throw new InputException(
                path,
                $"is {Megabytes(size)}, over the {Megabytes(options.MaxFileSize)} limit for one document; if it really is one document, raise the limit");
        }

        try
        {
            return Decode(stream, size, path, options);
        }
        catch (IOException e)
        {
            throw new InputException(path, $"cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Decodes the first <paramref name="size"/> bytes of a seekable stream.</summary>
    /// <exception cref="InputException">The bytes are not text or not valid in their encoding.</exception>
    public static DecodedText Decode(Stream stream, long size, string name, ReaderOptions options)
    {
        var head = new byte[(int)Math.Min(size, HeadSize)];
        stream.Seek(0, SeekOrigin.Begin);
        head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
        var (encoding, start) = options.Encoding.IsAuto
            ? EncodingDetector.ByteOrderMark(head)
            : EncodingDetector.ByteOrderMark(head, options.Encoding);
        if (encoding.IsAuto)
        {
            encoding = EncodingDetector.Utf16WithoutMark(head);
        }

        if (BinaryContent.Problem(head, start, encoding) is { Length: > 0 } problem)
        {
            throw new InputException(name, problem);
        }

        var stop = !options.ReplaceInvalid;
        DecodeStats stats;
        if (encoding.IsAuto)
        {
            (encoding, stats) = Detect(stream, size, name, options.ReplaceInvalid);
        }
        else
        {
            stats = StreamDecoding.Measure(stream, start, size, encoding, stop);
            if (stats.Invalid > 0 && stop)
            {
                throw Invalid(name, encoding, StreamDecoding.FirstInvalid(stream, start, stats.InvalidSeenBy, encoding));
            }
        }

        if (stats.Chars > Array.MaxLength)
        {
            throw new InputException(name, "is too large to be read as one text");
        }

        try
        {
            return new DecodedText(StreamDecoding.Decode(stream, start, size, encoding, (int)stats.Chars), encoding, start);
        }
        catch (InvalidDataException e)
        {
            throw new InputException(name, "changed while it was being read; read it again once it is complete", e);
        }
    }

    /// <summary>
    /// A file without a byte order mark: UTF-8 if it is valid UTF-8, which no other encoding's Chinese text is;
    /// otherwise GB18030 or Big5, whichever decodes without error into common Chinese characters (each reads the
    /// other's bytes as valid but rare characters) or, for English saved in one of them, into accented letters and
    /// typographic punctuation. Windows-1252 text reads as neither: its bytes become rare Han characters or errors.
    /// </summary>
    private static (TextEncoding, DecodeStats) Detect(Stream stream, long size, string name, bool replaceInvalid)
    {
        var stop = !replaceInvalid;
        var utf8 = StreamDecoding.Measure(stream, 0, size, TextEncoding.Utf8, stop);
        if (utf8.Invalid == 0)
        {
            return (TextEncoding.Utf8, utf8);
        }

        var chinese = new[] { TextEncoding.Gb18030, TextEncoding.Big5 }
            .Select(encoding => (Encoding: encoding, Stats: StreamDecoding.Measure(stream, 0, size, encoding, stop)))
            .ToArray();
        var readable = chinese
            .Where(c => (c.Stats.ReadsAsChinese || c.Stats.ReadsAsWestern) && (c.Stats.Invalid == 0 || (replaceInvalid && c.Stats.Invalid < utf8.Invalid)))
            .OrderBy(c => c.Stats.Invalid > 0)
            .ThenByDescending(c => c.Stats.Frequent)
            .ThenByDescending(c => c.Stats.Western)
            .ToArray();
        if (readable.Length > 0)
        {
            return readable[0];
        }

        if (replaceInvalid)
        {
            return (TextEncoding.Utf8, utf8);
        }

        // Chinese text up to the first error (a damaged GB18030 file) is better reported in its own encoding.
        var damaged = chinese.FirstOrDefault(c => c.Stats.ReadsAsChinese && c.Stats.Han >= MinimumHanForDiagnosis);
        if (damaged.Encoding is { } encoding)
        {
            throw Invalid(name, encoding, StreamDecoding.FirstInvalid(stream, 0, damaged.Stats.InvalidSeenBy, encoding));
        }

        var at = StreamDecoding.FirstInvalid(stream, 0, utf8.InvalidSeenBy, TextEncoding.Utf8);
        throw new InputException(
            name,
            $"is not valid UTF-8 at byte {at}, nor text in GB18030 or Big5; pass --encoding if it is in another encoding (such as windows-1252)");
    }

    private static InputException Invalid(string name, TextEncoding encoding, long offset) =>
        new(name, $"is not valid {encoding.Name} at byte {offset}: it is damaged or in another encoding");

    private static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");
}
