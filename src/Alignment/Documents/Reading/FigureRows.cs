using System.Buffers;

namespace Alignment.Documents.Reading;

/// <summary>
/// The rows of a table of figures that an extractor wrote with one space between cells, as <c>pdftotext -raw</c> does
/// (<c>现金和现金等价物 3 4,210 3,876</c>): where one cell ends is lost, but the figures and notes a row ends with
/// (<c>3</c>, <c>(a)</c>, <c>1.</c>, <c>4,210</c>, <c>(25)</c>, a nil dash) are cells of their own. Such a row is written
/// with a tab before each of them, as the PDF reader writes the rows it finds.
/// </summary>
/// <remarks>
/// A line of running text may end with a number or two (<c>from 17 to 21</c>, a Chinese line wrapped inside a date);
/// rows of a table come together, so a line is a row only beside another that ends the same way, each with two cells
/// or more at its end, one of them a figure. A table of one column of figures has one cell at the end of each row
/// (<c>Funded ratio (%) 107.9</c>): its rows are those of a run of at least three lines that each end in a figure
/// after their text, which wrapped running text hardly ever makes. A line of figures and nothing else
/// (<c>2026 2025</c>, a column header) is a row wherever it stands.
/// </remarks>
internal static class FigureRows
{
    private const int MinCells = 2;

    /// <summary>The fewest consecutive lines ending in one figure each that are a table's rows.</summary>
    private const int MinSingleFigureRows = 3;

    /// <summary>The most words a column's head in a line of heads holds (<c>31 December 2026</c>, <c>2026 年 12 月 31 日</c>).</summary>
    private const int MaxHeadWords = 6;

    private static readonly SearchValues<char> FigureChars = SearchValues.Create("0123456789,.()%-–−");

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>
    /// The lines that are rows of such tables. Page furniture between two lines does not part them: a page that breaks a
    /// table sets its footer and the next page's header between two of its rows.
    /// </summary>
    /// <param name="lines">The lines, single-spaced.</param>
    /// <param name="content">Whether each line carries content (neither blank nor page furniture).</param>
    /// <param name="furniture">Whether each line is page furniture.</param>
    public static IReadOnlySet<int> Rows(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> content, IReadOnlyList<bool> furniture)
    {
        var rows = new HashSet<int>();
        var next = NextContent(lines.Count, content, furniture);
        var previous = new int[lines.Count];
        Array.Fill(previous, -1);
        for (var i = 0; i < lines.Count; i++)
        {
            if (next[i] >= 0)
            {
                previous[next[i]] = i;
            }
        }

        var ends = lines.Select((line, i) => content[i] && EndsInFigures(line.Text)).ToArray();
        var endsInOne = lines.Select((line, i) => content[i] && EndsInFigure(line.Text)).ToArray();
        for (var i = 0; i < lines.Count; i++)
        {
            if ((ends[i] && ((previous[i] >= 0 && ends[previous[i]]) || (next[i] >= 0 && ends[next[i]])))
                || (content[i] && (IsFiguresOnly(lines[i].Text) || HeaderCells(lines[i].Text).Count > 0)))
            {
                rows.Add(i);
            }
        }

        AddSingleFigureRuns(lines, content, next, endsInOne, rows);
        AddRowsOverGroupLabels(lines, next, ends, endsInOne, rows);
        return rows;
    }

    /// <summary>
    /// Adds the rows of runs of lines that end in one figure each after their text. A row whose text wrapped ends in its
    /// figure on its second line, which goes on in lower case (<c>Required contribution rate (percentage of pensionable</c>
    /// / <c>remuneration) 21.38</c>) or holds the figure alone: the two lines are one row of the run.
    /// </summary>
    private static void AddSingleFigureRuns(IReadOnlyList<MappedText> lines, IReadOnlyList<bool> content, int[] next, bool[] endsInOne, HashSet<int> rows)
    {
        var seen = new bool[lines.Count];
        for (var start = 0; start < lines.Count; start++)
        {
            if (seen[start] || !content[start])
            {
                continue;
            }

            var run = new List<int>();
            var count = 0;
            for (var i = start; i >= 0;)
            {
                seen[i] = true;
                if (endsInOne[i])
                {
                    run.Add(i);
                    count++;
                    i = next[i];
                }
                else if (next[i] is var j and >= 0 && WrappedRowEnd(lines[i].Text, lines[j].Text, endsInOne[j]))
                {
                    seen[j] = true;
                    if (endsInOne[j])
                    {
                        run.Add(j);
                    }

                    count++;
                    i = next[j];
                }
                else
                {
                    break;
                }
            }

            if (count >= MinSingleFigureRows)
            {
                rows.UnionWith(run);
            }
        }
    }

