using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Aligning;

/// <summary>
/// Finds what a translation carries over unchanged, or nearly so: numbers, dates, ordinals, document symbols,
/// URLs and Latin-script names. Shared across a sentence pair they are strong evidence of a correct bead;
/// present on one side only, evidence against. A Chinese number is read whether written in figures or in words
/// (<see cref="ChineseNumberWords"/>), as an English one is. Tokens are language-neutral strings (<c>n:2011</c>, <c>m:4</c>
/// for April, <c>s:E/CN.15/2011/19</c>, <c>w:covid-19</c>) so the two sides can be compared directly.
/// </summary>
internal static partial class InvariantTokens
{
    // Month numbers by name, looked up without a string per word.
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup =
        EnglishNumberWords.Months.Select((name, i) => (name.ToLowerInvariant(), i + 1)).ToDictionary(m => m.Item1, m => m.Item2, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        BuildNumberWords().GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds the invariant tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">A sentence.</param>
    /// <param name="chinese">True when the text is Chinese (dates and ordinals are written differently).</param>
    /// <param name="tokens">Receives number, date, symbol and URL tokens.</param>
    /// <param name="latinWords">Receives Latin-script words (<c>w:…</c>); the caller decides which of them count.</param>
    /// <param name="spelled">Receives the number and month tokens that were spelled out in words (<c>seventh</c>, <c>April</c>).</param>
    /// <param name="onlyLatin">
    /// When given, the only Latin words <paramref name="latinWords"/> receives: an English text is all Latin words, of
    /// which only those its Chinese counterpart writes in Latin script count, and the others are never made strings.
    /// </param>
    /// <param name="words">
    /// When given, the readings of the words of the document <paramref name="text"/> is a sentence of, kept from one
    /// sentence to the next (and its set of Latin words that count, in place of <paramref name="onlyLatin"/>).
    /// </param>
    [MethodImpl(HotLoop.Optimised)]
    public static void Extract(string text, bool chinese, List<string> tokens, List<string> latinWords, List<string> spelled, HashSet<string>? onlyLatin = null, WordReadings? words = null)
    {
        onlyLatin = words is null ? onlyLatin : words.OnlyLatin;
        // Footnote markers are references, not content; NFKC would turn ² into the number 2.
        var unmarked = WellFormed(FootnoteMarkerPattern().Replace(text, " "));
        var normalized = unmarked.IsNormalized(NormalizationForm.FormKC) ? unmarked : unmarked.Normalize(NormalizationForm.FormKC);

        // One left-to-right pass; at each position the alternatives are tried in order of precedence, so a URL or a
        // document symbol is taken whole before its parts could be read as words or numbers. Which alternative matched
        // is read off the match itself: asking the match for its named groups allocated more than the rest of the
        // aligner's features together.
        var readUpTo = 0;
        foreach (var match in (chinese ? ChineseTokenPattern() : TokenPattern()).EnumerateMatches(normalized))
        {
            // The words of a number read whole (three hundred and six) are not read again one by one.
            if (match.Index < readUpTo)
            {
                continue;
            }

            var value = normalized.AsSpan(match.Index, match.Length);
            switch (Kind(value))
            {
                case TokenKind.Url:
                    tokens.Add(string.Concat("u:", value.TrimEnd(".,;:)").ToString().ToLowerInvariant()));
                    break;
                case TokenKind.Symbol:
                    tokens.Add(string.Concat("s:", value.TrimEnd('.').ToString().ToUpperInvariant()));
                    break;
                case TokenKind.ChineseOrdinal:
                    if (ChineseNumeral.TryParse(value[1..].TrimStart().ToString(), out var ordinal))
                    {
                        var token = "n:" + ordinal.ToString(CultureInfo.InvariantCulture);
                        tokens.Add(token);
                        spelled.Add(token);
                    }

                    break;
                case TokenKind.ChineseMonth:
                    tokens.Add("m:" + int.Parse(value[..value.IndexOfAnyExceptInRange('0', '9')], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
                case TokenKind.ChineseNumber:
                    if (ChineseNumberWords.TryDecimal(normalized, match.Index, match.Length, out var fraction, out var fractionEnd))
                    {
                        var amount = Magnitudes.After(normalized, fractionEnd, chinese, currency: false, out var decimalEnd) * fraction;
                        var token = "n:" + Magnitudes.Written(amount);
                        tokens.Add(token);
                        spelled.Add(token);
                        readUpTo = decimalEnd;
                    }
                    else if (ChineseNumberWords.Token(value, normalized, match.Index) is { } number)
                    {
                        tokens.Add(number);
                        spelled.Add(number);
                    }

                    break;
                case TokenKind.Word:
                    if (EnglishNumberWords.TryCountOfHundreds(normalized, match.Index, out var end, out var count))
                    {
                        var token = "n:" + count.ToString(CultureInfo.InvariantCulture);
                        tokens.Add(token);
                        spelled.Add(token);
                        readUpTo = end;
                    }
                    else
                    {
                        AddWord(value, normalized, match.Index, tokens, latinWords, spelled, words?.Of(value) ?? Read(value, onlyLatin));
                    }

                    break;
                default:
                    // An ordinal suffix (1st, 22nd) is the only thing that follows the digits.
                    if (char.IsLetter(value[^1]))
                    {
                        tokens.Add("n:" + NormalizeNumber(value[..^2]));
                    }
                    else if (Magnitudes.Amount(value) is { } figure
                        && Magnitudes.After(normalized, match.Index + match.Length, chinese, CurrencyBefore(normalized, match.Index), out var scaledEnd) is var scale and > 1)
                    {
                        // 5 200万, 1.2亿, $52 million, 1.2 billion: one amount, written as English writes it.
                        tokens.Add("n:" + Magnitudes.Written(figure * scale));
                        readUpTo = scaledEnd;
                    }
                    else
                    {
                        tokens.Add("n:" + NormalizeNumber(value));
                    }

                    break;
            }
        }
    }

    /// <summary>Which alternative of the token pattern matched <paramref name="value"/>, from its first and last characters.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static TokenKind Kind(ReadOnlySpan<char> value) => value switch
    {
        _ when value.StartsWith("http://") || value.StartsWith("https://") || value.StartsWith("www.") => TokenKind.Url,
        [>= 'A' and <= 'Z', ..] when value.Contains('/') => TokenKind.Symbol,
        ['第', ..] => TokenKind.ChineseOrdinal,
        [.., '月'] => TokenKind.ChineseMonth,
        [var first, ..] when ChineseNumberWords.Characters.Contains(first) => TokenKind.ChineseNumber,
        [var first, ..] when char.IsAsciiLetter(first) || first is >= '\u00C0' and <= '\u024F' => TokenKind.Word,
        _ => TokenKind.Number,
    };

    /// <summary>
    /// The text with each lone surrogate and noncharacter U+FFFE or U+FFFF replaced by U+FFFD. .NET normalises only
    /// well-formed text and throws on these, which damaged input or a caller's own strings may hold.
    /// </summary>
    private static string WellFormed(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 && text.AsSpan().IndexOfAny('\uFFFE', '\uFFFF') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]) || chars[i] is '\uFFFE' or '\uFFFF')
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// English month names and number words count in any text: Chinese documents carry English lines too
    /// (<c>19 April 2021</c> in the header of a UN Chinese report).
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void AddWord(ReadOnlySpan<char> word, string text, int index, List<string> tokens, List<string> latinWords, List<string> spelled, WordReading reading)
    {
        var token = reading.Month is not null && (!reading.May || NextToDigit(text, index, word.Length)) ? reading.Month : reading.Spelled;
        if (token is not null)
        {
            tokens.Add(token);
            spelled.Add(token);
            return;
        }

        if (reading.Latin is not null)
        {
            latinWords.Add(reading.Latin);
        }
    }

    /// <summary>What <paramref name="word"/> reads as wherever it stands (see <see cref="WordReading"/>).</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static WordReading Read(ReadOnlySpan<char> word, HashSet<string>? onlyLatin)
    {
        // The token as it will be written, w:word, with the lower-cased word in place.
        Span<char> latin = word.Length <= 128 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
        "w:".CopyTo(latin);
        var lower = latin[2..];
        word.ToLowerInvariant(lower);
        var isMonth = MonthLookup.TryGetValue(lower, out var month) && char.IsUpper(word[0]);
        var spelledOut = NumberWordLookup.TryGetValue(lower, out var number) ? "n:" + number.ToString(CultureInfo.InvariantCulture)
            : CountBeforeHyphen(lower) is { } count ? "n:" + count.ToString(CultureInfo.InvariantCulture)
            : null;
        string? latinWord = null;
        if (ContainsLatinLetter(word))
        {
            if (onlyLatin is null)
            {
                latinWord = latin.ToString();
            }
            else if (onlyLatin.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(latin, out var known))
            {
                latinWord = known;
            }
        }

        return new WordReading(isMonth ? "m:" + month.ToString(CultureInfo.InvariantCulture) : null, isMonth && month == 5, spelledOut, latinWord);
    }

    /// <summary>
    /// What a Latin-script word reads as, apart from where it stands: a month (<c>May</c> only next to a figure, being
    /// a verb too), else a number it spells, else the Latin word that counts, if any.
    /// </summary>
    /// <param name="Month">The month token, when the word is a month's name with a capital.</param>
    /// <param name="May">True when the month is May.</param>
    /// <param name="Spelled">The number token the word spells, if any.</param>
    /// <param name="Latin">The word as a <c>w:</c> token, when it counts.</param>
    internal readonly record struct WordReading(string? Month, bool May, string? Spelled, string? Latin);

    /// <summary>
    /// The readings of one document's words, each distinct word as the text writes it read once: a document repeats
    /// its words, and every occurrence was lower-cased and looked up as a month, a number and a Latin word anew.
    /// Not thread-safe.
    /// </summary>
    /// <param name="onlyLatin">The only Latin words that count (see <see cref="Extract"/>), which must not change while the readings are used.</param>
    internal sealed class WordReadings(HashSet<string>? onlyLatin)
    {
        private readonly Dictionary<string, WordReading> readings = new(StringComparer.Ordinal);

        /// <summary>The only Latin words that count; every one when null.</summary>
        public HashSet<string>? OnlyLatin => onlyLatin;

        [MethodImpl(HotLoop.Optimised)]
        public WordReading Of(ReadOnlySpan<char> word)
        {
            var lookup = readings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(word, out var reading))
            {
                reading = Read(word, onlyLatin);
                readings.Add(word.ToString(), reading);
            }

            return reading;
        }
    }

