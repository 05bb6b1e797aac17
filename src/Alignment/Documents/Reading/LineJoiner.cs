using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Rejoins hard-wrapped lines. What goes between two lines is learnt from the document itself: a line-final
/// hyphen is dropped only when the joined word occurs elsewhere and the hyphenated one does not
/// (<c>inter-</c>+<c>national</c>, but <c>capacity-</c>+<c>building</c>); in Chinese, a space goes between a Han
/// character and Latin letters or digits only if the document mostly writes one there (<c>第 65/230 号</c>).
/// </summary>
internal sealed partial class LineJoiner
{
    private readonly bool chinese;
    private readonly bool hanLatinSpaced;
    private readonly HashSet<string> words;

    /// <summary>Line breaks where a wrapper cut a word, number or address: nothing goes there (see <see cref="WrapWidth.Cut"/>).</summary>
    private readonly IReadOnlySet<int> cuts;

    private LineJoiner(bool chinese, bool hanLatinSpaced, HashSet<string> words, IReadOnlySet<int> cuts)
    {
        this.chinese = chinese;
        this.hanLatinSpaced = hanLatinSpaced;
        this.words = words;
        this.cuts = cuts;
    }

    /// <summary>The same joiner, joining the lines at <paramref name="breakOffsets"/> with nothing between them: a wrapper cut a word there.</summary>
    public LineJoiner WithCuts(IReadOnlySet<int> breakOffsets) => new(chinese, hanLatinSpaced, words, breakOffsets);

    /// <summary>Learns the document's habits from its cleaned content lines.</summary>
    public static LineJoiner For(IEnumerable<MappedText> lines, Language language)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var lower = new char[64];
        int spaced = 0, unspaced = 0;
        foreach (var line in lines.Select(l => l.Text))
        {
            // Words recur: a string is made only for one not seen before.
            foreach (var word in Word().EnumerateMatches(line))
            {
                if (word.Length > lower.Length)
                {
                    lower = new char[word.Length * 2];
                }

                var folded = lower.AsSpan(0, word.Length);
                line.AsSpan(word.Index, word.Length).ToLowerInvariant(folded);
                known.Add(folded);
            }

            for (var i = 0; i + 1 < line.Length; i++)
            {
                if (IsHanLatinPair(line[i], line[i + 1]))
                {
                    unspaced++;
                }
                else if (line[i + 1] == ' ' && i + 2 < line.Length && IsHanLatinPair(line[i], line[i + 2]))
                {
                    spaced++;
                }
            }
        }

