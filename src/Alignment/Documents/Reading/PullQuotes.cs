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

    /// <summary>A pull quote is at most this many lines; a longer paragraph repeated is a passage quoted.</summary>
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
            if (paragraphs[k].Count > MaxLines || quote.Length < MinLength || !TextShape.EndsWithTerminal(quote)
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
