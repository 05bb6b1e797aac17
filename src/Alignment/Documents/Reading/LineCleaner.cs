using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Cleans one line as extracted from a PDF: hyperlink residue <c>[text](#)</c> becomes <c>text</c>, the line is
/// trimmed, zero-width spaces and stray byte order marks are dropped, and in Chinese a space or two between two CJK
/// characters (an extractor's spacing, never the writer's) is dropped. Whitespace inside the line is otherwise kept as
/// written: the two spaces or the tab after a paragraph number, the runs of spaces or tabs between the cells of a table
/// row and a full-width space are part of what a translator's tool sees as the segment. Every kept character keeps its
/// original offset.
/// </summary>
internal static partial class LineCleaner
{
    public static MappedText Clean(SourceLine line, Language language)
    {
        var keep = KeptCharacters(line.Text);
        var builder = new MappedTextBuilder(line.Text.Length);
        var pending = new List<(char Char, int Offset)>();
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

            if (pending.Count > 0 && builder.Length > 0 && !(language.IsChinese && IsExtractorSpacing(builder.Last, pending, c)))
            {
                foreach (var (space, offset) in pending)
                {
                    builder.Append(space, offset);
                }
            }

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
    /// One or two plain spaces between CJK characters, which Chinese does not write: an extractor spread the line. A
    /// tab, a full-width space or a wider run separates the cells of a table.
    /// </summary>
    private static bool IsExtractorSpacing(char before, List<(char Char, int Offset)> spaces, char after) =>
        Chars.IsCjk(before) && Chars.IsCjk(after) && spaces.Count <= 2 && spaces.TrueForAll(s => s.Char is ' ' or '\u00A0');

    /// <summary>Which characters survive link residue removal, or null when the line has no link residue (most lines).</summary>
    private static bool[]? KeptCharacters(string line)
    {
        if (!line.Contains("](", StringComparison.Ordinal))
        {
            return null;
        }

        var keep = new bool[line.Length];
        Array.Fill(keep, true);
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
