using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>
/// Finds the pull quotes of laid-out text: a paragraph that repeats, word for word, a sentence or two that another,
/// longer paragraph of the document holds, as a magazine sets a sentence of the article again in large type between
/// rules or in a box, pages away from where it stands. It is furniture, not text: the sentence is read once, where the
/// body has it, and aligning its copy would pair it twice.
/// </summary>
/// <remarks>
/// The copy must be whole sentences (it ends with a sentence's final mark, and the body's copy starts where a
/// sentence or a quotation starts) and long enough not to recur by chance (<see cref="MinLength"/>): a story's short turns of
/// dialogue (<c>“No.”</c>) repeat as paragraphs of their own, and a heading's words recur in the text, neither a pull
/// quote. A pull quote carries no label, and is set once: a paragraph that also stands as it is elsewhere is the text's. Spaces and line breaks are not compared, and a hyphen that ends a line of the body may have split a word.
/// </remarks>
internal static class PullQuotes
{
    /// <summary>A pull quote holds at least this many characters other than spaces.</summary>
    private const int MinLength = 10;

    /// <summary>A pull quote is at most this many lines, or one sentence; a longer paragraph repeated is a passage quoted.</summary>
    private const int MaxLines = 6;

    /// <summary>Marks every pull quote among <paramref name="lines"/>.</summary>
    public static void Mark(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons)
    {
        var paragraphs = Paragraphs(lines, reasons);
        var texts = paragraphs.Select(p => (Plain: Squeezed(lines, p, joinHyphens: false), Joined: Squeezed(lines, p, joinHyphens: true))).ToList();
        var asTheyStand = texts.GroupBy(t => t.Plain, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Paragraphs by the first characters of every sentence they hold: a quote is looked for only in those whose
        // sentences start as it does, not in every paragraph, which made a long document's reading quadratic.
        var starts = SentenceStarts(texts);
        for (var k = 0; k < paragraphs.Count; k++)
        {
            var quote = texts[k].Plain;
            if ((paragraphs[k].Count > MaxLines && !IsOneSentence(quote)) || quote.Length < MinLength || !TextShape.EndsWithTerminal(quote)
                || LabelParser.Parse(lines[paragraphs[k][0]].Text).Count > 0)
            {
                continue;
            }

            // A paragraph the document holds twice or more as it stands is a document repeating itself (a report bound
            // twice over, a refrain), and a longer copy of it elsewhere a paragraph end the reader missed there.
            if (asTheyStand[quote] > 1 || !starts.TryGetValue(quote[..MinLength], out var holders))
            {
                continue;
            }

            var repeated = holders.Any(j => j != k && texts[j].Plain.Length > quote.Length
                && (HoldsSentences(texts[j].Plain, quote) || HoldsSentences(texts[j].Joined, quote)));
            if (repeated)
            {
                foreach (var i in paragraphs[k])
                {
                    reasons[i] = RemovalReason.PullQuote;
                }
            }
        }
    }

    /// <summary>
    /// Marks the pull quotes of text as a PDF extractor gives it, where no blank line need set a paragraph apart: a run
    /// of at most <see cref="MaxLines"/> lines (a blank line may stand between two of them, as larger type is set with
    /// more leading) that starts a sentence and ends one, whose text stands elsewhere in the document inside running
    /// text, and which is set apart from the body as a pull quote is: printed after a blank line, page furniture or
    /// another pull quote (extractors print a page's quotes and captions after its body or footer, or between two of
    /// its columns), or in a shorter measure than the lines around it (a line of it, not its last, broken well short
    /// of where the body's lines end, as larger type is).
    /// </summary>
    /// <remarks>
    /// Only the copy the layout sets apart is dropped, and only when the other copy runs on inside a line of body text
    /// (it starts or ends within a line): two copies that are both whole lines are a document repeating itself, and
    /// both are kept, so that no sentence is lost.
    /// </remarks>
    public static void MarkInExtractedText(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons)
    {
        var content = Enumerable.Range(0, lines.Count).Where(i => reasons[i] is null && lines[i].Text.Any(c => !Chars.IsSpace(c))).ToList();
        if (content.Count < 2)
        {
            return;
        }

        // The document's text squeezed (no spaces, no hyphens, which a wrap may add or take away), and where each content line starts in it.
        var text = new StringBuilder();
        var starts = new int[content.Count + 1];
        for (var k = 0; k < content.Count; k++)
        {
            starts[k] = text.Length;
            text.Append(SqueezedLine(lines[content[k]].Text));
        }

        starts[content.Count] = text.Length;
        var document = text.ToString();
        var lineStarts = new HashSet<int>(starts);
        var sentenceStarts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var at = 0; at + MinLength <= document.Length; at++)
        {
            if (at == 0 || StartsSentence(document[at - 1]))
            {
                var key = document.Substring(at, MinLength);
                if (!sentenceStarts.TryGetValue(key, out var positions))
                {
                    sentenceStarts[key] = positions = [];
                }

                positions.Add(at);
            }
        }

        var widths = content.Select(i => TextShape.Width(lines[i].Text.AsSpan().Trim())).ToArray();
        for (var k = 0; k < content.Count; k++)
        {
            var first = content[k];
            var after = first == 0 || lines[first - 1].Text.All(Chars.IsSpace) || reasons[first - 1] is not null || IsBareNumber(lines[first - 1].Text);
            if (!after && !TextShape.EndsWithTerminal(lines[content[k - 1]].Text) || LabelParser.Parse(lines[first].Text.TrimStart()).Count > 0)
            {
                continue;
            }

            var last = RunEnd(lines, reasons, content, k);
            if (last < 0)
            {
                continue;
            }

            var (from, to) = (starts[k], starts[last + 1]);
            if (to - from < MinLength || !(after || Narrower(widths, k, last)) || !sentenceStarts.TryGetValue(document.Substring(from, MinLength), out var copies))
            {
                continue;
            }

            var length = to - from;
            var inBody = copies.Any(at => (at + length <= from || at >= to)
                && string.CompareOrdinal(document, at, document, from, length) == 0
                && !(lineStarts.Contains(at) && lineStarts.Contains(at + length)));
            if (inBody)
            {
                // A number alone right before a page's pull quote is the page's number, printed with the quotes and
                // captions after the page's body, too far from the page break to be found as one.
                if (first > 0 && reasons[first - 1] is null && IsBareNumber(lines[first - 1].Text))
                {
                    reasons[first - 1] = RemovalReason.PageNumber;
                }

                for (var j = k; j <= last; j++)
                {
                    reasons[content[j]] = RemovalReason.PullQuote;
                }

                k = last;
            }
        }
    }