        return new LineJoiner(language.IsChinese, spaced > 0 && spaced >= unspaced, words, new HashSet<int>());
    }

    /// <summary>Joins lines into one text; a space inserted between two lines maps to the first line's break.</summary>
    public MappedText Join(IEnumerable<(MappedText Text, int BreakOffset)> lines)
    {
        var builder = new MappedTextBuilder();
        var previousBreak = -1;
        foreach (var (text, breakOffset) in lines)
        {
            Append(builder, text, previousBreak);
            previousBreak = breakOffset;
        }

        return builder.ToMappedText();
    }

    /// <summary>Appends the next line to the text built so far, with whatever the join calls for in between.</summary>
    /// <param name="builder">The text so far.</param>
    /// <param name="line">The next line.</param>
    /// <param name="previousBreak">Offset of the line break before <paramref name="line"/>.</param>
    public void Append(MappedTextBuilder builder, MappedText line, int previousBreak)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (builder.Length > 0)
        {
            AppendSeparator(builder, line.Text, previousBreak);
        }

        builder.Append(line);
    }

    private void AppendSeparator(MappedTextBuilder builder, string next, int breakOffset)
    {
        if (cuts.Contains(breakOffset))
        {
            return;
        }

        var last = builder.Last;
        var first = next[0];
        if (last == '\u00AD')
        {
            builder.RemoveLast();
            return;
        }

        if (last is '-' or '\u2010' && builder.Length > 1 && char.IsLetter(builder[builder.Length - 2]) && char.IsLetter(first))
        {
            if (IsSyllableHyphen(builder, next))
            {
                builder.RemoveLast();
            }

            return;
        }

        if (last is '–' or '—' && builder.Length > 1 && builder[builder.Length - 2] != ' ')
        {
            return;
        }

        if (NeedsSpace(last, first, builder, next))
        {
            builder.Append(' ', breakOffset);
        }
    }

    private bool NeedsSpace(char last, char first, MappedTextBuilder builder, string next)
    {
        // A line breaker never breaks before these (Unicode's line breaking classes of closing punctuation, infix
        // separators and exclamations); an extractor that ended a line at them split a word (CRP / .1, 18(a / )).
        if (Chars.IsSuperscriptDigit(first) || first is '.' or ',' or ';' or ':' or ')' or ']' or '}' or '!' or '?' or '%')
        {
            return false;
        }

        if (!chinese)
        {
            return !(IsSymbol(builder) && ContinuesSymbol(next)) && !(WebAddress.Is(WebAddress.LastToken(builder.Span)) && ContinuesAddress(builder.Last, next));
        }

        if (Chars.IsSuperscriptDigit(last) || IsChineseMark(last) || IsChineseMark(first) || (Chars.IsCjk(last) && Chars.IsCjk(first)))
        {
            return false;
        }

        if (Chars.IsHan(last) || Chars.IsHan(first))
        {
            return hanLatinSpaced;
        }

        // Chinese lines break anywhere, inside numbers, symbols and addresses too (20|21, UNODC/CC|PCJ): only words
        // of letters alone were cut at a space (André|Rypl).
        return !(IsTokenPart(last) && IsTokenPart(first)) || (IsPlainWord(builder) && IsPlainWord(next));
    }

    /// <summary>
    /// Whether the text so far ends in a document symbol or address cut inside a part of it: a token with a slash between
    /// letters or digits whose last part ends in a capital (<c>UNODC/CCPCJ/EG.4/2021/INF/1/R</c>).
    /// </summary>
    private static bool IsSymbol(MappedTextBuilder builder)
    {
        var i = builder.Length - 1;
        if (i < 0 || !char.IsAsciiLetterUpper(builder[i]))
        {
            return false;
        }

        var slash = false;
        for (; i > 0 && !char.IsWhiteSpace(builder[i - 1]); i--)
        {
            slash |= builder[i - 1] == '/' && char.IsAsciiLetterOrDigit(builder[i]) && i > 1 && char.IsAsciiLetterOrDigit(builder[i - 2]);
        }

        return slash;
    }

    /// <summary>
    /// Whether a line starts with the rest of a symbol's part rather than a word: lower-case letters going on into a
    /// full stop, digit or slash with no space before it (<c>ev.1</c>), which no word of running text does.
    /// </summary>
    private static bool ContinuesSymbol(string next)
    {
        var i = 0;
        while (i < next.Length && char.IsAsciiLetterLower(next[i]))
        {
            i++;
        }

        return i > 0 && i < next.Length && (char.IsAsciiDigit(next[i]) || (next[i] is '.' or '/' && i + 1 < next.Length && char.IsAsciiLetterOrDigit(next[i + 1])));
    }

    /// <summary>
    /// Whether the next line goes on with an address cut at <paramref name="last"/>: after a mark inside an address
    /// (<c>www.example.</c> / <c>org</c>, <c>…/documents/</c> / <c>2021</c>) any lower-case word or number does, as a
    /// sentence after an address would start with a capital; after a letter or digit only a piece that is itself
    /// address-like (<c>…/organized-cri</c> / <c>me/index.html</c>), not a word of running text.
    /// </summary>
    private static bool ContinuesAddress(char last, string next)
    {
        if (!(char.IsAsciiLetterLower(next[0]) || char.IsAsciiDigit(next[0])))
        {
            return false;
        }

        if (last is '.' or '/' or '-' or '_' or '?' or '=' or '&' or '#' or '@' or '~')
        {
            return true;
        }

        var end = next.IndexOfAny([' ', '\t']);
        var piece = end < 0 ? next : next[..end];
        return piece.TrimEnd('.', ',', ';', ')').IndexOfAny(['/', '.', '?', '=', '#']) > 0;
    }

    /// <summary>CJK punctuation, and the curly quotes Chinese text sets full-width.</summary>
    private static bool IsChineseMark(char c) => Chars.IsCjkPunctuation(c) || c is '“' or '”' or '‘' or '’';

    /// <summary>
    /// A character of a number, symbol or address, which Chinese text writes without spaces; an en dash too, as in a range
    /// of years (<c>2019–2021</c>), which Chinese lines break before as anywhere else.
    /// </summary>
    private static bool IsTokenPart(char c) => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '–' or '_' or '@' or ':' or '#' or '%' or '&' or '=' or '?';

    /// <summary>Whether the word at the end of the text so far is letters only.</summary>
    private static bool IsPlainWord(MappedTextBuilder builder)
    {
        var i = builder.Length - 1;
        while (i >= 0 && !char.IsWhiteSpace(builder[i]) && !Chars.IsCjk(builder[i]))
        {
            if (!char.IsLetter(builder[i]))
            {
                return false;
            }

            i--;
        }

        return true;
    }

    private static bool IsPlainWord(string next)
    {
        foreach (var c in next)
        {
            if (char.IsWhiteSpace(c) || Chars.IsCjk(c))
            {
                break;
            }

            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsSyllableHyphen(MappedTextBuilder builder, string next)
    {
        var start = builder.Length - 1;
        while (start > 0 && (char.IsLetter(builder[start - 1]) || builder[start - 1] is '-' or '\u2010'))
        {
            start--;
        }

        var left = string.Concat(Enumerable.Range(start, builder.Length - 1 - start).Select(i => builder[i]));
        var right = new string([.. next.TakeWhile(char.IsLetter)]);
        var joined = (left + right).ToLower(CultureInfo.InvariantCulture);
        var hyphenated = (left + "-" + right).ToLower(CultureInfo.InvariantCulture);
        return words.Contains(joined) && !words.Contains(hyphenated);
    }

    private static bool IsHanLatinPair(char a, char b) =>
        (Chars.IsHan(a) && IsLatinOrDigit(b)) || (IsLatinOrDigit(a) && Chars.IsHan(b));

    private static bool IsLatinOrDigit(char c) => char.IsLetterOrDigit(c) && !Chars.IsCjk(c);

    [GeneratedRegex(@"\p{L}+(?:[-\u2010]\p{L}+)*")]
    private static partial Regex Word();
}
