using System.Globalization;
using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// Names that the English side writes in pinyin and the Chinese side in characters (<c>Li Xiuying</c> ↔ <c>李秀英</c>,
/// <c>Dongcheng Bay</c> ↔ <c>东城湾</c>), found as tokens both sides share, one per person or place
/// (<c>p:li-xiuying</c>), as a Latin name written alike on both sides is. In stories, news and letters they are what a
/// sentence pair most often shares, and no dictionary lists them.
/// </summary>
/// <remarks>
/// A name is looked for in the whole pair at once, not sentence by sentence: an English word counts as a name only when
/// the document never writes it in lower case and writes it capitalised somewhere other than at a sentence's start
/// (so <c>Women</c> opening a sentence is not read as 我们), and a run of two to four Chinese characters counts only when
/// its pinyin spells such a name, or a run of up to three of them, exactly. A single syllable (<c>Zhou</c>) is never
/// found on its own, as it reads as too many characters of ordinary words; once a whole name is found (周海燕), its
/// one-character part (周) stands for the person where no dictionary word holds it.
/// </remarks>
internal static class TransliteratedNames
{
    private const int MaxNameWords = 3;
    private const int MaxNameCharacters = 4;

    /// <summary>Room for the pinyin of <see cref="MaxNameCharacters"/> characters; the longest syllable has six letters.</summary>
    private const int SpellingCapacity = 32;

    /// <summary>The name tokens of every sentence of both sides.</summary>
    /// <param name="chinese">The Chinese side's sentences.</param>
    /// <param name="english">The English side's sentences.</param>
    /// <param name="readings">The characters' readings; none found when empty.</param>
    /// <param name="isWord">Whether a run of Chinese characters is a word of the lexicon, so that a one-character name
    /// is not read inside one (周 of 周围).</param>
    [MethodImpl(HotLoop.Optimised)]
    public static (string[][] Chinese, string[][] English) Find(IReadOnlyList<string> chinese, IReadOnlyList<string> english, HanReadings readings, Func<string, bool> isWord)
    {
        var none = (Enumerable.Repeat(Array.Empty<string>(), chinese.Count).ToArray(), Enumerable.Repeat(Array.Empty<string>(), english.Count).ToArray());
        if (readings.IsEmpty)
        {
            return none;
        }

        var (folded, scratch, lower) = (new FoldedWords(), new List<Word>(), new HashSet<string>(StringComparer.Ordinal));
        var runs = english.Select(text => Words(text, folded, scratch, lower)).ToArray();
        var names = NameWords(runs, lower);
        var candidates = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var run in runs.SelectMany(words => NameRuns(words, names)))
        {
            foreach (var (spelling, parts) in SubRuns(run))
            {
                candidates.TryAdd(spelling, parts);
            }
        }

        if (candidates.Count == 0)
        {
            return none;
        }

