using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Aligning;

/// <summary>
/// Finds what a translation carries over unchanged, or nearly so: numbers, dates, ordinals, document symbols,
/// URLs and Latin-script names. Shared across a sentence pair they are strong evidence of a correct bead;
/// present on one side only, evidence against. Tokens are language-neutral strings (<c>n:2011</c>, <c>m:4</c>
/// for April, <c>s:E/CN.15/2011/19</c>, <c>w:covid-19</c>) so the two sides can be compared directly.
/// </summary>
internal static partial class InvariantTokens
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, int> NumberWords = BuildNumberWords();

    /// <summary>Adds the invariant tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    /// <param name="text">A sentence.</param>
    /// <param name="chinese">True when the text is Chinese (dates and ordinals are written differently).</param>
    /// <param name="tokens">Receives number, date, symbol and URL tokens.</param>
    /// <param name="latinWords">Receives Latin-script words (<c>w:…</c>); the caller decides which of them count.</param>
    /// <param name="spelled">Receives the number and month tokens that were spelled out in words (<c>seventh</c>, <c>April</c>).</param>
    public static void Extract(string text, bool chinese, List<string> tokens, List<string> latinWords, List<string> spelled)
    {
        // Footnote markers are references, not content; NFKC would turn ² into the number 2.
        var unmarked = WellFormed(FootnoteMarkerPattern().Replace(text, " "));
        var normalized = unmarked.IsNormalized(NormalizationForm.FormKC) ? unmarked : unmarked.Normalize(NormalizationForm.FormKC);

        // One left-to-right pass; at each position the alternatives are tried in order of precedence, so a URL or a
        // document symbol is taken whole before its parts could be read as words or numbers.
        foreach (Match match in (chinese ? ChineseTokenPattern() : TokenPattern()).Matches(normalized))
        {
            var groups = match.Groups;
            if (groups["url"].Success)
            {
                tokens.Add("u:" + match.Value.TrimEnd('.', ',', ';', ':', ')').ToLowerInvariant());
            }
            else if (groups["symbol"].Success)
            {
                tokens.Add("s:" + match.Value.TrimEnd('.').ToUpperInvariant());
            }
            else if (groups["numeral"].Success)
            {
                if (ChineseNumeral.TryParse(groups["numeral"].Value, out var value))
                {
                    var token = "n:" + value.ToString(CultureInfo.InvariantCulture);
                    tokens.Add(token);
                    spelled.Add(token);
                }
            }
            else if (groups["month"].Success)
            {
                tokens.Add("m:" + int.Parse(groups["month"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            }
            else if (groups["word"].Success)
            {
                AddWord(match.Value, normalized, match.Index, match.Length, tokens, latinWords, spelled);
            }
            else
            {
                tokens.Add("n:" + NormalizeNumber(groups["digits"].Value));
            }
        }
    }

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
    private static void AddWord(string word, string text, int index, int length, List<string> tokens, List<string> latinWords, List<string> spelled)
    {
        var lower = word.ToLowerInvariant();
        var month = Array.IndexOf(Months, lower);
        var token = month >= 0 && char.IsUpper(word[0]) && (lower != "may" || NextToDigit(text, index, length))
            ? "m:" + (month + 1).ToString(CultureInfo.InvariantCulture)
            : NumberWords.TryGetValue(lower, out var number) ? "n:" + number.ToString(CultureInfo.InvariantCulture)
            : null;
        if (token is not null)
        {
            tokens.Add(token);
            spelled.Add(token);
            return;
        }

        if (word.Any(char.IsAsciiLetter) || word.Any(Script.IsLatinLetter))
        {
            latinWords.Add("w:" + lower);
        }
    }

    private static bool NextToDigit(string text, int index, int length)
    {
        var before = index - 2 >= 0 && char.IsAsciiDigit(text[index - 2]);
        var after = index + length + 1 < text.Length && char.IsAsciiDigit(text[index + length + 1]);
        return before || after;
    }

    private static string NormalizeNumber(string number)
    {
        // 2,000 and 2000 are the same number; 3,5 (a decimal comma) and 65/230 are kept as written.
        return ThousandsPattern().IsMatch(number) ? number.Replace(",", string.Empty, StringComparison.Ordinal) : number;
    }

    private static Dictionary<string, int> BuildNumberWords()
    {
        string[] units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] tenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        var words = new Dictionary<string, int>(StringComparer.Ordinal);

        // "one" is left out: as a pronoun ("one Member State") it is far more often noise than a number.
        for (var n = 2; n < 20; n++)
        {
            words[units[n]] = n;
        }

        for (var n = 1; n < 20; n++)
        {
            words[ordinals[n]] = n;
        }

        for (var t = 2; t < 10; t++)
        {
            words[tens[t]] = t * 10;
            words[tenOrdinals[t]] = t * 10;
            for (var u = 1; u < 10; u++)
            {
                words[$"{tens[t]}-{units[u]}"] = (t * 10) + u;
                words[$"{tens[t]}-{ordinals[u]}"] = (t * 10) + u;
            }
        }

        return words;
    }

    [GeneratedRegex("[\u00B9\u00B2\u00B3\u2070-\u2079]+", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteMarkerPattern();

    private const string Url = @"(?<url>(?:https?://|www\.)[^\s，。；）)]+)";

    // UN document symbols: upper-case series, then slash-separated parts (E/CN.15/2011/19, UNODC/CCPCJ/EG.4/2021/CRP.1).
    private const string Symbol = @"(?<symbol>\b[A-Z]{1,10}(?:/[A-Za-z0-9][A-Za-z0-9.\-]*)+)";

    private const string ChineseOrdinal = @"第\s*(?<numeral>[〇零一二三四五六七八九十百千两]+)";

    private const string ChineseMonth = @"(?<![\d.])(?<month>1[0-2]|0?[1-9])\s*月";

    private const string Word = @"(?<word>[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F0-9]*(?:['’\-][A-Za-z\u00C0-\u024F0-9]+)*)";

    private const string Number = @"(?<digits>\d+(?:[.,:/]\d+)*)(?:st|nd|rd|th)?";

    [GeneratedRegex(Url + "|" + Symbol + "|" + ChineseOrdinal + "|" + ChineseMonth + "|" + Word + "|" + Number, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ChineseTokenPattern();

    [GeneratedRegex(Url + "|" + Symbol + "|" + Word + "|" + Number, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsPattern();
}