    /// <summary>
    /// The content line (by its index in <paramref name="content"/>) where a sentence that starts at content line
    /// <paramref name="k"/> ends a line, within <see cref="MaxLines"/> lines with at most one blank line between two of
    /// them and no furniture, or within <see cref="OneSentenceLines"/> while no sentence ends before the run's last
    /// line (one sentence in large type in a narrow frame); −1 when there is none.
    /// </summary>
    private static int RunEnd(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, List<int> content, int k)
    {
        var oneSentence = true;
        for (var j = k; j < content.Count && (j - k < MaxLines || (oneSentence && j - k < OneSentenceLines)); j++)
        {
            if (j > k && (content[j] - content[j - 1] > 2 || (content[j] - content[j - 1] == 2 && reasons[content[j] - 1] is not null)))
            {
                return -1;
            }

            if (TextShape.EndsWithTerminal(lines[content[j]].Text))
            {
                return j;
            }

            oneSentence &= !lines[content[j]].Text.Any(Chars.IsTerminal);
        }

        return -1;
    }

    /// <summary>
    /// A run of lines that is one sentence may be this many lines long and still a pull quote: a sentence set again in
    /// 12 pt bold in a frame a third of a column wide takes seven or eight.
    /// </summary>
    private const int OneSentenceLines = 12;

    /// <summary>In tenths: a line of a run narrower than this share of the lines around it is set in larger type.</summary>
    private const int NarrowShare = 8;

    /// <summary>How many content lines either side of a run give the measure of the text around it.</summary>
    private const int MeasureReach = 12;

