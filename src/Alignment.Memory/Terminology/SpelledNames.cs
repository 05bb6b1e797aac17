using Alignment.Aligning;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Names that one pair writes in pinyin on its English side and in characters on its Chinese side (<c>Yang Deming</c> ↔
/// <c>杨德明</c>, <c>He Peishan</c> ↔ <c>何佩珊</c>), found by the characters' readings (<see cref="Lexicon.ReadingsOf"/>).
/// No dictionary lists a person, so without them a name seen once is explained by nothing in its pair, and a piece of it
/// (Yang) or a phrase running on past it (杨德明在这条线) ranks as well as the whole.
/// </summary>
/// <remarks>
/// A name is one to three capitalised words joined by spaces or hyphens whose letters the readings of two to four
/// adjacent Han characters spell exactly, each word a whole number of characters. A single character is never matched:
/// one syllable reads as too many characters of ordinary words. A sentence's first word, which is capitalised whatever
/// it is, counts alone only when it is no English word the lexicon knows (<c>Women</c> would spell 我们).
/// </remarks>
internal static class SpelledNames
{
    private const int MaxNameWords = 3;
    private const int MinCharacters = 2;
    private const int MaxCharacters = 4;

    /// <summary>The longest pinyin syllable has six letters (zhuang, shuang).</summary>
    private const int MaxSyllableLetters = 6;

    /// <summary>One word of a name and the characters that spell it, as character ranges of the two texts.</summary>
    public readonly record struct Spelled(int EnglishStart, int EnglishEnd, int ChineseStart, int ChineseEnd);

    /// <summary>Every word of a name the English text writes in pinyin, with the characters of the Chinese text that spell it.</summary>
    public static List<Spelled> In(string chinese, string english)
    {
        var found = new List<Spelled>();
        if (Lexicon.Bundled.ReadingsOf('李').Count == 0 || !chinese.Any(Han.IsIdeograph))
        {
            return found;
        }

        foreach (var run in CapitalisedRuns(english))
        {
            for (var first = 0; first < run.Count; first++)
            {
                for (var last = first; last < run.Count && last - first < MaxNameWords; last++)
                {
                    var words = run.GetRange(first, last - first + 1);
                    if (words.Count == 1 && words[0].StartsSentence && Lexicon.Bundled.Lookup(english[words[0].Start..words[0].End]).Count > 0)
                    {
                        continue;
                    }

                    var parts = words.Select(w => english[w.Start..w.End].ToLowerInvariant()).ToArray();
                    for (var start = 0; start < chinese.Length; start++)
                    {
                        var ends = new int[parts.Length];
                        if (Spells(chinese, start, start, parts, 0, 0, ends) is var end and > 0 && end - start >= MinCharacters)
                        {
                            for (var k = 0; k < words.Count; k++)
                            {
                                found.Add(new Spelled(words[k].Start, words[k].End, k == 0 ? start : ends[k - 1], ends[k]));
                            }
                        }
                    }
                }
            }
        }

        return [.. found.Distinct()];
    }

    /// <summary>
    /// Where the characters from <paramref name="at"/> on stop spelling <paramref name="parts"/> from part
    /// <paramref name="part"/>, letter <paramref name="letter"/> on, each part a whole number of characters (the end of
    /// each part into <paramref name="ends"/>); 0 when they do not spell it within <see cref="MaxCharacters"/> of
    /// <paramref name="start"/>.
    /// </summary>
    private static int Spells(string chinese, int start, int at, string[] parts, int part, int letter, int[] ends)
    {
        if (letter == parts[part].Length)
        {
            ends[part] = at;
            return part + 1 == parts.Length ? at : Spells(chinese, start, at, parts, part + 1, 0, ends);
        }

        if (at >= chinese.Length || at - start >= MaxCharacters || !Han.IsIdeograph(chinese[at]))
        {
            return 0;
        }

        foreach (var reading in Lexicon.Bundled.ReadingsOf(chinese[at]))
        {
            if (letter + reading.Length <= parts[part].Length && string.CompareOrdinal(parts[part], letter, reading, 0, reading.Length) == 0
                && Spells(chinese, start, at + 1, parts, part, letter + reading.Length, ends) is var end and > 0)
            {
                return end;
            }
        }

        return 0;
    }

    /// <summary>The runs of capitalised words of <paramref name="english"/> (letters only, joined by a space or a hyphen).</summary>
    private static IEnumerable<List<(int Start, int End, bool StartsSentence)>> CapitalisedRuns(string english)
    {
        var run = new List<(int Start, int End, bool StartsSentence)>();
        var i = 0;
        while (i < english.Length)
        {
            if (!char.IsLetter(english[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < english.Length && char.IsLetter(english[i]))
            {
                i++;
            }

            var capitalised = char.IsUpper(english[start]) && english.AsSpan(start + 1, i - start - 1).ContainsAnyInRange('a', 'z')
                && i - start <= MaxSyllableLetters * MaxCharacters && IsAscii(english.AsSpan(start, i - start));
            var joined = run.Count > 0 && run[^1].End + 1 == start && english[start - 1] is ' ' or '-' or '\u00A0';
            if (!capitalised || !joined)
            {
                if (run.Count > 0)
                {
                    yield return run;
                    run = [];
                }
            }

            if (capitalised)
            {
                run.Add((start, i, StartsSentence(english, start)));
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool StartsSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '(' or '—';
    }
}