    /// <summary>
    /// Whether <paramref name="next"/> ends a row that <paramref name="line"/> starts: the line closes nothing and starts
    /// with no label (a table's note, <c>1/ Adjusted …</c>, wraps as running text does), and the next, shorter, holds
    /// the row's figure alone or ends in it after words that go on in lower case, the rest of a cell that wrapped.
    /// </summary>
    private static bool WrappedRowEnd(string line, string next, bool nextEndsInFigure) =>
        line.Length > 0 && next.Length > 0 && next.Length < line.Length && !TextShape.EndsWithTerminal(line)
        && TextShape.FinalMark(line) is not (',' or '，' or '、') && LabelParser.Parse(line).Count == 0
        && ((nextEndsInFigure && char.IsLower(next[0])) || (!next.Contains(' ', StringComparison.Ordinal) && IsFigure(next)));

    /// <summary>
    /// Adds the lines ending in figures that stand over a table's rows with one line between that is a group's name
    /// (<c>Cash and cash equivalents 412 380</c> / <c>Investments</c> / <c>Equities 6,218 5,981</c>): a short line with
    /// no figure, label or closing punctuation, as a table sets over the rows it groups. Each line found so may show
    /// the next one up to be a row in turn.
    /// </summary>
    private static void AddRowsOverGroupLabels(IReadOnlyList<MappedText> lines, int[] next, bool[] ends, bool[] endsInOne, HashSet<int> rows)
    {
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            if ((ends[i] || endsInOne[i]) && !rows.Contains(i) && next[i] is var label and >= 0 && next[label] is var row and >= 0 && rows.Contains(row)
                && IsGroupLabel(lines[label].Text))
            {
                rows.Add(i);
            }
        }
    }

    /// <summary>A group's name in a table: <c>Assets</c>, <c>定期福利</c>; a short line without figures, label or closing punctuation.</summary>
    private static bool IsGroupLabel(string line) =>
        TextShape.IsHeadingLike(line) && !line.AsSpan().ContainsAny(Digits) && LabelParser.Parse(line).Count == 0;

    /// <summary>
    /// The next line that carries content after each content line, over page furniture and the blank lines around it;
    /// -1 where blank lines alone or the end come first.
    /// </summary>
    private static int[] NextContent(int count, IReadOnlyList<bool> content, IReadOnlyList<bool> furniture)
    {
        var next = new int[count];
        Array.Fill(next, -1);
        var (last, blank, pageBreak) = (-1, false, false);
        for (var i = 0; i < count; i++)
        {
            if (content[i])
            {
                if (last >= 0 && (!blank || pageBreak))
                {
                    next[last] = i;
                }

                (last, blank, pageBreak) = (i, false, false);
            }
            else if (furniture[i])
            {
                pageBreak = true;
            }
            else
            {
                blank = true;
            }
        }

        return next;
    }

    /// <summary>The row with a tab, instead of the space, before each cell it ends with (each column's head, in a line of them).</summary>
    public static MappedText WithTabs(MappedText row)
    {
        var cells = HeaderCells(row.Text) is { Count: > 0 } header ? header : TrailingCells(row.Text);
        var builder = new MappedTextBuilder(row.Length);
        for (var i = 0; i < row.Length; i++)
        {
            var startsCell = i + 1 < row.Length && cells.Contains(i + 1);
            builder.Append(row[i] == ' ' && startsCell ? '\t' : row[i], row.OffsetOf(i));
        }

        return builder.ToMappedText();
    }

    /// <summary>Whether the line ends in two or more figures and notes, one of them a figure (<c>Other liabilities 2 3</c>).</summary>
    public static bool EndsInFigures(string line)
    {
        var cells = TrailingCells(line);
        return cells.Count >= MinCells && cells.Any(start => IsFigure(line.AsSpan(start, CellEnd(line, start) - start)));
    }

    /// <summary>
    /// Whether the line ends in a figure after some text of its own: <c>Funded ratio (%) 107.9</c>, or one whose thousands
    /// are set apart by a space (<c>Interest income 121 109</c>, which may as well be two figures of a row).
    /// </summary>
    private static bool EndsInFigure(string line)
    {
        var cells = TrailingCells(line);
        if (cells.Count == 0 || cells[^1] == 0)
        {
            return false;
        }

        foreach (var part in line.AsSpan(cells[0]).Split(' '))
        {
            if (!IsFigure(line.AsSpan(cells[0])[part]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the line is two or more figures and nothing else: <c>2026 2025</c>.</summary>
    private static bool IsFiguresOnly(string line)
    {
        var cells = TrailingCells(line);
        return cells.Count >= MinCells && cells[^1] == 0 && cells.All(start => IsFigure(line.AsSpan(start, CellEnd(line, start) - start)));
    }

    /// <summary>
    /// Where each column's head starts after the first, in a line of heads that repeat one pattern, each with a figure and a word:
    /// <c>2026 年 2025 年</c>, <c>2026 年 12 月 31 日 2025 年 12 月 31 日</c>, <c>31 December 2026 31 December 2025</c>
    /// (the same words, the figures in the same places); empty for any other line.
    /// </summary>
    private static List<int> HeaderCells(string line)
    {
        var starts = new List<int>();
        var words = HeadWords(line);

        for (var size = 1; size <= MaxHeadWords && size * 2 <= words.Count; size++)
        {
            // Figures and words both: a line of figures alone has its cells found by TrailingCells, thousands kept together.
            if (words.Count % size != 0 || !Enumerable.Range(0, size).Any(k => IsFigure(Word(line, words[k])))
                || Enumerable.Range(0, size).All(k => IsFigure(Word(line, words[k]))))
            {
                continue;
            }

            var repeats = true;
            for (var k = size; k < words.Count && repeats; k++)
            {
                var word = Word(line, words[k]);
                var first = Word(line, words[k % size]);
                repeats = IsFigure(first) ? IsFigure(word) : word.SequenceEqual(first);
            }

            if (repeats)
            {
                // A head set against the one before it (2026 年2025 年) starts, for its tab, at the space before: every
                // character of the text maps back to one of the source's, and a tab only to a space.
                foreach (var column in Enumerable.Range(1, (words.Count / size) - 1))
                {
                    var start = words[column * size].Start;
                    var space = line.LastIndexOf(' ', start - 1);
                    if (space >= 0 && (starts.Count == 0 || space + 1 > starts[^1]))
                    {
                        starts.Add(space + 1);
                    }
                }

                return starts;
            }
        }

        return starts;
    }

    /// <summary>
    /// The words of a line, where CJK text and what is not also part (<c>2026 年2025 年</c>, as pdftotext can set
    /// a unit against the next figure).
    /// </summary>
    private static List<(int Start, int End)> HeadWords(string line)
    {
        var words = new List<(int Start, int End)>();
        for (var start = 0; start < line.Length;)
        {
            if (line[start] == ' ')
            {
                start++;
                continue;
            }

            var end = start + 1;
            while (end < line.Length && line[end] != ' ' && Chars.IsCjk(line[end]) == Chars.IsCjk(line[start]))
            {
                end++;
            }

            words.Add((start, end));
            start = end;
        }

        return words;
    }

    private static ReadOnlySpan<char> Word(string line, (int Start, int End) word) => line.AsSpan(word.Start, word.End - word.Start);

    /// <summary>Where each of the figures and notes the line ends with starts, last first.</summary>
    private static List<int> TrailingCells(string line)
    {
        var starts = new List<int>();
        var end = line.Length;
        while (end > 0)
        {
            var start = line.LastIndexOf(' ', end - 1) + 1;
            var cell = line.AsSpan(start, end - start);
            if (!(IsFigure(cell) || IsNote(cell)))
            {
                break;
            }

            // A group of three digits after a figure of three or fewer is its thousands, as Chinese and French write
            // them (6 218): one cell.
            if (start > 1 && cell.Length == 3 && !cell.ContainsAnyExcept(Digits) && PreviousToken(line, start - 1) is { Length: >= 1 and <= 3 } before
                && !before.ContainsAnyExcept(Digits))
            {
                start -= before.Length + 1;
            }

            starts.Add(start);
            end = start - 1;
        }

        return starts;
    }

    private static ReadOnlySpan<char> PreviousToken(string line, int space)
    {
        var start = line.LastIndexOf(' ', space - 1) + 1;
        return line.AsSpan(start, space - start);
    }

    private static int CellEnd(string line, int start)
    {
        var space = line.IndexOf(' ', start);
        return space < 0 ? line.Length : space;
    }

    /// <summary>
    /// A figure: <c>4,210</c>, <c>(25)</c>, <c>-3.1</c>, <c>12%</c>, a nil dash, the two dots of a figure not available.
    /// Not a number that ends a sentence (<c>2026.</c>) or a bracket (<c>(As at 31 December 2025)</c>), nor one that
    /// opens a range the next line closes (<c>2020–</c>): a table sets its figures whole.
    /// </summary>
    private static bool IsFigure(ReadOnlySpan<char> cell) =>
        cell is "—" or "–" or "-" or ".."
        || (cell.ContainsAnyInRange('0', '9') && !cell.ContainsAnyExcept(FigureChars) && cell[^1] is not ('.' or '-' or '–' or '−')
            && cell.Count('(') == cell.Count(')') && !IsNote(cell));

    /// <summary>A note or row number: <c>(a)</c>, <c>1.</c>.</summary>
    private static bool IsNote(ReadOnlySpan<char> cell) =>
        (cell.Length == 3 && cell[0] == '(' && cell[1] is >= 'a' and <= 'z' && cell[2] == ')')
        || (cell.Length is >= 2 and <= 3 && cell[^1] == '.' && !cell[..^1].ContainsAnyExcept(Digits));
}
