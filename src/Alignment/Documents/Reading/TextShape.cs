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

    /// <summary>English words that never end a title, heading or line of an address: the text goes on after them.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "nor", "as", "into", "upon", "than", "that", "its", "their",
    };

    /// <summary>True when the text's last word is an English article, preposition or conjunction (<c>… Group to</c>).</summary>
    public static bool EndsWithFunctionWord(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && char.IsAsciiLetterLower(text[start - 1]))
        {
            start--;
        }

        if (start < text.Length && (start == 0 || char.IsWhiteSpace(text[start - 1]))
            && FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[start..]))
        {
            return true;
        }

        // A sentence that starts at the end of a line with an article or preposition goes on (". The"): pdftotext -raw
        // can end a line there, after a word it split at a change of spacing.
        return start > 3 && char.IsAsciiLetterUpper(text[start - 1]) && text[start - 2] == ' ' && text[start - 3] is '.' or '!' or '?'
            && FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(string.Concat(char.ToLowerInvariant(text[start - 1]).ToString(), text[start..]));
    }

    /// <summary>
    /// True when the text starts with a capitalised article, preposition or conjunction (<c>The meeting</c>): a sentence
    /// or title starts there, since running text and titles write such words in lower case.
    /// </summary>
    public static bool StartsWithCapitalisedFunctionWord(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        if (end == 0 || end < text.Length && !char.IsWhiteSpace(text[end]) || !char.IsAsciiLetterUpper(text[0]))
        {
            return false;
        }

        Span<char> word = stackalloc char[end];
        text[..end].ToLowerInvariant(word);
        return word[1..].SequenceEqual(text[1..end]) && FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Wider than any heading or title: running text.</summary>
    public static bool IsLongerThanHeading(ReadOnlySpan<char> text) => Width(text) > HeadingWidth;

    /// <summary>The whole text is in brackets: <c>(Millions of United States dollars)</c>, <c>（百分比）</c>.</summary>
    public static bool IsParenthetical(ReadOnlySpan<char> text) =>
        text.Length > 2 && text[0] is '(' or '（' && text[^1] is ')' or '）' && text[1..].IndexOfAny('(', '（') < 0;

    /// <summary>
    /// The first word, which a line wraps before when it does not fit: opening brackets and quotes with what follows
    /// them (no line ends with one), then a CJK character, or the run of other characters up to a space or a CJK
    /// character (a number, symbol or address, which Chinese lines do not break either).
    /// </summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsOpening(text[i]))
        {
            i++;
        }

        if (i < text.Length && Chars.IsCjk(text[i]))
        {
            return text[..(i + 1)];
        }

        while (i < text.Length && !char.IsWhiteSpace(text[i]) && !Chars.IsCjk(text[i]))
        {
            i++;
        }

        return text[..i];
    }

    private static bool IsOpening(char c) => c is '（' or '(' or '“' or '‘' or '《' or '「' or '『' or '【' or '〔' or '［' or '[' or '"';

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

            if (c is '.' or ';' or ':' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i > 0 && char.IsLower(text[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
