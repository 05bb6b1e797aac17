using System.Text;
using Alignment.Writing;

namespace Alignment.Documents.Reading;

/// <summary>How a wrapper counted a line's width.</summary>
internal enum WrapUnit
{
    /// <summary>Characters, as a mail client or an e-book's wrapper counts them.</summary>
    Characters,

    /// <summary>Display columns, a wide or full-width character two (a terminal, a Chinese wrapper).</summary>
    Columns,

    /// <summary>Display columns as a Chinese terminal counts them: curly quotes, dashes and ellipses two as well.</summary>
    WideColumns,

    /// <summary>Bytes of UTF-8, as <c>fold</c> counts them.</summary>
    Utf8Bytes,
}

/// <summary>
/// The width a text without pages was hard-wrapped at (an e-mail at 72 characters, an e-book at 70 to 76, Chinese cut
/// every 34 characters or at 76 columns), found from its own lines as a page's measure is: a wrapper moves a word to
/// the next line only when it does not fit, so each line it wrapped is no wider than the width and would have been
/// wider with the next line's first word. The width is the one that most pairs of adjacent lines agree with, counted in
/// characters, display columns or UTF-8 bytes, whichever agrees best; a text is taken as wrapped when most pairs agree.
/// Knowing it, a line that left room for the next line's first word was not wrapped but ended there (a letterhead's
/// line, a title over a byline), and a line that filled the width with no space in it was cut inside a word or address.
/// Immutable; thread-safe.
/// </summary>
internal readonly record struct WrapWidth(WrapUnit Unit, int Width, bool CutsAnywhere)
{
    /// <summary>No width: the text was not wrapped at one (or was laid out on pages, which have measures of their own).</summary>
    public static readonly WrapWidth None = new(WrapUnit.Characters, 0, false);

    /// <summary>Nothing narrower than this is a wrap width: short lines over text (labels, names) agree with small widths by chance.</summary>
    private const int MinWidth = 20;

    /// <summary>No wrapper makes lines wider than this (120 Chinese characters).</summary>
    private const int MaxWidth = 240;

    /// <summary>Pairs of lines at least that must agree with a width.</summary>
    private const int MinAgreeing = 8;

    /// <summary>In tenths of the pairs of adjacent lines: at least this share must agree with the width.</summary>
    private const int AgreeingShare = 7;

    /// <summary>Lines at least that start with a closing mark, which only a wrapper that cuts anywhere leaves there.</summary>
    private const int MinClosersFirst = 2;

    /// <summary>
    /// In tenths of the breaks between letters or digits: at least this share must follow a line filled to the width for
    /// the wrapper to be one that cuts at a count.
    /// </summary>
    private const int FullShare = 9;

    public bool IsKnown => Width > 0;

    /// <summary>The width the content lines of a text without pages were wrapped at; <see cref="None"/> for one not wrapped.</summary>
    public static WrapWidth Infer(IReadOnlyList<ContentLine> lines)
    {
        var best = None;
        var agreeing = 0;
        var pairs = 0;
        var tied = new List<WrapWidth>();
        foreach (var unit in (ReadOnlySpan<WrapUnit>)[WrapUnit.Characters, WrapUnit.Columns, WrapUnit.WideColumns, WrapUnit.Utf8Bytes])
        {
            var (width, count, total) = Agreeing(lines, unit);
            if (count > agreeing)
            {
                (best, agreeing, pairs) = (new WrapWidth(unit, width, false), count, total);
                tied.Clear();
            }
            else if (count == agreeing && count > 0)
            {
                tied.Add(new WrapWidth(unit, width, false));
            }
        }

        if (agreeing < MinAgreeing || agreeing * 10 < pairs * AgreeingShare || best.Width < MinWidth)
        {
            return None;
        }

        // A wrapper that knows CJK text never starts a line with a closing mark; one that cuts at a count does, and it cuts
        // inside Latin words and numbers as well (Tropical Fo / rest).
        // In Latin text such a wrapper (`fold` without -s) fills every line to the width, where one that breaks at spaces
        // fills one now and then, when a word happens to end there: where letters or digits meet across a break, nearly
        // every line before it is full.
        var (closers, latinJoins, latinFull) = (0, 0, 0);
        for (var i = 1; i < lines.Count; i++)
        {
            if (!IsPair(lines[i - 1], lines[i]))
            {
                continue;
            }

            var full = best.Measure(lines[i - 1].Source.Text) == best.Width;
            closers += Chars.NeverStartsALine(lines[i].Text.Text[0]) && best.Measure(Body(lines[i - 1])) == best.Width ? 1 : 0;
            var body = lines[i - 1].Source.Text;
            if (IsLatinOrDigit(body[^1]) && IsLatinOrDigit(lines[i].Source.Text[0]))
            {
                latinJoins++;
                latinFull += full ? 1 : 0;
            }
        }

        var cutsLatin = latinJoins >= MinAgreeing && latinFull * 10 >= latinJoins * FullShare;

        // Units that as many pairs agree with are as likely the wrapper's (pure Han text counts the same in characters and
        // columns): a line left room only if it did in each of them. Curly quotes and dashes take one column or two as the
        // terminal has it, so a line measured in columns left room only if it did with them wide.
        if (best.Unit == WrapUnit.Columns)
        {
            tied.Add(new WrapWidth(WrapUnit.WideColumns, best.Width, false));
        }

        return best with { CutsAnywhere = closers >= MinClosersFirst || cutsLatin, Alike = [.. tied] };
    }

    /// <summary>Widths in other units that as many pairs of lines agree with.</summary>
    private WrapWidth[] Alike { get; init; } = [];

    /// <summary>
    /// Whether <paramref name="line"/> stopped where the first word of <paramref name="next"/> would have fitted within
    /// the width: the wrapper did not break it, so the line ended there.
    /// </summary>
    public bool LeftRoom(ContentLine line, ContentLine next) =>
        IsKnown && !next.GapBefore && next.Text.Length > 0 && IsMeasurable(line) && Fitted(line, next) <= Width
        && Array.TrueForAll(Alike, other => other.Fitted(line, next) <= other.Width);

    /// <summary>
    /// Whether the wrapper cut a word, number or address between <paramref name="line"/> and <paramref name="next"/>, so
    /// that nothing goes between them: the line filled the width and has no space in it (a word longer than the line:
    /// an address), or the wrapper cuts anywhere, keeping every space, and no space stands on either side (a word, a
    /// number or a symbol such as 2018/CRP.1 cut anywhere).
    /// </summary>
    public bool Cut(ContentLine line, ContentLine next)
    {
        if (!IsKnown || next.GapBefore || next.Source.Text.Length == 0 || char.IsWhiteSpace(next.Source.Text[0]))
        {
            return false;
        }

        var body = line.Source.Text.AsSpan();
        if (body.Length == 0 || char.IsWhiteSpace(body[^1]))
        {
            return false;
        }

        // A wrapper that keeps the space at each break (fold -s) fills its lines one character short of its width, which
        // is where their words end: it is found one narrower than it counts, and a word it cut fills one more.
        var measure = Measure(body);
        var (last, first) = (body[^1], next.Source.Text[0]);
        var token = body.TrimStart();
        return (token.IndexOfAny(' ', '\t', '\u3000') < 0 && measure - Width is 0 or 1 && !Chars.IsCjk(last) && !Chars.IsCjk(first))
            || (CutsAnywhere && measure == Width && !Chars.IsCjk(last) && !Chars.IsCjk(first));
    }

    /// <summary>Whether <paramref name="line"/>, no table's row, came out as wide as the width: the wrapper broke it there.</summary>
    public bool Filled(ContentLine line) => IsKnown && IsMeasurable(line) && Measure(line.Source.Text) == Width;

    /// <summary>The break offsets of the lines the wrapper cut inside a word (see <see cref="Cut"/>).</summary>
    public IReadOnlySet<int> Cuts(IReadOnlyList<ContentLine> lines)
    {
        var cuts = new HashSet<int>();
        for (var i = 1; IsKnown && i < lines.Count; i++)
        {
            if (Cut(lines[i - 1], lines[i]))
            {
                cuts.Add(lines[i - 1].Source.BreakOffset);
            }
        }

        return cuts;
    }

    private static bool IsLatinOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || (char.IsLetter(c) && !Chars.IsCjk(c));

    /// <summary>The width the line would have had with the next line's first word on it.</summary>
    private int Fitted(ContentLine line, ContentLine next)
    {
        var body = Body(line);
        var word = NextWord(next.Text.Text);
        // Between CJK characters a wrapper puts nothing; between CJK text and Latin or digits the text may have had a space
        // (第 65/230 号) that the wrapper dropped at the break, so one is counted, and less room is claimed.
        var space = Chars.IsCjk(body[^1]) && Chars.IsCjk(word[0]) ? 0 : Measure(" ");
        return Measure(body) + space + Measure(word);
    }

    /// <summary>
    /// A pair of adjacent lines a wrapper may have broken: the first is no table's row (cells a tab or a run of spaces
    /// apart, which a wrapper leaves alone) and the second is not indented (a paragraph's first line, or a hanging
    /// list's, which no wrapper makes). Lines are measured as written: an indent is part of what the wrapper counted.
    /// </summary>
    private static bool IsPair(ContentLine line, ContentLine next) =>
        !next.GapBefore && next.Text.Length > 0 && next.Source.Text.Length > 0 && !char.IsWhiteSpace(next.Source.Text[0]) && IsMeasurable(line);

    /// <summary>A line a wrapper measured: text, no table's row.</summary>
    private static bool IsMeasurable(ContentLine line)
    {
        var body = Body(line).TrimStart();
        return body.Length > 0 && body.IndexOf('\t') < 0 && body.IndexOf("  ", StringComparison.Ordinal) < 0;
    }

    private static ReadOnlySpan<char> Body(ContentLine line) => line.Source.Text.AsSpan().TrimEnd();

    /// <summary>
    /// The next line's first word as a wrapper sees it: <see cref="TextShape.FirstWord"/>, a number grouped by spaces whole,
    /// and the CJK closing marks after it, which a wrapper that knows CJK text carries over with it.
    /// </summary>
    private static ReadOnlySpan<char> NextWord(string next)
    {
        var word = TextShape.FirstWord(next);
        if (word.Length == 0)
        {
            return next.AsSpan(0, 1);
        }

        var end = word.Length;

        // A number grouped by spaces (1 900, 11 407) is one word: the spaces are no-break spaces as typeset.
        while (IsDigits(next.AsSpan(0, end)) && end + 4 <= next.Length && next[end] == ' ' && IsDigits(next.AsSpan(end + 1, 3))
            && (end + 4 == next.Length || !char.IsAsciiDigit(next[end + 4])))
        {
            end += 4;
        }

        while (end < next.Length && Chars.NeverStartsALine(next[end]))
        {
            end++;
        }

        return next.AsSpan(0, end);
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c != ' ')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    private int Measure(ReadOnlySpan<char> text) => Unit switch
    {
        WrapUnit.Columns => Columns(text, ambiguousWide: false),
        WrapUnit.WideColumns => Columns(text, ambiguousWide: true),
        WrapUnit.Utf8Bytes => Encoding.UTF8.GetByteCount(text),
        _ => text.Length,
    };

    /// <summary>
    /// Display columns: East Asian text and the ideographic space two, and, where <paramref name="ambiguousWide"/>, the
    /// punctuation Unicode leaves to the context (curly quotes, dashes, ellipsis, middle dot, the superscript digits a
    /// note's marker is written in up to 4), which CJK terminals set wide.
    /// </summary>
    private static int Columns(ReadOnlySpan<char> text, bool ambiguousWide)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += Han.IsWide(c) || c == '\u3000' || (ambiguousWide && c is '“' or '”' or '‘' or '’' or '—' or '–' or '…' or '·' or '×' or '°' or '§' or '※' or '¹' or '²' or '³' or '⁴') ? 2 : 1;
        }

        return width;
    }

    /// <summary>
    /// The width most pairs of adjacent lines agree with in <paramref name="unit"/>, how many agree, and how many pairs
    /// there are: a pair agrees with every width from the first line's up to, not including, the width it would have
    /// had with the next line's first word. Of widths that as many agree with, the narrowest.
    /// </summary>
    private static (int Width, int Agreeing, int Pairs) Agreeing(IReadOnlyList<ContentLine> lines, WrapUnit unit)
    {
        var measure = new WrapWidth(unit, 1, false);
        var starts = new int[MaxWidth + 2];
        var pairs = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (!IsPair(lines[i - 1], lines[i]))
            {
                continue;
            }

            pairs++;
            var width = measure.Measure(Body(lines[i - 1]));
            var fitted = Math.Min(measure.Fitted(lines[i - 1], lines[i]), MaxWidth + 1);
            if (width <= MaxWidth && fitted > width)
            {
                starts[width]++;
                starts[fitted]--;
            }
        }

        var (best, agreeing, running) = (0, 0, 0);
        for (var w = 0; w <= MaxWidth; w++)
        {
            running += starts[w];
            if (running > agreeing)
            {
                (best, agreeing) = (w, running);
            }
        }

        return (best, agreeing, pairs);
    }
}
