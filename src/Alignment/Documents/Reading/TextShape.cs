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
    /// True for the title after a section's number (<c>II.</c>, <c>B.</c>, <c>三.</c>, <c>Chapter 2</c>), which UN documents
    /// write as a heading (<see cref="IsHeadingLike"/>) with two things a sentence has: a reference in brackets at its
    /// end, which may hold abbreviations and run past a heading's width (<c>Definition of the child (art. 1)</c>,
    /// <c>一般原则（第二条、第三条、第六条和第十二条）</c>, <c>Disaster risk reduction (A/81/214)</c>), and a subtitle after a
    /// colon or a dash (<c>Electronic waste: scale and pathways</c>, <c>电子废物：规模和途径</c>), each part shaped as a heading.
    /// </summary>
    public static bool IsSectionTitle(ReadOnlySpan<char> text)
    {
        if (IsHeadingLike(text))
        {
            return true;
        }

        var title = WithoutClosingReference(text.TrimEnd());
        if (title.IsEmpty)
        {
            return false;
        }

        var subtitle = title.IndexOfAny(SubtitleMarks);
        if (subtitle < 0)
        {
            return IsHeadingLike(title);
        }

        var before = title[..subtitle].TrimEnd();
        var after = title[(subtitle + 1)..].TrimStart('—').TrimStart();
        return IsHeadingLike(before) && IsHeadingLike(after) && !IsLongerThanHeading(title) && after.IndexOfAny(SubtitleMarks) < 0;
    }

    /// <summary>What sets a subtitle off from its title: a colon or a dash (<c>—</c>, Chinese <c>——</c>).</summary>
    private static readonly System.Buffers.SearchValues<char> SubtitleMarks = System.Buffers.SearchValues.Create(":：—");

    /// <summary>
    /// The text without the bracketed reference it ends with (<c>(arts. 4, 42 and 44 (6))</c>, nested brackets and all,
    /// or one a wrapped heading's first line leaves open: <c>(arts. 5, 9–11, 18 (1) and</c>), trimmed; the text itself
    /// when it ends otherwise or is nothing but the brackets; empty when the brackets hold a sentence's end (<c>。</c>, or
    /// a full stop before a capital), which no reference does.
    /// </summary>
    private static ReadOnlySpan<char> WithoutClosingReference(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var opened = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' && depth++ == 0)
            {
                opened = i;
            }
            else if (text[i] is ')' or '）' && depth > 0 && --depth == 0 && i < text.Length - 1)
            {
                opened = -1;
            }
        }

        if (opened <= 0 || text[opened..].TrimEnd().IsEmpty)
        {
            return text;
        }

        var title = text[..opened].TrimEnd();
        return title.IsEmpty ? text : HoldsSentenceEnd(text[opened..]) ? [] : title;
    }

    /// <summary>True when the text opens more round brackets than it closes (<c>… (arts. 5, 9–11, 18 (1) and</c>).</summary>
    public static bool LeavesBracketOpen(ReadOnlySpan<char> text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            depth += c is '(' or '（' ? 1 : c is ')' or '）' ? -1 : 0;
        }

        return depth > 0;
    }

    private static bool HoldsSentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？'
                || (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2])))
            {
                return true;
            }
        }

        return false;
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

            if (c is '.' or ';' or ':' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]) && i > 0 && char.IsLower(text[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
