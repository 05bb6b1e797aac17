namespace Alignment.Documents.Reading;

/// <summary>Cuts text into lines at CRLF, LF or CR, keeping each line's offset in the original.</summary>
internal static class LineSplitter
{
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            lines.Add(new SourceLine(lines.Count, start, text[start..i]));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(lines.Count, start, text[start..]));
        }

        return lines;
    }
}
