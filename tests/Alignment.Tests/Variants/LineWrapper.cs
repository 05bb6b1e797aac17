using System.Globalization;
using System.Text.RegularExpressions;
using Alignment.Documents;

namespace Alignment.Tests.Variants;

/// <summary>
/// Hard-wraps one paragraph the way PDF extraction does. Chinese breaks between two CJK characters or at a space
/// (which disappears), never inside a run of Latin letters, digits or symbols. English breaks at spaces, sometimes
/// right after a compound's hyphen, and now and then hyphenates a word that the document also writes whole.
/// </summary>
internal sealed partial class LineWrapper
{
    private readonly Language language;
    private readonly int width;
    private readonly Random random;
    private readonly Dictionary<string, int> wordCounts;
    private readonly HashSet<string> hyphenated = new(StringComparer.Ordinal);

    public LineWrapper(string document, Language language, int width, Random random)
    {
        this.language = language;
        this.width = width;
        this.random = random;
        wordCounts = Word().Matches(document)
            .GroupBy(m => m.Value.ToLower(CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public int CompoundBreaks { get; private set; }

    public int SyllableBreaks { get; private set; }

    public IReadOnlyList<string> Wrap(string paragraph) => language.IsChinese ? WrapChinese(paragraph) : WrapEnglish(paragraph);

    private List<string> WrapChinese(string text)
    {
        var lines = new List<string>();
        var start = 0;
        var protect = LabelPrefix().Match(text).Length + 1;
        while (text.Length - start > width)
        {
            var at = -1;
            for (var b = Math.Min(start + width, text.Length - 1); b > start + protect && at < 0; b--)
            {
                at = CanBreakChinese(text, b) ? b : -1;
            }

            for (var b = start + width + 1; b < text.Length && at < 0; b++)
            {
                at = CanBreakChinese(text, b) ? b : -1;
            }

            if (at < 0)
            {
                break;
            }

            lines.Add(text[start..at]);
            start = text[at] == ' ' ? at + 1 : at;
            protect = 0;
        }

        lines.Add(text[start..]);
        return lines;
    }

    /// <summary>A break before <paramref name="b"/>: at a space, or between CJK characters where typesetting allows it.</summary>
    private static bool CanBreakChinese(string text, int b) =>
        text[b] == ' ' ||
        (IsCjk(text[b - 1]) && IsCjk(text[b]) && !"（《「『【“‘".Contains(text[b - 1]) && !"，。、；：？！）》」』】”’".Contains(text[b]));

    private List<string> WrapEnglish(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var label = LabelPrefix().Match(text).Value.Trim();
        if (label.Length > 0 && words.Count > 1)
        {
            var labelWords = label.Split(' ').Length;
            words = [string.Join(' ', words.Take(labelWords + 1)), .. words.Skip(labelWords + 1)];
        }

        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in words)
        {
            if (line.Length == 0)
            {
                line = word;
                continue;
            }

            if (line.Length + 1 + word.Length <= width)
            {
                line += " " + word;
                continue;
            }

            var room = width - line.Length - 1;
            if (TrySplit(word, room, out var head, out var tail))
            {
                lines.Add(line + " " + head);
                line = tail;
            }
            else
            {
                lines.Add(line);
                line = word;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Splits a word at the line end: after a compound's own hyphen, or by a syllable hyphen.</summary>
    private bool TrySplit(string word, int room, out string head, out string tail)
    {
        head = tail = string.Empty;
        if (room < 4)
        {
            return false;
        }

        var hyphen = word.LastIndexOf('-', Math.Min(room - 1, word.Length - 1));
        if (hyphen > 0 && hyphen < word.Length - 1 && char.IsLetter(word[hyphen - 1]) && char.IsLetter(word[hyphen + 1])
            && !wordCounts.ContainsKey(Joined(word, hyphen)) && random.NextDouble() < 0.6)
        {
            (head, tail) = (word[..(hyphen + 1)], word[(hyphen + 1)..]);
            CompoundBreaks++;
            return true;
        }

        var core = new string([.. word.TakeWhile(char.IsLetter)]);
        var key = core.ToLower(CultureInfo.InvariantCulture);
        if (core.Length < 8 || core.Length < word.Length - 2 || hyphenated.Contains(key) || wordCounts.GetValueOrDefault(key) < 2
            || random.NextDouble() >= 0.25)
        {
            return false;
        }

        for (var k = Math.Min(room - 1, core.Length - 3); k >= 3; k--)
        {
            if (!wordCounts.ContainsKey($"{key[..k]}-{key[k..]}"))
            {
                (head, tail) = (word[..k] + "-", word[k..]);
                hyphenated.Add(key);
                SyllableBreaks++;
                return true;
            }
        }

        return false;
    }

    private static string Joined(string word, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && (char.IsLetter(word[start - 1]) || word[start - 1] == '-'))
        {
            start--;
        }

        var end = hyphen + 1;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }

        return (word[start..hyphen] + word[(hyphen + 1)..end]).ToLower(CultureInfo.InvariantCulture);
    }

    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3001' and <= '\u303F') or (>= '\uFF01' and <= '\uFF60');

    [GeneratedRegex(@"\p{L}+(?:-\p{L}+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:[-–] ?)?(?:\d+[.、]|[(（][a-z0-9]+[)）]|[一二三四五六七八九十]+[.、]|[A-Z]\.|[IVX]+\.|[⁰¹²³⁴⁵⁶⁷⁸⁹]+) ?")]
    private static partial Regex LabelPrefix();
}
