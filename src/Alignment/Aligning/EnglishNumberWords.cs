using System.Runtime.CompilerServices;
using Alignment.Writing;

namespace Alignment.Aligning;

/// <summary>
/// English numbers written in words: cardinals (<c>seven</c>, <c>forty-two</c>, <c>eight thousand six hundred and
/// forty</c>), ordinals (<c>seventh</c>, <c>twenty-first</c>, <c>hundredth</c>) and the month names. The one reading
/// of them that the aligner's number evidence, the QA report's number check and the memory's term lookup all use.
/// Stateless and thread-safe.
/// </summary>
public static class EnglishNumberWords
{
    internal static readonly string[] Months = EnglishMonths.Alternation.Split('|');

    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] TenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    /// <summary>The words a cardinal is written with, lower case: one to nineteen, the tens, hundred and thousand.</summary>
    private static readonly Dictionary<string, int> CardinalWords = Words(Units, Tens, ("hundred", 100), ("thousand", 1000));

    /// <summary>The words an ordinal ends with, lower case: first to nineteenth, the tens, hundredth and thousandth.</summary>
    private static readonly Dictionary<string, int> OrdinalWords = Words(Ordinals, TenOrdinals, ("hundredth", 100), ("thousandth", 1000));

    /// <summary>
    /// Whether <paramref name="word"/> (lower case, one word) is a word cardinals are written with: one to nineteen,
    /// twenty to ninety, hundred or thousand.
    /// </summary>
    public static bool IsCardinalWord(string word) => CardinalWords.ContainsKey(word);

    /// <summary>
    /// The value of a cardinal written in words separated by spaces or hyphens, "and" allowed between them (forty-two,
    /// three hundred and six, eight thousand six hundred and forty), in any case; null when a word is not a cardinal's.
    /// Never throws.
    /// </summary>
    public static double? Cardinal(string written)
    {
        double total = 0, section = 0;
        foreach (var word in written.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "and"))
        {
            if (!CardinalWords.TryGetValue(word, out var number))
            {
                return null;
            }

            if (number >= 1000)
            {
                total += Math.Max(section, 1) * number;
                section = 0;
            }
            else if (number == 100)
            {
                section = Math.Max(section, 1) * 100;
            }
            else
            {
                section += number;
            }
        }

        return total + section;
    }

    /// <summary>
    /// Reads a count of hundreds or thousands written in words that starts at <paramref name="start"/> of
    /// <paramref name="text"/> (three hundred, a hundred, twenty-five thousand, two thousand five hundred and six),
    /// so that it gives the number a figure would (300, 100, 25,000, 2,506) rather than its first word's. Millions
    /// are left to the first word, as English writes them with figures too (8.6 million). Words are separated by one
    /// space; false, at the cost of a comparison or two, when no hundred or thousand follows the first word.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where a word starts.</param>
    /// <param name="end">Where the number's last word ends.</param>
    /// <param name="value">The number.</param>
    [MethodImpl(HotLoop.Optimised)]
    internal static bool TryCountOfHundreds(string text, int start, out int end, out long value)
    {
        (end, value) = (start, 0);
        var first = WordAt(text, start);
        var afterFirst = start + first.Length;
        if (!IsMagnitude(WordAt(text, afterFirst + 1)) || afterFirst >= text.Length || text[afterFirst] != ' ')
        {
            return false;
        }

        // a hundred, one hundred, twenty-five thousand: a count below a hundred, or the article.
        var lowerFirst = first.ToString().ToLowerInvariant();
        if (lowerFirst is not ("a" or "one") && Cardinal(lowerFirst) is not (>= 1 and < 100))
        {
            return false;
        }

        var words = new List<string> { lowerFirst is "a" ? "one" : lowerFirst };
        end = afterFirst;
        for (var at = afterFirst; at < text.Length && text[at] == ' ';)
        {
            var word = WordAt(text, at + 1).ToString().ToLowerInvariant();
            if (word == "and")
            {
                // "and" joins only when a number word follows it (three hundred and six, not three hundred and some).
                var next = WordAt(text, at + 1 + word.Length + 1).ToString().ToLowerInvariant();
                if (at + 1 + word.Length >= text.Length || text[at + 1 + word.Length] != ' ' || Cardinal(next) is null || words[^1] is not ("hundred" or "thousand"))
                {
                    break;
                }

                words.Add(next);
                at += 1 + word.Length + 1 + next.Length;
            }
            else if (word.Length > 0 && Cardinal(word) is not null)
            {
                words.Add(word);
                at += 1 + word.Length;
            }
            else
            {
                break;
            }

            end = at;
        }

        value = (long)(Cardinal(string.Join(' ', words)) ?? 0);
        return value > 0;

        static bool IsMagnitude(ReadOnlySpan<char> word) =>
            word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("thousand", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The word (letters and inner hyphens) that starts at <paramref name="start"/>; empty when none does.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetter(text[end]) || (text[end] == '-' && end > start && end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))))
        {
            end++;
        }

        return start <= text.Length ? text.AsSpan(start, end - start) : [];
    }

    /// <summary>
    /// The value of an ordinal written in words (tenth, thirtieth, thirty-second, hundredth), in any case; null when
    /// it is none. Never throws.
    /// </summary>
    public static int? Ordinal(string written)
    {
        var lower = written.ToLowerInvariant();
        var hyphen = lower.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 0)
        {
            return OrdinalWords.TryGetValue(lower, out var value) ? value : null;
        }

        return CardinalWords.TryGetValue(lower[..hyphen], out var tens) && tens is >= 20 and < 100 && tens % 10 == 0
            && OrdinalWords.TryGetValue(lower[(hyphen + 1)..], out var unit) && unit < 10
            ? tens + unit
            : null;
    }

    /// <summary>The month <paramref name="name"/> names, from 1 (January, in any case); 0 when it names none.</summary>
    public static int Month(string name) =>
        Array.FindIndex(Months, m => m.Equals(name, StringComparison.OrdinalIgnoreCase)) + 1;

    /// <summary>Every cardinal and ordinal from one to ninety-nine, lower case, with its value.</summary>
    internal static Dictionary<string, int> OneToNinetyNine()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n < 20; n++)
        {
            words[Units[n]] = n;
            words[Ordinals[n]] = n;
        }

        for (var t = 2; t < 10; t++)
        {
            words[Tens[t]] = t * 10;
            words[TenOrdinals[t]] = t * 10;
            for (var u = 1; u < 10; u++)
            {
                words[$"{Tens[t]}-{Units[u]}"] = (t * 10) + u;
                words[$"{Tens[t]}-{Ordinals[u]}"] = (t * 10) + u;
            }
        }

        return words;
    }

    private static Dictionary<string, int> Words(string[] units, string[] tens, params (string Word, int Value)[] more)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 1; n < units.Length; n++)
        {
            words[units[n]] = n;
        }

        for (var t = 2; t < tens.Length; t++)
        {
            words[tens[t]] = t * 10;
        }

        foreach (var (word, value) in more)
        {
            words[word] = value;
        }

        return words;
    }
}