    /// <summary>
    /// The count a compound starts with (three-year, twenty-five-metre, six-storey), as the Chinese count before a
    /// measure word gives it (三年); none for an ordinal (second-hand) or for one (one-off, one-sided).
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static int? CountBeforeHyphen(ReadOnlySpan<char> lower)
    {
        for (var hyphen = lower.LastIndexOf('-'); hyphen > 0; hyphen = lower[..hyphen].LastIndexOf('-'))
        {
            if (CardinalLookup.TryGetValue(lower[..hyphen], out var count))
            {
                return count;
            }
        }

        return null;
    }

    // A loop: MemoryExtensions.ContainsAnyInRange boxes its bounds on every call.
    [MethodImpl(HotLoop.Optimised)]
    private static bool ContainsLatinLetter(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c) || Script.IsLatinLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextToDigit(string text, int index, int length)
    {
        var before = index - 2 >= 0 && char.IsAsciiDigit(text[index - 2]);
        var after = index + length + 1 < text.Length && char.IsAsciiDigit(text[index + length + 1]);
        return before || after;
    }

    private static bool CurrencyBefore(string text, int index) =>
        index > 0 && text[index - 1] is '$' or '€' or '£' or '¥';

    private static string NormalizeNumber(ReadOnlySpan<char> number)
    {
        // 2,000, 2 000 and 2000 are the same number; 3,5 (a decimal comma) and 65/230 are kept as written. A grouped
        // figure of a million or more (52,000,000) is written as 52 million and 5 200万 are.
        var text = number.ToString();
        if (!ThousandsPattern().IsMatch(text))
        {
            return text;
        }

        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return digits.Length > 6 && decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? Magnitudes.Written(value) : digits;
    }

