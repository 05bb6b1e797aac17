namespace Alignment.Documents.Reading;

/// <summary>Footnote references in running text: runs of superscript digits (<c>¹</c>, <c>¹²</c>).</summary>
internal static class FootnoteMarkers
{
    /// <summary>The anchors referenced in <paramref name="text"/> (<c>1</c> for <c>¹</c>), in order of appearance.</summary>
    /// <remarks>Most blocks refer to none; they share one empty list rather than keep one each.</remarks>
    public static IReadOnlyList<string> Find(string text)
    {
        List<string>? anchors = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Chars.IsSuperscriptDigit(text[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < text.Length && Chars.IsSuperscriptDigit(text[i + 1]))
            {
                i++;
            }

            (anchors ??= []).Add(new string([.. text[start..(i + 1)].Select(Chars.PlainDigit)]));
        }

        return anchors ?? (IReadOnlyList<string>)[];
    }
}
