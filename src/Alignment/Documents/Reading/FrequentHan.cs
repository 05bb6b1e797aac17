using System.Buffers;

namespace Alignment.Documents.Reading;

/// <summary>
/// Some of the most frequent characters of Chinese running text, simplified and traditional. Text decoded in the
/// right encoding is full of them; GB18030 bytes read as Big5, or the other way round, give rare characters instead.
/// </summary>
internal static class FrequentHan
{
    /// <summary>Share of Han characters that must be frequent ones for a decoding to read as Chinese (real text: 15 % or more).</summary>
    private const int MinimumPercent = 2;

    private static readonly SearchValues<char> Characters = SearchValues.Create(
        "的是了在和有一不人中大上以年地出就分可也要他"
        + "这会为国们个对说时发与于进实动经过来还"
        + "這會為國們個對說時發與於進實動經過來還");

    public static bool Contains(char c) => Characters.Contains(c);

    /// <summary>Whether <paramref name="frequent"/> of <paramref name="han"/> Han characters is what Chinese text has.</summary>
    public static bool ReadsAsChinese(long han, long frequent) => frequent > 0 && frequent * 100 >= han * MinimumPercent;
}
