namespace Alignment.Documents.Reading;

/// <summary>
/// Puts a drop cap back at the start of its word in text a PDF extractor gave. A drop cap is the first letter of an
/// article or chapter set large, several lines deep, with the paragraph's first lines set in beside it; extractors
/// print it as a line of its own, one letter (<c>M</c>) or one Han character (<c>外</c>), either right before the
/// paragraph (laid out) or after the lines set beside it (in the order the page was drawn), and the paragraph then
/// starts with the rest of the word (<c>y grandmother’s yard</c>, <c>婆家的院子</c>).
/// </summary>
/// <remarks>
/// The paragraph it opens is told by its shape, not its words: it follows a title, a by-line or a heading (a line
/// that stands alone) or a sentence's end, its first line is narrower than the
/// lines after it (its first two lines at least are set in beside the letter), and in Latin script it starts in lower case. A letter with no
/// such paragraph near it is left where it is.
/// </remarks>
internal static class DropCaps
{
    /// <summary>
    /// How many content lines before the letter the paragraph it opens may start: a drop cap is a few lines deep, and
    /// an extractor may print it after the whole paragraph, which in a narrow column runs to a dozen lines and more.
    /// </summary>
    private const int Reach = 24;

    /// <summary>How many lines after the paragraph's first one may show the full measure.</summary>
    private const int MeasureLines = 5;

    /// <summary>
    /// In tenths: the full measure is at least this share of the lines beside the letter, whose indent is a letter
    /// several lines high; the lines of a justified paragraph differ by less.
    /// </summary>
    private const int WiderShare = 11;

    /// <summary>Restores every drop cap among the content lines (not blank, not furniture) in place.</summary>
    public static void Restore(MappedText[] lines, RemovalReason?[] reasons)
    {
        var content = Enumerable.Range(0, lines.Length).Where(i => reasons[i] is null && lines[i].Text.Any(c => !Chars.IsSpace(c))).ToList();
        for (var k = 0; k < content.Count; k++)
        {
            if (Letter(lines[content[k]]) is not { } cap || IsLetterLine(lines, content, k - 1) || IsLetterLine(lines, content, k + 1))
            {
                continue;
            }

            var rest = content.Where((_, j) => j != k).ToList();
            var at = k;

            // Laid out, the letter stands right over its paragraph's first line, no blank line between (a lone word
            // over a blank line is a justified line's word printed apart). Drawn first, the lines beside it come before
            // it, two at least, and the paragraph's end right before it, no blank line between: a character left over from a wrapped line
            // follows a line that ends no sentence.
            var over = k + 1 < content.Count && content[k + 1] == content[k] + 1 ? new[] { at } : [];
            var under = k > 0 && content[k - 1] == content[k] - 1 && TextShape.EndsWithTerminal(lines[content[k - 1]].Text) ? Enumerable.Range(2, Reach - 1).Select(back => at - back) : [];
            var candidates = over.Concat(under).Where(p => p >= 0 && p < rest.Count);
            foreach (var p in candidates)
            {
                if (Opens(lines, rest, p, Chars.IsHan(cap.Text[0])))
                {
                    var builder = new MappedTextBuilder(lines[rest[p]].Length + 1);
                    builder.Append(cap);
                    builder.Append(lines[rest[p]]);
                    lines[rest[p]] = builder.ToMappedText();
                    lines[content[k]] = MappedText.Empty;
                    content.RemoveAt(k);
                    k--;
                    break;
                }
            }
        }
    }

    /// <summary>The line's one letter (a capital or a Han character), without the spaces around it; null for any other line.</summary>
    private static MappedText? Letter(MappedText line)
    {
        var at = -1;
        for (var i = 0; i < line.Length; i++)
        {
            if (Chars.IsSpace(line[i]))
            {
                continue;
            }

            if (at >= 0)
            {
                return null;
            }

            at = i;
        }

        return at >= 0 && (char.IsUpper(line[at]) || Chars.IsHan(line[at])) ? new MappedText(line[at].ToString(), OffsetMap.Contiguous(line.OffsetOf(at), 1)) : null;
    }

    /// <summary>Whether content line <paramref name="k"/> holds a single letter too: letters one to a line are a column of a table or vertical text, not a drop cap.</summary>
    private static bool IsLetterLine(MappedText[] lines, List<int> content, int k) =>
        k >= 0 && k < content.Count && lines[content[k]].Text.Count(c => !Chars.IsSpace(c)) == 1;

    /// <summary>Whether content line <paramref name="p"/> (of <paramref name="content"/>, the letter left out) is the first line of a paragraph a drop cap opens.</summary>
    private static bool Opens(MappedText[] lines, List<int> content, int p, bool han)
    {
        var line = lines[content[p]].Text.Trim();
        if (line.Length == 0 || (han ? !Chars.IsHan(line[0]) : !char.IsLower(line[0])))
        {
            return false;
        }

        if (p > 0)
        {
            var before = lines[content[p - 1]].Text.Trim();
            if (!(TextShape.EndsWithTerminal(before) || ByLine.Is(before) || (TextShape.IsHeadingLike(before) && StandsAlone(lines, content, p - 1))))
            {
                return false;
            }
        }

        // The first two lines at least stand beside the letter: an indented first line alone is a paragraph's indent.
        if (p + 1 >= content.Count)
        {
            return false;
        }

        var beside = Math.Max(TextShape.Width(line), TextShape.Width(lines[content[p + 1]].Text.AsSpan().Trim()));
        var after = Enumerable.Range(p + 2, MeasureLines).Where(j => j < content.Count).Select(j => TextShape.Width(lines[content[j]].Text.AsSpan().Trim())).ToList();
        return after.Count >= 2 && after.Max() * 10 >= beside * WiderShare;
    }

    /// <summary>
    /// Whether content line <paramref name="k"/> is a line of its own, as a title or heading is: the text before it
    /// ends a sentence, or blank lines or furniture stand between them.
    /// </summary>
    private static bool StandsAlone(MappedText[] lines, List<int> content, int k) =>
        k == 0 || content[k] - content[k - 1] > 1 || TextShape.EndsWithTerminal(lines[content[k - 1]].Text);
}