    /// <summary>The cardinals of <see cref="NumberWordLookup"/>, without the ordinals.</summary>
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CardinalLookup =
        BuildNumberWords().Where(w => EnglishNumberWords.Ordinal(w.Key) is null).ToDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, int> BuildNumberWords()
    {
        var words = EnglishNumberWords.OneToNinetyNine();

        // "one" is left out: as a pronoun ("one Member State") it is far more often noise than a number.
        words.Remove("one");
        return words;
    }

    [GeneratedRegex("[\u00B9\u00B2\u00B3\u2070-\u2079]+", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarkerPattern();

    private const string Url = @"(?<url>(?:https?://|www\.)[^\s，。；）)]+)";

    // UN document symbols: upper-case series, then slash-separated parts (E/CN.15/2011/19, UNODC/CCPCJ/EG.4/2021/CRP.1).
    private const string Symbol = @"(?<symbol>\b[A-Z]{1,10}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+)";

    private const string ChineseOrdinal = @"第\s*(?<numeral>[〇零一二三四五六七八九十百千两]+)";

    private const string ChineseMonth = @"(?<![\d.])(?<month>1[0-2]|0?[1-9])\s*月";

    private const string ChineseNumber = "(?<chinesenumber>[" + ChineseNumberWords.Characters + "]+)";

    private const string Word = @"(?<word>[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:['’\-][A-Za-z\u00C0-\u024F0-9]+)*)";

    // Thousands grouped by single spaces (4 000, 12 345 678), as Chinese UN texts and SI style write them, are one
    // number: the English translation writes 4,000. A year before a count (2019 100) is not: its first group is too long.
    private const string Number = @"(?<digits>\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)|\d+(?:[.,:/]\d+)*)(?:st|nd|rd|th)?";

    [GeneratedRegex(Url + "|" + Symbol + "|" + ChineseOrdinal + "|" + ChineseMonth + "|" + ChineseNumber + "|" + Word + "|" + Number, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChineseTokenPattern();

    [GeneratedRegex(Url + "|" + Symbol + "|" + Word + "|" + Number, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();

    private enum TokenKind
    {
        Url,
        Symbol,
        ChineseOrdinal,
        ChineseMonth,
        ChineseNumber,
        Word,
        Number,
    }
}
