using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Cleans one line as extracted from a PDF: hyperlink residue <c>[text](#)</c> becomes <c>text</c>, the line is
/// trimmed, zero-width spaces and stray byte order marks are dropped, and in Chinese a space or two that an extractor
/// put between CJK characters (next to CJK punctuation, or all through a letter-spaced line) is dropped. Whitespace
/// inside the line is otherwise kept as written: a space the writer put between two words of Chinese (<c>记者 林晓</c>),
/// the two spaces or the tab after a paragraph number, the runs of spaces or tabs between the cells of a table row and a
/// full-width space are part of what a translator's tool sees as the segment. Only joining wrapped lines (see
/// <see cref="LineJoiner"/>) may leave a space out. Every kept character keeps its original offset.
/// </summary>
internal static partial class LineCleaner
{
    /// <summary>A letter-spaced line has this many spaced CJK characters at least; one or two spaces are words apart.</summary>
    private const int SpreadGaps = 3;

    /// <summary>A line spreads its Latin letters and digits when this many in a row stand one space apart (<c>U N O D C</c>).</summary>
    private const int SpreadLatinRun = 3;

    public static MappedText Clean(SourceLine line, Language language) => Clean(line, language, KeptCharacters(line.Text));

    /// <summary>
    /// Cleans every line, as <see cref="Clean(SourceLine, Language)"/> does; link residue whose text a hard wrap broke over
    /// two lines (<c>[Kunming</c> / <c>Declaration](#)</c>) is cleaned as well, each line losing its part of the marks.
    /// </summary>
    public static MappedText[] CleanAll(IReadOnlyList<SourceLine> lines, Language language)
    {
        var cleaned = new MappedText[lines.Count];
        bool[]? carried = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var keep = carried ?? KeptCharacters(lines[i].Text);
            carried = null;
            if (i + 1 < lines.Count && WrappedLink(lines[i].Text, lines[i + 1].Text) is var (open, close, end))
            {
                keep ??= Fill(lines[i].Text.Length);
                keep[open] = false;
                carried = KeptCharacters(lines[i + 1].Text) ?? Fill(lines[i + 1].Text.Length);
                Array.Fill(carried, false, close, end - close);
            }

            cleaned[i] = Clean(lines[i], language, keep);
        }

        return cleaned;
    }

    private static bool[] Fill(int length)
    {
        var keep = new bool[length];
        Array.Fill(keep, true);
        return keep;
    }

    /// <summary>
    /// Link residue that opens on <paramref name="line"/> and closes on <paramref name="next"/>: where its <c>[</c> stands on
    /// the line, and where its <c>](…)</c> starts and ends on the next; null when there is none.
    /// </summary>
    private static (int Open, int Close, int End)? WrappedLink(string line, string next)
    {
        var open = line.LastIndexOf('[');
        if (open < 0 || line.IndexOf(']', open) >= 0 || !next.Contains("](", StringComparison.Ordinal))
        {
            return null;
        }

        var link = LinkResidue().Match(string.Concat(line.AsSpan(open), " ", next));
        var offset = line.Length - open + 1;
        if (!link.Success || link.Index != 0)
        {
            return null;
        }

        var text = link.Groups["text"];
        return text.Index + text.Length > offset ? (open, text.Index + text.Length - offset, link.Length - offset) : null;
    }

    private static MappedText Clean(SourceLine line, Language language, bool[]? keep)
    {
        var spread = language.IsChinese && IsLetterSpaced(line.Text);
        var spreadLatin = language.IsChinese && HasSpreadLatinRun(line.Text);
        var builder = new MappedTextBuilder(line.Text.Length);
        var pending = new List<(char Char, int Offset)>();
        var word = 0;
        for (var i = 0; i < line.Text.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            var c = line.Text[i];
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pending.Add((c, line.Start + i));
                continue;
            }

            if (pending.Count > 0 && builder.Length > 0 && !(language.IsChinese && IsExtractorSpacing(builder.Last, pending, c, spread))
                && !(spreadLatin && IsSpreadWord(builder.Last, word, pending, c, WordLength(line.Text, i))))
            {
                foreach (var (space, offset) in pending)
                {
                    builder.Append(space, offset);
                }
            }

            word = pending.Count > 0 ? 1 : word + 1;
            pending.Clear();
            builder.Append(c, line.Start + i);
        }

        // Characters are only ever dropped, so a line that kept them all is its own string, and most lines are: they
        // share it rather than keep a copy for as long as the document is read.
        return builder.Length == line.Text.Length && builder.Length > 0
            ? new MappedText(line.Text, OffsetMap.Contiguous(line.Start, line.Text.Length))
            : builder.ToMappedText();
    }

    /// <summary>Zero-width spaces and a byte order mark inside the text: invisible, and never the writer's.</summary>
    private static bool IsInvisible(char c) => c is '\uFEFF' or '\u200B';

    /// <summary>
    /// One or two plain spaces between CJK characters that no writer of Chinese puts there: next to CJK punctuation,
    /// which is full-width and never spaced, or between characters of a line the extractor spread letter by letter
    /// (<c>审 议 了</c>). A space between two words of an otherwise unspaced line is the writer's (a byline's
    /// <c>记者 林晓</c>, a row's cells); a tab, a full-width space or a wider run separates the cells of a table.
    /// </summary>
    private static bool IsExtractorSpacing(char before, List<(char Char, int Offset)> spaces, char after, bool spread) =>
        Chars.IsCjk(before) && (Chars.IsCjk(after) || (spread && after is '.' or ',' or ':' or ';' or ')')) && spaces.Count <= 2
        && spaces.TrueForAll(s => s.Char is ' ' or '\u00A0') && (spread || Chars.IsCjkPunctuation(before) || Chars.IsCjkPunctuation(after));

    /// <summary>
    /// In a Chinese line whose Latin text is spread, a space an extractor put inside a Latin word or a number, or next to CJK punctuation
    /// (<c>（ U N O D C / CC P C J</c>, <c>2 0 2 1</c>): one space between two characters that are not CJK, one of
    /// them a word of a single character and the other of two at most; or a space between a full-width mark and Latin
    /// text, which no writer spaces.
    /// </summary>
    private static bool IsSpreadWord(char before, int wordBefore, List<(char Char, int Offset)> spaces, char after, int wordAfter)
    {
        if (spaces.Count != 1 || spaces[0].Char != ' ')
        {
            return false;
        }

        if ((Chars.IsCjkPunctuation(before) && !Chars.IsCjk(after)) || (!Chars.IsCjk(before) && Chars.IsCjkPunctuation(after)))
        {
            return true;
        }

        return !Chars.IsCjk(before) && !Chars.IsCjk(after) && Math.Min(wordBefore, wordAfter) == 1 && Math.Max(wordBefore, wordAfter) <= 2;
    }

    /// <summary>
    /// Whether the line holds <see cref="SpreadLatinRun"/> or more characters in a row that are not CJK, each a word of
    /// its own one space from the next (<c>U N O D C</c>, <c>2 0 2 1</c>): a letter-spaced Chinese line as pdftotext
    /// -layout prints its Latin text. A writer's spaces stand between words, not letters.
    /// </summary>
    private static bool HasSpreadLatinRun(string line)
    {
        var run = 0;
        foreach (var word in line.Split(' '))
        {
            run = word.Length == 1 && !Chars.IsCjk(word[0]) && !char.IsWhiteSpace(word[0]) ? run + 1 : 0;
            if (run >= SpreadLatinRun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many characters other than whitespace stand from <paramref name="start"/> on.</summary>
    private static int WordLength(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end - start;
    }

    /// <summary>
    /// Whether an extractor spread the line: it has at least <see cref="SpreadGaps"/> places where one or two spaces
    /// stand between CJK characters, and no more places where such characters touch (a justified line whose spacing
    /// the extractor printed as spaces); or it is a short line spread letter by letter.
    /// </summary>
    private static bool IsLetterSpaced(string line)
    {
        int spaced = 0, touching = 0;
        for (var i = 1; i < line.Length; i++)
        {
            if (!Chars.IsCjk(line[i]))
            {
                continue;
            }

            var j = i - 1;
            while (j >= 0 && line[j] is ' ' or '\u00A0' && i - j <= 2)
            {
                j--;
            }

            if (j >= 0 && Chars.IsCjk(line[j]))
            {
                _ = j == i - 1 ? touching++ : spaced++;
            }
        }

        return (spaced >= SpreadGaps && spaced >= touching) || (touching == 0 && spaced > 0 && IsSpacedLetterByLetter(line));
    }

    /// <summary>
    /// A short line spread letter by letter, every two characters one space apart (<c>一 . 导 言</c>), as a heading set
    /// letter-spaced comes out of an extractor: too short to hold <see cref="SpreadGaps"/> spaced pairs of CJK characters.
    /// </summary>
    private static bool IsSpacedLetterByLetter(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < 3)
        {
            return false;
        }

        for (var i = 1; i < text.Length; i += 2)
        {
            if (text[i] != ' ' || text[i - 1] == ' ' || (i + 1 < text.Length && text[i + 1] == ' '))
            {
                return false;
            }
        }

        return text.Length % 2 == 1;
    }

    /// <summary>Which characters survive link residue removal, or null when the line has no link residue (most lines).</summary>
    private static bool[]? KeptCharacters(string line)
    {
        if (!line.Contains("](", StringComparison.Ordinal))
        {
            return null;
        }

        var keep = Fill(line.Length);
        foreach (Match link in LinkResidue().Matches(line))
        {
            var text = link.Groups["text"];
            for (var i = link.Index; i < link.Index + link.Length; i++)
            {
                keep[i] = i >= text.Index && i < text.Index + text.Length;
            }
        }

        return keep;
    }

    [GeneratedRegex(@"\[(?<text>[^\[\]\r\n]+)\]\((?:#[^)\s]*|https?://[^)\s]*)\)")]
    private static partial Regex LinkResidue();
}
