using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Cleans one line as extracted from a PDF: hyperlink residue <c>[text](#)</c> becomes <c>text</c>, any run of
/// whitespace (tabs, NBSP, full-width spaces) becomes one space, the line is trimmed, and in Chinese a space
/// between two CJK characters is dropped. Every kept character keeps its original offset.
/// </summary>
internal static partial class LineCleaner
{
    public static MappedText Clean(SourceLine line, Language language)
    {
        var keep = KeptCharacters(line.Text);
        var builder = new MappedTextBuilder(line.Text.Length);
        var pendingSpace = -1;
        for (var i = 0; i < line.Text.Length; i++)
        {
            if (keep is not null && !keep[i])
            {
                continue;
            }

            var c = line.Text[i];
            if (Chars.IsSpace(c))
            {
                if (pendingSpace < 0)
                {
                    pendingSpace = line.Start + i;
                }

                continue;
            }

            if (pendingSpace >= 0 && builder.Length > 0 && !(language.IsChinese && Chars.IsCjk(builder.Last) && Chars.IsCjk(c)))
            {
                builder.Append(' ', pendingSpace);
            }

            pendingSpace = -1;
            builder.Append(c, line.Start + i);
        }

        return builder.ToMappedText();
    }

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
