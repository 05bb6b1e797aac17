namespace Alignment.Documents.Reading;

/// <summary>
/// Web and e-mail addresses (<c>https://…</c>, <c>www.…</c>, <c>name@host.…</c>), which hold no space, so that a line
/// breaker may cut them anywhere and a line holding one alone may start in lower case and end in no punctuation.
/// </summary>
internal static class WebAddress
{
    /// <summary>
    /// Whether a token (text without spaces, perhaps after an opening bracket or quote) is a web or e-mail address, or
    /// starts one that a line end cut: it holds <c>://</c>, starts with <c>www.</c>, or has a name before an <c>@</c>
    /// and a full stop in the host after it.
    /// </summary>
    public static bool Is(ReadOnlySpan<char> token)
    {
        token = token.TrimStart("(<[“\"");
        var at = token.IndexOf('@');
        return token.Contains("://", StringComparison.Ordinal)
            || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (at > 0 && token[(at + 1)..].IndexOf('.') > 0);
    }

    /// <summary>The token the text ends in: its characters after the last whitespace, at most <paramref name="reach"/> of them.</summary>
    public static ReadOnlySpan<char> LastToken(ReadOnlySpan<char> text, int reach = 300)
    {
        var start = text.Length;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text.Length - start < reach)
        {
            start--;
        }

        return text[start..];
    }
}
