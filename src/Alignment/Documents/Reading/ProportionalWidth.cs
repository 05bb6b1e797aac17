namespace Alignment.Documents.Reading;

/// <summary>
/// The width text takes in proportional type, estimated from the shapes of its letters, in hundredths of an em. No
/// font is known, but every proportional face sets <c>i</c>, <c>l</c> and punctuation narrow and <c>m</c>, <c>W</c> and
/// capitals wide, so lines compared with each other by these estimates come out within a few percent of what they
/// measured on the page, where counting characters can be a tenth out either way.
/// </summary>
internal static class ProportionalWidth
{
    /// <summary>The estimated width of <paramref name="text"/>; CJK characters take a full em.</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += Of(c);
        }

        return width;
    }

    /// <summary>The estimated width of a space between words.</summary>
    public const int Space = 30;

    private static int Of(char c) => c switch
    {
        _ when Chars.IsCjk(c) => 100,
        ' ' or 'i' or 'l' or 'j' or 't' or 'f' or 'r' or 'I' or '.' or ',' or ';' or ':' or '!' or '\'' or '’' or '‘' or '|' or '(' or ')' => 30,
        'm' or 'w' or 'M' or 'W' or '—' or '%' or '@' => 85,
        _ when char.IsUpper(c) => 68,
        _ => 56,
    };
}