    /// <summary>Whether a line of the run from content line <paramref name="k"/> to <paramref name="last"/>, other than its last, is much narrower than the median line around the run.</summary>
    private static bool Narrower(int[] widths, int k, int last)
    {
        if (last == k)
        {
            return false;
        }

        var around = Enumerable.Range(Math.Max(0, k - MeasureReach), Math.Min(widths.Length, last + 1 + MeasureReach) - Math.Max(0, k - MeasureReach))
            .Where(j => j < k || j > last).Select(j => widths[j]).Order().ToList();
        if (around.Count < 3)
        {
            return false;
        }

        var measure = around[around.Count / 2];
        return Enumerable.Range(k, last - k).Any(j => widths[j] * 10 < measure * NarrowShare);
    }

    /// <summary>
    /// A line of one number and nothing else: the page number an extractor prints before the quotes and captions drawn
    /// on the page after its footer, which the page's break is too far from to show it as one.
    /// </summary>
    private static bool IsBareNumber(string line)
    {
        var number = line.AsSpan().Trim();
        return number.Length is > 0 and <= 4 && !number.ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>A line's text without spaces or hyphens.</summary>
    private static string SqueezedLine(string line) =>
        string.Concat(line.Where(c => !Chars.IsSpace(c) && c is not ('-' or '\u00AD')));

    /// <summary>The paragraphs (by index) that have a sentence or quotation starting with each run of <see cref="MinLength"/> characters.</summary>
    private static Dictionary<string, List<int>> SentenceStarts(List<(string Plain, string Joined)> texts)
    {
        var starts = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < texts.Count; j++)
        {
            foreach (var text in new[] { texts[j].Plain, texts[j].Joined })
            {
                for (var at = 0; at + MinLength <= text.Length; at++)
                {
                    if (at > 0 && !StartsSentence(text[at - 1]))
                    {
                        continue;
                    }

                    var key = text.Substring(at, MinLength);
                    if (!starts.TryGetValue(key, out var holders))
                    {
                        starts[key] = holders = [];
                    }

                    if (holders.Count == 0 || holders[^1] != j)
                    {
                        holders.Add(j);
                    }
                }
            }
        }

        return starts;
    }

    /// <summary>
    /// Whether a paragraph's text holds one sentence, no final mark but the one it ends with: a pull quote of one sentence
    /// set in large type in a narrow frame may take more than <see cref="MaxLines"/> lines, and is still no passage.
    /// </summary>
    private static bool IsOneSentence(string text)
    {
        var end = text.Length;
        while (end > 0 && (Chars.IsTerminal(text[end - 1]) || Chars.IsCloser(text[end - 1])))
        {
            end--;
        }

        return !text[..end].Any(Chars.IsTerminal);
    }

    /// <summary>A sentence or a quotation starts after this character.</summary>
    private static bool StartsSentence(char before) => Chars.IsTerminal(before) || Chars.IsCloser(before) || IsOpener(before);

    /// <summary>Whether <paramref name="quote"/> stands in <paramref name="text"/> where a sentence starts.</summary>
    private static bool HoldsSentences(string text, string quote)
    {
        for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || StartsSentence(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An opening quote or bracket, or the colon before one: a quotation's first sentence starts after it (<c>她说：“坛子不干净，菜就会坏。”</c>).</summary>
    private static bool IsOpener(char c) => c is '“' or '‘' or '「' or '『' or '(' or '（' or '"' or '：' or ':';

    /// <summary>The lines of each paragraph (lines between blank ones), leaving out lines already found to be furniture.</summary>
    private static List<List<int>> Paragraphs(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons)
    {
        var paragraphs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || reasons[i] is not null)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                paragraphs.Add(current = []);
            }

            current.Add(i);
        }

        return paragraphs;
    }

    /// <summary>A paragraph's text without spaces; with <paramref name="joinHyphens"/>, a hyphen ending a line (not the last) left out too.</summary>
    private static string Squeezed(IReadOnlyList<MappedText> lines, List<int> paragraph, bool joinHyphens)
    {
        var text = new StringBuilder();
        for (var k = 0; k < paragraph.Count; k++)
        {
            var line = lines[paragraph[k]].Text.AsSpan().TrimEnd();
            if (joinHyphens && k + 1 < paragraph.Count && line.EndsWith("-", StringComparison.Ordinal))
            {
                line = line[..^1];
            }

            foreach (var c in line)
            {
                if (!Chars.IsSpace(c))
                {
                    text.Append(c);
                }
            }
        }

        return text.ToString();
    }
}
