namespace Alignment.Documents.Reading;

/// <summary>
/// Finds scene breaks: a paragraph of ornaments and nothing else (<c>* * *</c>, <c>＊　＊　＊</c>, <c>⁂</c>,
/// <c>• • •</c>), set between the scenes of a story or the parts of an article. It is no sentence of either language,
/// only a boundary, which the blank lines around it (or, in text, the paragraph ends either side) already give. It is
/// no page furniture either: a text whose only removed lines are scene breaks was not laid out on pages.
/// </summary>
internal static class SceneBreaks
{
    private const string Ornaments = "*＊⁂※•·∙◆◇●○~～✱✳❖";

    /// <summary>Marks every scene break among <paramref name="lines"/>, in place of the stray line text reading took it for.</summary>
    public static void Mark(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // Text as extracted has no blank lines to set it apart (pdftotext -raw), and drops it as a line with nothing
            // readable on it already; a laid-out paragraph of ornaments is one of its own.
            var apart = reasons[i] is RemovalReason.StrayLine || (reasons[i] is null && IsApart(lines, reasons, i - 1) && IsApart(lines, reasons, i + 1));
            if (apart && IsOrnamentLine(text))
            {
                reasons[i] = RemovalReason.SceneBreak;
            }
        }
    }

    /// <summary>Whether line <paramref name="i"/> is blank, furniture or past the text's edge.</summary>
    private static bool IsApart(IReadOnlyList<MappedText> lines, RemovalReason?[] reasons, int i) =>
        i < 0 || i >= lines.Count || lines[i].Length == 0 || reasons[i] is not null;

    private static bool IsOrnamentLine(string text) =>
        text.Any(c => Ornaments.Contains(c)) && text.All(c => Ornaments.Contains(c) || Chars.IsSpace(c));
}