        // First the names of two characters or more, whose spelling is evidence enough; then the one-character parts
        // of those names (周 of 周海燕, Zhou of Zhou Haiyan) wherever they stand alone, as stories call people.
        var prefixes = candidates.Keys.SelectMany(c => Enumerable.Range(1, c.Length).Select(n => c[..n])).ToHashSet(StringComparer.Ordinal);
        var begins = new byte[char.MaxValue + 1];
        var spelled = chinese.Select(text => Spell(text, readings, candidates, prefixes, begins, isWord)).ToArray();
        var single = new Dictionary<char, string>();
        var matched = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < chinese.Count; i++)
        {
            foreach (var (start, length, spelling) in spelled[i])
            {
                var parts = candidates[spelling];
                matched.TryAdd(spelling, parts);
                if (Split(chinese[i].AsSpan(start, length), parts, readings) is { } characters)
                {
                    foreach (var (part, text) in parts.Zip(characters).Where(p => p.Second.Length == 1))
                    {
                        single.TryAdd(text[0], part);
                    }
                }
            }
        }

        var people = new People([.. matched.Values]);
        var chineseTokens = chinese.Select((text, i) => Tokens(text, spelled[i], candidates, single, people, isWord)).ToArray();
        var englishTokens = runs.Select(words => NameRuns(words, names).SelectMany(people.In).ToArray()).ToArray();
        return (chineseTokens, englishTokens);
    }

    /// <summary>
    /// The name tokens of a Chinese sentence in order: the person of each name spelled there, and of each character
    /// that is a name's part by itself where no name or word of the lexicon holds it.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static string[] Tokens(string text, List<(int Start, int Length, string Spelling)> spelled, Dictionary<string, string[]> candidates, Dictionary<char, string> single, People people, Func<string, bool> isWord)
    {
        var tokens = new List<string>();
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < spelled.Count && spelled[next].Start == i)
            {
                if (people.Of(candidates[spelled[next].Spelling]) is { } person)
                {
                    tokens.Add(person);
                }

                i += spelled[next].Length - 1;
                next++;
            }
            else if (single.TryGetValue(text[i], out var part) && !Straddled(text, i, 1, isWord) && people.Of([part]) is { } person)
            {
                tokens.Add(person);
            }
        }

        return [.. tokens];
    }

    /// <summary>
    /// Whether a word of the lexicon of two to four characters holds part of the run and characters outside it; for a
    /// run of one character, whether a word holds it at all.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static bool Straddled(string text, int start, int length, Func<string, bool> isWord)
    {
        for (var wordLength = 2; wordLength <= MaxNameCharacters; wordLength++)
        {
            for (var wordStart = Math.Max(0, start - wordLength + 1); wordStart < start + length && wordStart + wordLength <= text.Length; wordStart++)
            {
                var outside = wordStart < start || wordStart + wordLength > start + length;
                if (outside && isWord(text.Substring(wordStart, wordLength)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The characters of each part of a name spelled by <paramref name="characters"/>, or none when a part's spelling ends inside a character's.</summary>
    private static string[]? Split(ReadOnlySpan<char> characters, string[] parts, HanReadings readings)
    {
        var result = new string[parts.Length];
        return Split(characters.ToString(), 0, parts, 0, string.Empty, 0, readings, result) ? result : null;
    }

    private static bool Split(string characters, int index, string[] parts, int part, string partSoFar, int partStart, HanReadings readings, string[] result)
    {
        if (partSoFar.Length > 0 && partSoFar == parts[part])
        {
            result[part] = characters[partStart..index];
            return part + 1 == parts.Length
                ? index == characters.Length
                : Split(characters, index, parts, part + 1, string.Empty, index, readings, result);
        }

        if (index == characters.Length)
        {
            return false;
        }

        foreach (var reading in readings.Of(characters[index]))
        {
            var longer = partSoFar + reading;
            if (parts[part].StartsWith(longer, StringComparison.Ordinal) && Split(characters, index + 1, parts, part, longer, partStart, readings, result))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The capitalised words of an English sentence, the only ones a name is made of: their folded form (one string
    /// per form in the whole document, from <paramref name="folded"/>), whether a sentence starts there, and whether
    /// the word right after is capitalised too and joined to it; gathered in <paramref name="words"/>, one list for
    /// every sentence. The folded forms of words in lower case go to <paramref name="lower"/>. Kept for every word,
    /// the words of a long document were a third of what its features allocated.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static Word[] Words(string text, FoldedWords folded, List<Word> words, HashSet<string> lower)
    {
        words.Clear();
        var joinedToLast = false;
        for (var index = 0; index < text.Length;)
        {
            if (!IsLetter(text[index]))
            {
                index++;
                continue;
            }

            var end = WordEnd(text, index);
            var value = text.AsSpan(index, end - index);
            var form = folded.Of(value);
            if (!(char.IsUpper(value[0]) && HasLower(value[1..])))
            {
                if (char.IsLower(value[0]))
                {
                    lower.Add(form);
                }

                (joinedToLast, index) = (false, end);
                continue;
            }

            if (joinedToLast)
            {
                words[^1] = words[^1] with { JoinedToNext = true };
            }

            var before = text.AsSpan(0, index).TrimEnd();
            var starts = before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '"' or '“' or '‘' or '«' or '(' or '—';
            words.Add(new Word(form, starts, JoinedToNext: false));
            joinedToLast = end < text.Length && text[end] is ' ' or '\u00A0' or '-'
                && end + 1 < text.Length && char.IsLetter(text[end + 1]);
            index = end;
        }

        return [.. words];
    }

    /// <summary>
    /// Where the word that starts with the letter at <paramref name="start"/> ends: letters and combining marks, and
    /// an apostrophe with a letter after it (<c>Xi'an</c>). What the pattern <c>\p{L}[\p{L}\p{Mn}]*(?:['’]\p{L}[\p{L}\p{Mn}]*)*</c>
    /// matches, read by hand: in a fresh process the pattern's generated matcher ran unoptimised for most of the
    /// English side, and was most of the names' time.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static int WordEnd(string text, int start)
    {
        var end = start + 1;
        while (true)
        {
            while (end < text.Length && (IsLetter(text[end]) || char.GetUnicodeCategory(text[end]) == UnicodeCategory.NonSpacingMark))
            {
                end++;
            }

            if (end + 1 < text.Length && text[end] is '\'' or '’' && IsLetter(text[end + 1]))
            {
                end += 2;
                continue;
            }

            return end;
        }
    }

    /// <summary>A letter of any kind (<c>\p{L}</c>): upper, lower, title case, modifier or other.</summary>
    private static bool IsLetter(char c) => char.IsLetter(c);

    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The folded forms that are names in this document: never in lower case (<paramref name="lower"/>), capitalised
    /// away from a sentence's start.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static HashSet<string> NameWords(Word[][] sentences, HashSet<string> lower)
    {
        var proper = new HashSet<string>(StringComparer.Ordinal);
        foreach (var words in sentences)
        {
            foreach (var word in words)
            {
                if (!word.StartsSentence)
                {
                    proper.Add(word.Form);
                }
            }
        }

        proper.ExceptWith(lower);
        proper.RemoveWhere(form => form.Length < 2 || !form.All(char.IsAsciiLetterLower));
        return proper;
    }

    /// <summary>The runs of consecutive name words in a sentence (of its capitalised words, see <see cref="Words"/>).</summary>
    private static IEnumerable<string[]> NameRuns(Word[] words, HashSet<string> names)
    {
        var run = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (names.Contains(words[i].Form))
            {
                run.Add(words[i].Form);
                if (words[i].JoinedToNext)
                {
                    continue;
                }
            }

            if (run.Count > 0)
            {
                yield return [.. run];
                run.Clear();
            }
        }
    }

    /// <summary>Every run of up to <see cref="MaxNameWords"/> consecutive words of a name, spelled as one.</summary>
    private static IEnumerable<(string Spelling, string[] Parts)> SubRuns(string[] run)
    {
        for (var start = 0; start < run.Length; start++)
        {
            for (var length = 1; length <= MaxNameWords && start + length <= run.Length; length++)
            {
                var parts = run[start..(start + length)];
                yield return (string.Concat(parts), parts);
            }
        }
    }

    /// <summary>
    /// The names spelled in a Chinese sentence: from left to right, the longest run of two or more characters whose
    /// pinyin spells a candidate, unless a word of the lexicon reaches into it from outside (持南 of 支持南南合作 is not
    /// China). <paramref name="begins"/> keeps what <see cref="BeginsName"/> found for each character, for every sentence.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static List<(int Start, int Length, string Spelling)> Spell(string text, HanReadings readings, Dictionary<string, string[]> candidates, HashSet<string> prefixes, byte[] begins, Func<string, bool> isWord)
    {
        var found = new List<(int, int, string)>();
        var spellings = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> spelled = stackalloc char[SpellingCapacity];
        for (var start = 0; start < text.Length;)
        {
            if (!BeginsName(text[start], begins, readings, prefixLookup))
            {
                start++;
                continue;
            }

            var (length, spelling) = (0, string.Empty);
            Extend(text, start, 0, spelled, 0, readings, spellings, prefixLookup, ref length, ref spelling);
            if (length < 2 || Straddled(text, start, length, isWord))
            {
                start++;
                continue;
            }

            found.Add((start, length, spelling));
            start += length;
        }

        return found;
    }

    /// <summary>
    /// Whether one of the readings of <paramref name="character"/> begins a candidate's spelling, which
    /// <see cref="Extend"/> would find first; worked out once per character and kept in <paramref name="begins"/>
    /// (0 not yet, 1 yes, 2 no). Most characters begin no name, and trying their readings at every position of the
    /// text was most of the search.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static bool BeginsName(char character, byte[] begins, HanReadings readings, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes)
    {
        if (begins[character] == 0)
        {
            begins[character] = 2;
            foreach (var reading in readings.Of(character))
            {
                if (reading.Length <= SpellingCapacity && prefixes.Contains(reading))
                {
                    begins[character] = 1;
                    break;
                }
            }
        }

        return begins[character] == 1;
    }

    /// <summary>
    /// Tries every reading of the characters from <paramref name="start"/> on, while what they spell is the start of a
    /// candidate, keeping the longest run that spells one whole; the spelling grows in one buffer, so nothing is
    /// allocated per reading tried.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void Extend(string text, int start, int length, Span<char> spelled, int spelledLength, HanReadings readings, Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> candidates, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes, ref int bestLength, ref string best)
    {
        if (length >= 2 && length > bestLength && candidates.TryGetValue(spelled[..spelledLength], out var candidate, out _))
        {
            (bestLength, best) = (length, candidate);
        }

        if (length == MaxNameCharacters || start + length >= text.Length)
        {
            return;
        }

        foreach (var reading in readings.Of(text[start + length]))
        {
            var longer = spelledLength + reading.Length;
            if (longer > spelled.Length)
            {
                continue;
            }

            reading.CopyTo(spelled[spelledLength..]);
            if (prefixes.Contains(spelled[..longer]))
            {
                Extend(text, start, length + 1, spelled, longer, readings, candidates, prefixes, ref bestLength, ref best);
            }
        }
    }

    /// <summary>
    /// The names both sides hold, whole (<c>Zhou Haiyan</c>): a translation calls a person by the given name where the
    /// original uses the surname (海燕 ↔ Zhou), so any part of a name stands for its person, when it is the part of one
    /// person only.
    /// </summary>
    private sealed class People(string[][] names)
    {
        private readonly string[][] whole = [.. names.Where(n => !names.Any(other => other.Length > n.Length && Contains(other, n)))];

        /// <summary>The token of the one person whose name holds <paramref name="parts"/>, or none when no person's or several people's do.</summary>
        public string? Of(string[] parts)
        {
            string[]? found = null;
            foreach (var name in whole)
            {
                if (Contains(name, parts))
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = name;
                }
            }

            return found is null ? null : "p:" + string.Join('-', found);
        }

        /// <summary>The people named in a run of English name words, longest name first from the left.</summary>
        public IEnumerable<string> In(string[] run)
        {
            for (var start = 0; start < run.Length;)
            {
                var length = Math.Min(MaxNameWords, run.Length - start);
                string? person = null;
                while (length > 0 && (person = Of(run[start..(start + length)])) is null)
                {
                    length--;
                }

                if (person is null)
                {
                    start++;
                    continue;
                }

                yield return person;
                start += length;
            }
        }

        private static bool Contains(string[] name, string[] parts)
        {
            for (var start = 0; start + parts.Length <= name.Length; start++)
            {
                if (name.AsSpan(start, parts.Length).SequenceEqual(parts))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A capitalised word; <see cref="JoinedToNext"/> when the word right after it is capitalised and joined to it.</summary>
    private readonly record struct Word(string Form, bool StartsSentence, bool JoinedToNext);
}
