namespace Alignment.Documents.Reading;

/// <summary>
/// Paragraphs marked by an indented first line and no blank line between them, as e-books, mail and Chinese text (two
/// ideographic spaces) set them: an indented line starts a paragraph. A text is taken to
/// mark paragraphs so when its indented lines mostly follow a line that closed a sentence; a list whose items' text
/// goes on in a hanging indent has its indented lines follow unfinished ones. Thread-safe (no state).
/// </summary>
internal static class FirstLineIndent
{
    /// <summary>Indented lines at least that follow a closed sentence in a text that marks paragraphs so.</summary>
    private const int MinParagraphs = 3;

    /// <summary>Whether the text's indented lines start paragraphs.</summary>
    public static bool MarksParagraphs(IReadOnlyList<ContentLine> lines)
    {
        int afterSentence = 0, afterOpen = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].GapBefore || Of(lines[i]) <= Of(lines[i - 1]))
            {
                continue;
            }

            _ = TextShape.EndsWithTerminal(lines[i - 1].Text.Text) ? afterSentence++ : afterOpen++;
        }

        return afterSentence >= MinParagraphs && afterSentence >= 2 * afterOpen;
    }

    /// <summary>
    /// Whether <paramref name="line"/> starts a paragraph in a text that marks them so: it is indented, as a paragraph's
    /// lines after its first are not (a paragraph of one line under another is indented as much as it).
    /// </summary>
    public static bool Starts(ContentLine line) => Of(line) > 0;

    /// <summary>How many spaces, tabs or ideographic spaces the line starts with as written.</summary>
    private static int Of(ContentLine line)
    {
        var text = line.Source.Text;
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
