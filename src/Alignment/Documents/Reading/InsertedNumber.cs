namespace Alignment.Documents.Reading;

/// <summary>
/// The number of a provision inserted after another without renumbering the rest: <c>3 bis</c>, <c>3 ter</c> in
/// English (the Latin adverbs), <c>3之二</c>, <c>3之三</c> in Chinese. Both are written the Latin way in the anchor, so
/// that <c>第三条之二</c> and <c>Article 3 bis</c> pair.
/// </summary>
internal static class InsertedNumber
{
    /// <summary>The Latin adverbs from <c>bis</c> (the second provision numbered 3) to <c>decies</c> (the tenth).</summary>
    private static readonly string[] Adverbs = ["bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "decies"];

    /// <summary>A regular expression for the English suffixes, longest first, for a label pattern to include.</summary>
    public const string EnglishPattern = "bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies";

    /// <summary>A regular expression for the Chinese suffixes: <c>之</c> and a numeral from two to ten.</summary>
    public const string ChinesePattern = "之[二三四五六七八九十]";

    /// <summary>
    /// The position of the inserted provision among those numbered alike (2 for <c>bis</c> and <c>之二</c>) from a
    /// suffix matched by <see cref="EnglishPattern"/> or <see cref="ChinesePattern"/>, or 0 for an empty suffix.
    /// </summary>
    public static int Parse(string suffix)
    {
        if (suffix.Length == 0)
        {
            return 0;
        }

        if (suffix[0] == '之')
        {
            return Numerals.TryParseChinese(suffix[1..], out var value) ? value : 0;
        }

        return suffix == "nonies" ? 9 : Array.IndexOf(Adverbs, suffix) + 2;
    }

    /// <summary>The anchor's suffix for position <paramref name="inserted"/>: <c> bis</c> for 2, empty for 0.</summary>
    public static string AnchorSuffix(int inserted) => inserted >= 2 ? " " + Adverbs[inserted - 2] : string.Empty;
}
