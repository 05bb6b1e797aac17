using System.Text;

namespace Alignment.Tests.Reliability.Fuzzing;

/// <summary>
/// Damages text the ways real input is damaged, and worse: characters changed, inserted (CJK, controls, NUL, lone
/// surrogates, byte order marks, line and paragraph separators), deleted; the text cut short; lines shuffled,
/// doubled, dropped, run together into very long ones or broken apart; labels (<c>12.</c>, <c>(a)</c>, <c>¹</c>)
/// and page furniture (<c>V.21-02475 (C)</c>, <c>3/13</c>) put where they do not belong.
/// </summary>
internal static class TextMutator
{
    /// <summary>Single characters and short strings that have tripped readers and segmenters.</summary>
    /// <summary>A very long line, as an extractor that loses line breaks makes, is this long at most.</summary>
    private const int MaxLineLength = 20_000;

    private const int MaxLength = 50_000;

    private static readonly string[] Pieces =
    [
        "\0", "\u0001", "\u0007", "\u001B", "\u001F", "\u007F", "\u0085", "\u00A0", "\u00AD", "\u2028", "\u2029", "\u200B",
        "\u200D", "\u202E", "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00",
        "\uD840\uDC00", "\u0301", "\u3000", "\u3007", "\t", "\r", "\n", "\r\n", "\n\n", " ", "  ", "。", "，", "！", "？",
        "；", "：", "、", "（", "）", "“", "”", "‘", "’", "《", "》", "「", "」", "…", "——", ".", "?", "!", ";", ":", ",",
        "(", ")", "[", "]", "\"", "'", "-", "\u2010", "–", "—", "/", "*", "¹", "²", "³", "⁰", "⁹", "¹²", "[x](#)",
        "](#)", "[", "https://example.org/a", "U.S.", "Dr.", "e.g.", "i.e.", "No.", "art.", "A/75/1", "2021", "12.5",
        "1,000", "第", "条", "号", "年", "月", "日", "ア", "한", "Ａ", "ﬁ", "é", "ß", "İ", "ǅ", "Ω", "π", "١٢", "\u0660",
    ];

    private static readonly string[] Labels =
    [
        "12. ", "1.", "3 ", "(a) ", "(iv) ", "a) ", "（一）", "一、", "二.", "十二、", "IV. ", "A. ", "B.", "¹ ", "²",
        "⁹⁹ ", "附件", "附件二", "Annex II", "Annex", "第一章 ", "- ", "• ", "12.3 ", "(12) ", "999999999999. ", "0. ",
        "(", "1.2.3.4.5.6 ", "XLVIII. ", "z) ", "(zz) ",
    ];

    private static readonly string[] Furniture =
    [
        "V.21-02475", "V.21-02475 (C)", "V.21-02475 (E) 3/9", "3/13", "- 4 -", "4", "UNODC/CCPCJ/EG.4/2021/2",
        "*2102475*", "A/RES/75/282", "E/CN.15/2021/1", "13/13", "99999/1", "0/0", "V.99-99999 (X)",
    ];

    /// <summary>A random run of lines of <paramref name="lines"/>, joined with line feeds.</summary>
    public static string Excerpt(string[] lines, Random random, int minLines, int maxLines)
    {
        var count = random.Next(minLines, maxLines + 1);
        var start = random.Next(0, Math.Max(1, lines.Length - count));
        return string.Join('\n', lines.Skip(start).Take(count));
    }

    /// <summary>Applies up to <paramref name="maxMutations"/> random mutations (possibly none).</summary>
    public static string Mutate(string text, Random random, int maxMutations)
    {
        var mutations = random.Next(0, maxMutations + 1);
        for (var i = 0; i < mutations; i++)
        {
            text = MutateOnce(text, random);

            // Repeated lines repeated again would grow megabytes of text: slow to read, and no more telling.
            text = text.Length > MaxLength ? text[..MaxLength] : text;
        }

        return text;
    }

    public static string RandomPiece(Random random) => Pieces[random.Next(Pieces.Length)];

