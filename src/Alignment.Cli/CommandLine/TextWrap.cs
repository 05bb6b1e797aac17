namespace Alignment.Cli.CommandLine;

/// <summary>Greedy word wrap by display columns, for help text.</summary>
/// <remarks>
/// Han characters and other East Asian wide characters take two columns in a terminal, so they count twice; a word
/// wider than the line is left whole on a line of its own rather than cut.
/// </remarks>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> wrapped at spaces to at most <paramref name="width"/> columns; at least one line.</summary>
    public static IReadOnlyList<string> Lines(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var columns = Columns(word);
            if (used > 0 && used + 1 + columns > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }

            if (used > 0)
            {
                line.Append(' ');
                used++;
            }

            line.Append(word);
            used += columns;
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary>How many terminal columns the text takes.</summary>
    public static int Columns(string text)
    {
        var columns = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            columns += IsWide(rune.Value) ? 2 : 1;
        }

        return columns;
    }

    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x20000 and <= 0x3FFFD;
}
