namespace Alignment.Writing;

/// <summary>
/// Chinese written in traditional characters folded to simplified ones, one character for one, so that text in either
/// script compares and searches as the same words (電子證據 as 电子证据); the corner quotation marks of traditional
/// text (「」『』) fold to the curly ones (“”‘’). Only characters that simplified text never writes are folded: 著, 乾
/// and 瞭, which simplified text also uses (著名, 乾隆, 瞭望), stay as they are, so folding leaves simplified characters
/// unchanged. The pairs are ICU's Hant-Hans transliteration (see <c>traditional-simplified.NOTICE.md</c>).
/// </summary>
/// <remarks>Thread-safe; the table is read once, on first use. Folding never changes a text's length, so offsets into
/// the folded text are offsets into the original.</remarks>
public static class ChineseScript
{
    private const string TableResource = "Alignment.Writing.traditional-simplified.txt";

    private static readonly char[] Simplified = ReadTable();

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself when it has none.</summary>
    public static char ToSimplified(char c) => Simplified[c];

    /// <summary>
    /// <paramref name="text"/> with every traditional character folded to its simplified form; the same instance when
    /// there is none to fold.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToSimplified(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfTraditional(text);
        return first < 0 ? text : string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            ToSimplified(span[state.first..]);
        });
    }

    /// <summary>Folds the traditional characters of <paramref name="text"/> in place.</summary>
    public static void ToSimplified(Span<char> text)
    {
        foreach (ref var c in text)
        {
            c = Simplified[c];
        }
    }

    /// <summary>Whether <paramref name="text"/> holds a character that folds (written in traditional characters).</summary>
    public static bool HasTraditional(ReadOnlySpan<char> text) => IndexOfTraditional(text) >= 0;

    private static int IndexOfTraditional(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Simplified[text[i]] != text[i])
            {
                return i;
            }
        }

        return -1;
    }

    private static char[] ReadTable()
    {
        var table = new char[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
        }

        using var stream = typeof(ChineseScript).Assembly.GetManifestResourceStream(TableResource)
            ?? throw new InvalidOperationException($"The resource {TableResource} is missing from {typeof(ChineseScript).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                table[line[0]] = line[1];
            }
        }

        return table;
    }
}
