namespace Alignment.Documents.Reading;

/// <summary>
/// What English text beyond ASCII holds: accented Latin letters, typographic punctuation (’ “ ” – — …), superscript
/// footnote markers, currency signs. English saved as GBK or Big5 (“ANSI” on a Chinese Windows) decodes in its own
/// encoding to these, and in the other to CJK symbols, kana or box drawing.
/// </summary>
internal static class WesternCharacters
{
    /// <summary>Share of the non-ASCII characters that must be Western for a decoding to read as English text.</summary>
    private const int MinimumPercent = 90;

    public static bool Contains(char c) =>
        c is (>= '\u00A0' and <= '\u024F') or (>= '\u2000' and <= '\u206F') or (>= '\u2070' and <= '\u20CF');

    /// <summary>Whether text without Han characters, with <paramref name="western"/> of <paramref name="nonAscii"/> characters Western, reads as English.</summary>
    public static bool ReadAsText(long han, long nonAscii, long western) =>
        han == 0 && western > 0 && western * 100 >= nonAscii * MinimumPercent;
}
