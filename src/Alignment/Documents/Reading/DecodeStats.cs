namespace Alignment.Documents.Reading;

/// <summary>What one pass of <see cref="StreamDecoding"/> over a file found.</summary>
/// <param name="Chars">The length of the decoded text, in UTF-16 code units.</param>
/// <param name="Invalid">How many byte sequences were not valid in the encoding (0 for a valid file).</param>
/// <param name="InvalidSeenBy">The file offset by which the first invalid sequence had been read, or −1.</param>
/// <param name="Han">Han characters in the text.</param>
/// <param name="Frequent">Of those, how many are among the <see cref="FrequentHan"/> characters.</param>
/// <param name="NonAscii">Characters outside ASCII.</param>
/// <param name="Western">Of those, how many are <see cref="WesternCharacters"/>.</param>
internal readonly record struct DecodeStats(long Chars, long Invalid, long InvalidSeenBy, long Han, long Frequent, long NonAscii, long Western)
{
    /// <summary>Whether the text looks like Chinese, as opposed to bytes of another encoding read as Han characters.</summary>
    public bool ReadsAsChinese => FrequentHan.ReadsAsChinese(Han, Frequent);

    /// <summary>Whether the text looks like English with accents and typographic punctuation, and no Han characters.</summary>
    public bool ReadsAsWestern => WesternCharacters.ReadAsText(Han, NonAscii, Western);
}
