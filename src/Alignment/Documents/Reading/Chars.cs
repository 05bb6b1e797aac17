using Alignment.Writing;

namespace Alignment.Documents.Reading;

/// <summary>Character classes the reader's rules are written in.</summary>
internal static class Chars
{
    private const string SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Sentence- or clause-final punctuation after which a paragraph can be complete.</summary>
    private const string Terminal = "。！？.!?；;：:";

    /// <summary>Closing marks that may follow the terminal punctuation of a paragraph.</summary>
    public const string Closers = "\"'”’）)」』】》";

    /// <summary>A Han ideograph, as <see cref="Han.IsIdeograph(char)"/> defines it for every stage.</summary>
    public static bool IsHan(char c) => Han.IsIdeograph(c);

    /// <summary>CJK punctuation and full-width forms: <c>，。：（）</c> and the like.</summary>
    public static bool IsCjkPunctuation(char c) =>
        c is (>= '\u3001' and <= '\u303F') or (>= '\uFF01' and <= '\uFF60') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFFE0' and <= '\uFFEE');

    /// <summary>A character of East Asian running text: Han, kana, CJK punctuation or a full-width form.</summary>
    public static bool IsCjk(char c) => Han.IsWrittenWithoutSpaces(c);

    /// <summary>Whitespace as PDF extractors produce it: tabs, NBSP, full-width spaces, zero-width spaces, a stray BOM.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\uFEFF' or '\u200B';

    public static bool IsSuperscriptDigit(char c) => SuperscriptDigits.Contains(c);

    /// <summary>The ordinary digit a superscript digit stands for.</summary>
    public static char PlainDigit(char superscript) => (char)('0' + SuperscriptDigits.IndexOf(superscript));

    public static bool IsTerminal(char c) => Terminal.Contains(c);

    public static bool IsCloser(char c) => Closers.Contains(c);

    /// <summary>
    /// CJK punctuation that Chinese line breaking never puts first on a line (closing marks, commas, stops): where a
    /// wrapper knows CJK text it keeps them on the line before, and a typesetter may hang them in the margin.
    /// </summary>
    public static bool NeverStartsALine(char c) => c is '，' or '。' or '、' or '；' or '：' or '？' or '！' or '）' or '》' or '」' or '』' or '】' or '〕' or '”' or '’' or '…';

    /// <summary>Something a reader can read: a letter, a digit or an ideograph.</summary>
    public static bool IsReadable(char c) => char.IsLetterOrDigit(c) || IsHan(c);

    /// <summary>Display width: full-width characters take two columns.</summary>
    public static int Width(char c) => Han.IsWide(c) ? 2 : 1;
}