    /// <summary>A run of random characters from one class: ASCII, Han, CJK punctuation, controls, or any UTF-16 code unit.</summary>
    public static string RandomRun(Random random, int maxLength)
    {
        var builder = new StringBuilder();
        var length = random.Next(1, maxLength + 1);
        var kind = random.Next(6);
        for (var i = 0; i < length; i++)
        {
            builder.Append(kind switch
            {
                0 => (char)random.Next(0x20, 0x7F),
                1 => (char)random.Next(0x4E00, 0xA000),
                2 => (char)random.Next(0x3000, 0x3040),
                3 => (char)random.Next(0, 0x20),
                4 => (char)random.Next(0, 0x10000),
                _ => Pieces[random.Next(Pieces.Length)][0],
            });
        }

        return builder.ToString();
    }

    private static string MutateOnce(string text, Random random)
    {
        var lines = text.Split('\n');
        return random.Next(16) switch
        {
            0 => text.Insert(Position(text, random), RandomPiece(random)),
            1 => Replace(text, random, RandomPiece(random)),
            2 => Delete(text, random),
            3 => text[..Position(text, random)],
            4 => Join(Swap(lines, random)),
            5 => Join(Duplicate(lines, random)),
            6 => Join(DeleteLines(lines, random)),
            7 => Join(LongLine(lines, random)),
            8 => Join(InsertAtLineStart(lines, random, Labels[random.Next(Labels.Length)])),
            9 => Join(InsertLine(lines, random, Furniture[random.Next(Furniture.Length)], blankAround: random.Next(2) == 0)),
            10 => text.Insert(Position(text, random), random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }),
            11 => random.Next(2) == 0 ? text.Replace("\n", "\r\n") : text.Replace('\n', '\r'),
            12 => Join(InsertLine(lines, random, string.Empty, blankAround: true)),
            13 => text.Insert(Position(text, random), RandomRun(random, 30)),
            14 => Replace(text, random, RandomRun(random, 8)),
            _ => MutateOnce(MutateOnce(text, random), random),
        };
    }

    private static int Position(string text, Random random) => random.Next(text.Length + 1);

    private static string Replace(string text, Random random, string with)
    {
        if (text.Length == 0)
        {
            return with;
        }

        var at = random.Next(text.Length);
        return string.Concat(text.AsSpan(0, at), with, text.AsSpan(at + 1));
    }

    private static string Delete(string text, Random random)
    {
        var at = Position(text, random);
        return text.Remove(at, Math.Min(random.Next(1, 21), text.Length - at));
    }

    private static string Join(IEnumerable<string> lines) => string.Join('\n', lines);

    private static List<string> Swap(string[] lines, Random random)
    {
        var result = lines.ToList();
        for (var k = random.Next(1, 4); k > 0; k--)
        {
            var (a, b) = (random.Next(result.Count), random.Next(result.Count));
            (result[a], result[b]) = (result[b], result[a]);
        }

        return result;
    }

    private static List<string> Duplicate(string[] lines, Random random)
    {
        var result = lines.ToList();
        var at = random.Next(result.Count);
        var count = Math.Min(random.Next(1, 4), result.Count - at);
        result.InsertRange(at, result.GetRange(at, count));
        return result;
    }

    private static List<string> DeleteLines(string[] lines, Random random)
    {
        var result = lines.ToList();
        var at = random.Next(result.Count);
        result.RemoveRange(at, Math.Min(random.Next(1, 4), result.Count - at));
        return result;
    }

    private static List<string> LongLine(string[] lines, Random random)
    {
        var result = lines.ToList();
        var at = random.Next(result.Count);
        if (random.Next(2) == 0)
        {
            // Lines run together, as an extractor that lost the line breaks gives them.
            var count = Math.Min(random.Next(2, 30), result.Count - at);
            var joined = string.Join(random.Next(2) == 0 ? " " : string.Empty, result.GetRange(at, count));
            result.RemoveRange(at, count);
            result.Insert(at, joined);
        }
        else
        {
            var line = result[at].Length > 0 ? result[at] : "x";
            result[at] = string.Concat(Enumerable.Repeat(line, Math.Min(random.Next(20, 200), Math.Max(1, MaxLineLength / line.Length))));
        }

        return result;
    }

    private static List<string> InsertAtLineStart(string[] lines, Random random, string label)
    {
        var result = lines.ToList();
        var at = random.Next(result.Count);
        result[at] = label + result[at];
        return result;
    }

    private static List<string> InsertLine(string[] lines, Random random, string line, bool blankAround)
    {
        var result = lines.ToList();
        var at = random.Next(result.Count + 1);
        result.InsertRange(at, blankAround ? [string.Empty, line, string.Empty] : [line]);
        return result;
    }
}
