using System.Text;

namespace Alignment.Documents;

/// <summary>
/// The character encoding of a text file: one of the encodings Chinese and English documents arrive in
/// (<see cref="Utf8"/>, <see cref="Utf16"/>, <see cref="Gb18030"/>, <see cref="Big5"/>, any other by name), or
/// <see cref="Auto"/> to detect it from the file.
/// </summary>
public sealed record TextEncoding
{
    private const int AutoCodePage = -1;

    static TextEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TextEncoding(string name, int codePage)
    {
        Name = name;
        CodePage = codePage;
    }

    /// <summary>
    /// Detect the encoding: a byte order mark first (UTF-8, UTF-16, UTF-32), then valid UTF-8, then UTF-16 without a
    /// mark when the file clearly is, then GB18030 or Big5, whichever reads as common Chinese. Other encodings
    /// (Windows-1252, Latin-1) are never guessed: name them.
    /// </summary>
    public static TextEncoding Auto { get; } = new("auto", AutoCodePage);

    /// <summary>UTF-8, with or without a byte order mark.</summary>
    public static TextEncoding Utf8 { get; } = new("UTF-8", 65001);

    /// <summary>UTF-16, little-endian unless the file starts with a big-endian byte order mark.</summary>
    public static TextEncoding Utf16 { get; } = new("UTF-16LE", 1200);

    /// <summary>GB18030, the Chinese national standard and a superset of GBK and GB2312.</summary>
    public static TextEncoding Gb18030 { get; } = new("GB18030", 54936);

    /// <summary>Big5, for traditional Chinese (Microsoft's code page 950).</summary>
    public static TextEncoding Big5 { get; } = new("Big5", 950);

    /// <summary>The name in messages: <c>UTF-8</c>, <c>GB18030</c>, <c>windows-1252</c>, or <c>auto</c>.</summary>
    public string Name { get; }

    /// <summary>True for <see cref="Auto"/>.</summary>
    public bool IsAuto => CodePage == AutoCodePage;

    internal static TextEncoding Utf16BigEndian { get; } = new("UTF-16BE", 1201);

    internal static TextEncoding Utf32 { get; } = new("UTF-32LE", 12000);

    internal static TextEncoding Utf32BigEndian { get; } = new("UTF-32BE", 12001);

    internal static TextEncoding Gbk { get; } = new("GBK", 936);

    /// <summary>The Windows code page, which identifies the encoding to .NET.</summary>
    internal int CodePage { get; }

    /// <summary>Bytes per code unit: 2 for UTF-16, 4 for UTF-32, 1 for the encodings that extend ASCII.</summary>
    internal int UnitSize => CodePage switch
    {
        1200 or 1201 => 2,
        12000 or 12001 => 4,
        _ => 1,
    };

    internal bool IsBigEndian => CodePage is 1201 or 12001;

    /// <summary>
    /// Parses an encoding name as people write it, in any case: <c>utf-8</c>, <c>utf8</c>, <c>utf-16</c> (<c>le</c>,
    /// <c>be</c>), <c>utf-32</c>, <c>gb18030</c>, <c>gbk</c> (also <c>gb2312</c>, <c>cp936</c>), <c>big5</c>
    /// (<c>cp950</c>), <c>auto</c>, or any other name .NET knows, such as <c>windows-1252</c> or <c>shift_jis</c>.
    /// </summary>
    /// <exception cref="FormatException">The name is not an encoding, or one that cannot be read in pieces (UTF-7).</exception>
    public static TextEncoding Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse(name, out var encoding)
            ? encoding
            : throw new FormatException($"'{name}' is not a text encoding this library reads (try utf-8, utf-16, gb18030, gbk, big5 or windows-1252).");
    }

    /// <summary>Parses an encoding name; returns false instead of throwing when it is not one.</summary>
    public static bool TryParse(string name, out TextEncoding encoding)
    {
        encoding = Auto;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var key = name.Trim().ToLowerInvariant();
        TextEncoding? known = key switch
        {
            "auto" => Auto,
            "utf-8" or "utf8" => Utf8,
            "utf-16" or "utf16" or "utf-16le" or "utf16le" or "ucs-2" or "unicode" => Utf16,
            "utf-16be" or "utf16be" => Utf16BigEndian,
            "utf-32" or "utf32" or "utf-32le" or "utf32le" => Utf32,
            "utf-32be" or "utf32be" => Utf32BigEndian,
            "gb18030" => Gb18030,
            "gbk" or "gb2312" or "cp936" or "windows-936" => Gbk,
            "big5" or "cp950" or "windows-950" => Big5,
            _ => null,
        };
        if (known is not null)
        {
            encoding = known;
            return true;
        }

        Encoding net;
        try
        {
            net = Encoding.GetEncoding(key);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Not a name .NET knows, or UTF-7, which .NET no longer decodes (it is obsolete and unsafe).
            return false;
        }

        encoding = FromCodePage(net.CodePage, net.WebName);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;

    private static TextEncoding FromCodePage(int codePage, string webName) => codePage switch
    {
        65001 => Utf8,
        1200 => Utf16,
        1201 => Utf16BigEndian,
        12000 => Utf32,
        12001 => Utf32BigEndian,
        54936 => Gb18030,
        936 => Gbk,
        950 => Big5,
        _ => new TextEncoding(webName, codePage),
    };

    /// <summary>The .NET encoding, decoding invalid bytes through <paramref name="fallback"/>.</summary>
    internal Encoding ToEncoding(DecoderFallback fallback) =>
        IsAuto ? throw new InvalidOperationException("Auto names no encoding.") : Encoding.GetEncoding(CodePage, EncoderFallback.ExceptionFallback, fallback);
}
