namespace Alignment.Documents.Reading;

/// <summary>What a piece of text looks like from the outside: finished sentence, heading, list introduction.</summary>
internal static class TextShape
{
    /// <summary>Headings and titles are at most this many display columns wide (about 50 Chinese characters).</summary>
    private const int HeadingWidth = 100;

    /// <summary>The last character that is not a footnote marker or closing quote/bracket, or '\0'.</summary>
    public static char FinalMark(ReadOnlySpan<char> text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (Chars.IsSuperscriptDigit(text[i]) || Chars.IsCloser(text[i]) || Chars.IsSpace(text[i])))
        {
            i--;
        }

        return i < 0 ? '\0' : text[i];
    }

    /// <summary>True when the text ends like a finished paragraph: <c>。！？.!?；;：:</c>, possibly followed by a footnote marker.</summary>
    public static bool EndsWithTerminal(ReadOnlySpan<char> text) => Chars.IsTerminal(FinalMark(text));

    /// <summary>True when the text ends with a colon, which announces a list.</summary>
    public static bool EndsWithColon(ReadOnlySpan<char> text) => FinalMark(text) is ':' or '：';

    /// <summary>True when the text starts with an opening quotation mark.</summary>
    public static bool OpensQuotation(ReadOnlySpan<char> text) => text.Length > 0 && "“‘\"«「『".Contains(text[0]);

    public static int Width(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += Chars.Width(c);
        }

        return width;
    }

    /// <summary>
    /// True for a short line that is not a sentence: no final punctuation, no clause punctuation inside,
    /// such as <c>Legislation and frameworks</c> or <c>电子证据²和刑事司法</c>.
    /// </summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length > HeadingWidth || Width(text) > HeadingWidth)
        {
            return false;
        }

        var final = FinalMark(text);
        if (Chars.IsTerminal(final) || final is ',' or '，' or '、' or '\0')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '。' or '，' or '；' or '：' or '！' or '？')
            {
                return false;
            }

            if (c is '.' or ';' or ':' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ' && i > 0 && char.IsLower(text[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
