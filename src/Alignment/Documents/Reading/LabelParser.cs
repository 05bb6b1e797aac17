using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Alignment.Documents.Reading;

/// <summary>
/// Recognises the labels a line can start with and normalises them into anchors that are the same in every
/// language: <c>12.</c>/<c>十二、</c> before running text, <c>II.</c>/<c>二.</c>, <c>A.</c>, <c>(a)</c>/<c>- (a)</c>/<c>（a）</c>, <c>(1)</c>/<c>（一）</c>,
/// <c>(ii)</c>/<c>㈡</c>, <c>Chapter I</c>/<c>第一章</c>, <c>Section 1</c>/<c>第一节</c>, <c>Part One</c>/<c>第一部分</c>/<c>第一编</c>,
/// <c>Article 3.</c>/<c>Rule 3</c>/<c>第三条</c> (a body's rules of procedure are numbered as articles are in Chinese), footnote markers <c>¹</c> and <c>1/</c>; a number inserted after another
/// (<c>3 bis.</c>/<c>3之二.</c>, <c>Article 3 bis</c>/<c>第三条之二</c>) anchors with the Latin suffix (<c>3 bis</c>).
/// </summary>
internal static partial class LabelParser
{
    /// <summary>Items under a lettered item rarely run past (xxxix); a longer run of i, v and x is a word.</summary>
    private const int MaxRomanItem = 39;

    /// <summary>
    /// The labels the cleaned line may start with, most likely reading first: <c>I.</c> can be Roman one or the letter I.
    /// Section labels (<c>II.</c>, <c>二.</c>, <c>A.</c>) are only offered on heading-shaped lines.
    /// </summary>
    public static IReadOnlyList<LabelCandidate> Parse(string line)
    {
        if (line.Length == 0)
        {
            return [];
        }

        if (Footnote().Match(line) is { Success: true } footnote)
        {
            var marker = footnote.Groups["w"].Value;
            var anchor = new string([.. marker.Select(Chars.PlainDigit)]);
            return [new LabelCandidate(LabelStyle.Footnote, marker, anchor, int.Parse(anchor, CultureInfo.InvariantCulture), TextAfter(line, footnote))];
        }

        if (SlashFootnote().Match(line) is { Success: true } slash)
        {
            var number = int.Parse(slash.Groups["n"].Value, CultureInfo.InvariantCulture);
            return [new LabelCandidate(LabelStyle.Footnote, slash.Groups["w"].Value, number.ToString(CultureInfo.InvariantCulture), number, TextAfter(line, slash))];
        }

        if (Article().Match(line) is { Success: true } article && TryNumber(article.Groups["n"].Value, out var articleNumber)
            && !CitesArticle(line, article))
        {
            var inserted = InsertedNumber.Parse(article.Groups["s"].Value);
            var anchor = $"article {articleNumber}{InsertedNumber.AnchorSuffix(inserted)}";
            return [new LabelCandidate(LabelStyle.Article, article.Groups["w"].Value, anchor, articleNumber, TextAfter(line, article)) { Inserted = inserted }];
        }

        if (Divisions(line) is { Count: > 0 } divisions)
        {
            return divisions;
        }

        if (Parenthesized().Match(line) is { Success: true } parenthesized)
        {
            return ParenthesizedLabels(parenthesized, TextAfter(line, parenthesized));
        }

        if (DecimalParagraph().Match(line) is { Success: true } two)
        {
            var chapter = int.Parse(two.Groups["c"].Value, CultureInfo.InvariantCulture);
            var number = int.Parse(two.Groups["n"].Value, CultureInfo.InvariantCulture);
            var anchor = $"{chapter.ToString(CultureInfo.InvariantCulture)}.{number.ToString(CultureInfo.InvariantCulture)}";
            return [new LabelCandidate(LabelStyle.Arabic, two.Groups["w"].Value, anchor, number, TextAfter(line, two)) { InChapter = chapter }];
        }

        if (Arabic().Match(line) is { Success: true } arabic)
        {
            var number = int.Parse(arabic.Groups["n"].Value, CultureInfo.InvariantCulture);
            var inserted = InsertedNumber.Parse(arabic.Groups["s"].Value);
            var anchor = number.ToString(CultureInfo.InvariantCulture) + InsertedNumber.AnchorSuffix(inserted);
            return [new LabelCandidate(LabelStyle.Arabic, arabic.Groups["w"].Value, anchor, number, TextAfter(line, arabic)) { Inserted = inserted }];
        }

        if (GluedToYear().Match(line) is { Success: true } glued)
        {
            var number = int.Parse(glued.Groups["n"].Value, CultureInfo.InvariantCulture);
            return [new LabelCandidate(LabelStyle.Arabic, glued.Groups["w"].Value, number.ToString(CultureInfo.InvariantCulture), number, glued.Length) { GluedToYear = true }];
        }

        return SectionLabels(line);
    }

    /// <summary>
    /// A parenthesized letter, number or lower-case Roman numeral. <c>(i)</c>, <c>(v)</c> and <c>(x)</c> read both as a
    /// letter and as a Roman numeral, the letter first: the numbering around them decides. A Chinese numeral reads
    /// as a numbered item and, nested under a lettered item or a numbered paragraph only, as a Roman one (UN Chinese texts write <c>(i)</c> there as
    /// <c>㈠</c> or <c>（一）</c>).
    /// </summary>
    private static List<LabelCandidate> ParenthesizedLabels(Match parenthesized, int start)
    {
        var written = parenthesized.Groups["w"].Value;
        var candidates = new List<LabelCandidate>();
        if (parenthesized.Groups["i"].Success && Numerals.TryParseParenthesizedIdeograph(parenthesized.Groups["i"].Value[0], out var item))
        {
            candidates.Add(RomanItem(written, item, start));
            return candidates;
        }

        var inner = parenthesized.Groups["n"].Value;
        if (inner.Length == 1 && inner[0] is >= 'a' and <= 'z')
        {
            candidates.Add(new LabelCandidate(LabelStyle.LowerLetter, written, $"({inner})", inner[0] - 'a' + 1, start));
        }

        if (Numerals.TryParseLowerRoman(inner, out var roman) && roman <= MaxRomanItem)
        {
            candidates.Add(RomanItem(written, roman, start));
        }
        else if (Numerals.TryParseChinese(inner, out var chinese))
        {
            candidates.Add(new LabelCandidate(LabelStyle.ParenthesizedNumber, written, $"({chinese})", chinese, start));
            candidates.Add(RomanItem(written, chinese, start) with { NestedOnly = true });
        }
        else if (int.TryParse(inner, out var number))
        {
            candidates.Add(new LabelCandidate(LabelStyle.ParenthesizedNumber, written, $"({number})", number, start));
        }

        return candidates;
    }

    private static LabelCandidate RomanItem(string written, int value, int start) =>
        new(LabelStyle.LowerRoman, written, $"({Numerals.ToRoman(value).ToLowerInvariant()})", value, start);

    /// <summary>
    /// A heading that names its level: <c>Part One</c>, <c>Chapter I.</c>, <c>CHAPTER 1</c>, <c>Section 2:</c>,
    /// <c>Section C</c>, <c>第一部分</c>, <c>第一编</c>, <c>第一章</c>, <c>第二节</c>, <c>C节</c>, alone or before a heading's
    /// title; anchored by level and number (<c>chapter 1</c>, <c>section 3</c> for <c>Section C</c>) in every language.
    /// <c>Section I</c>, <c>V</c> and <c>X</c> read as Roman numerals first, as letters where they go on from the letter
    /// before. A line going on with running text (<c>Section 2 of the Act …</c>) is none.
    /// </summary>
    private static List<LabelCandidate> Divisions(string line)
    {
        var match = EnglishDivision().Match(line);
        if (!match.Success)
        {
            match = ChineseDivision().Match(line);
        }

        var candidates = new List<LabelCandidate>();
        if (!match.Success)
        {
            return candidates;
        }

        var start = TextAfter(line, match);
        var rest = line.AsSpan(start);
        var separated = match.Groups["s"].Success || char.IsUpper(rest.IsEmpty ? 'A' : rest[0]) || Chars.IsCjk(rest.IsEmpty ? '\0' : rest[0]);
        if (!rest.IsEmpty && !(separated && TextShape.IsSectionTitle(rest)))
        {
            return candidates;
        }

        var (style, level) = match.Groups["k"].Value switch
        {
            "Part" or "PART" or "部分" or "编" => (LabelStyle.Part, "part"),
            "Chapter" or "CHAPTER" or "章" => (LabelStyle.Chapter, "chapter"),
            _ => (LabelStyle.Section, "section"),
        };
        var numeral = match.Groups["n"].Value;
        var written = match.Groups["w"].Value;
        LabelCandidate Of(int number) => new(style, written, $"{level} {number.ToString(CultureInfo.InvariantCulture)}", number, start);
        var letter = numeral.Length == 1 && numeral[0] is >= 'A' and <= 'Z';
        // A lone L, C, D or M is a letter: no document numbers its parts in fifties.
        if ((!letter || numeral is "I" or "V" or "X") && TryDivisionNumber(numeral, out var number))
        {
            candidates.Add(Of(number));
        }

        if (letter)
        {
            candidates.Add(Of(numeral[0] - 'A' + 1) with { Lettered = true });
        }

        return candidates;
    }

    private static bool TryDivisionNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) || Numerals.TryParseChinese(text, out number)
        || Numerals.TryParseRoman(text, out number) || Numerals.TryParseEnglishWord(text, out number);

    private static List<LabelCandidate> SectionLabels(string line)
    {
        var candidates = new List<LabelCandidate>();
        // A heading set letter-spaced, as pdftotext gives it without the wider gaps between its words (I I I . C h a n g e s
        // i n …): the numeral is spread as its title is, and the title's shape shows once its letters are together.
        if (SpreadSection().Match(line) is { Success: true } spread && Numerals.TryParseRoman(spread.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), out var spreadRoman)
            && TextAfter(line, spread) is var spreadStart && TextShape.IsHeadingLike(line[spreadStart..].Replace(" ", string.Empty, StringComparison.Ordinal)))
        {
            candidates.Add(new LabelCandidate(LabelStyle.Roman, spread.Groups["w"].Value, spread.Groups["n"].Value.Replace(" ", string.Empty, StringComparison.Ordinal), spreadRoman, spreadStart));
            return candidates;
        }

        if (Section().Match(line) is not { Success: true } section)
        {
            return candidates;
        }

        var numeral = section.Groups["n"].Value;
        var written = section.Groups["w"].Value;
        var start = TextAfter(line, section);
        var rest = line[start..];
        var headingShaped = TextShape.IsSectionTitle(rest);
        if (!headingShaped && rest.Length > 0)
        {
            // Before running text, 一、 numbers a paragraph, as Chinese treaties number an article's paragraphs (English 1.).
            if (written[^1] == '、' && Numerals.TryParseChinese(numeral, out var paragraph))
            {
                candidates.Add(new LabelCandidate(LabelStyle.Arabic, written, paragraph.ToString(CultureInfo.InvariantCulture), paragraph, start));
            }

            return candidates;
        }

        var dotted = written.EndsWith('.');
        if (dotted && Numerals.TryParseRoman(numeral, out var roman))
        {
            candidates.Add(new LabelCandidate(LabelStyle.Roman, written, numeral, roman, start));
        }

        if (dotted && numeral.Length == 1 && numeral[0] is >= 'A' and <= 'Z' && (headingShaped || rest.Length == 0))
        {
            candidates.Add(new LabelCandidate(LabelStyle.UpperLetter, written, numeral, numeral[0] - 'A' + 1, start));
        }

        if (Numerals.TryParseChinese(numeral, out var chinese))
        {
            candidates.Add(new LabelCandidate(LabelStyle.ChineseNumeral, written, Numerals.ToRoman(chinese), chinese, start));
        }

        return candidates;
    }

    /// <summary>
    /// A sentence that cites an article rather than a heading that numbers one: <c>Article 3 of the Convention provides</c>,
    /// <c>Rule 7, paragraph 2, applies</c>, <c>第三条规定</c>, <c>第3条第2款</c>. Taking the number for a label would cut it
    /// out of the sentence.
    /// </summary>
    private static bool CitesArticle(string line, Match article)
    {
        var end = article.Index + article.Length;
        if (end == line.Length)
        {
            return false;
        }

        var next = line[end];
        if (!char.IsWhiteSpace(next))
        {
            return CitationGlue.Contains(next);
        }

        var start = TextAfter(line, article);
        return start < line.Length && (char.IsLower(line[start]) || line[start] is ',' or '，');
    }

    /// <summary>What follows <c>第…条</c> without a space when the article is cited in running text (规定, 所述, 的, 第2款, 和, 至, 适用, 也 …).</summary>
    private static readonly SearchValues<char> CitationGlue = SearchValues.Create("规所的和与及或至第中项款提指载适应不也亦同、，");

    private static bool TryNumber(string text, out int number) =>
        int.TryParse(text, out number) || Numerals.TryParseChinese(text, out number);

    private static int TextAfter(string line, Match label)
    {
        var i = label.Index + label.Length;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    // Digits are ASCII only: \d would also match full-width and other scripts' digits (１２．, ٣), which int.Parse rejects.
    // A footnote marker has at most three digits; a longer run would not fit an int, nor any document's footnotes.
    [GeneratedRegex(@"^(?<w>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=\s*[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])")]
    private static partial Regex Footnote();

    /// <summary>A footnote numbered as UN financial statements and tables number theirs: <c>1/ Includes real estate.</c></summary>
    [GeneratedRegex(@"^(?<w>(?<n>[0-9]{1,2})/)(?=\s+\S)")]
    private static partial Regex SlashFootnote();

    // An English article heading may end its number with a full stop (Article 3. Definitions), as 第三条 ends with 条.
    [GeneratedRegex(@"^(?<w>(?:Article|ARTICLE|Rule|RULE) (?<n>[0-9]{1,3})(?: ?(?<s>" + InsertedNumber.EnglishPattern + @"))?\.?|第 ?(?<n>[0-9]{1,3}|[一二三四五六七八九十]+) ?条(?<s>" + InsertedNumber.ChinesePattern + @")?)(?=\s|$|\p{IsCJKUnifiedIdeographs}|[（：，])")]
    private static partial Regex Article();

    // ㈠ to ㈩ (U+3220 to U+3229) hold their parentheses.
    [GeneratedRegex(@"^(?<w>(?:[-–—•·] ?)?(?:[(（](?<n>[a-z]|[ivx]{2,6}|[0-9]{1,2}|[一二三四五六七八九十]+)[)）]|(?<i>[\u3220-\u3229])))")]
    private static partial Regex Parenthesized();

    // The level's name and number, then perhaps a full stop, a colon or a dash before the title (group s).
    [GeneratedRegex(@"^(?<w>(?<k>Part|PART|Chapter|CHAPTER|Section|SECTION) (?<n>[0-9]{1,3}|[IVXLC]+|[A-Z][a-z]+|[A-Z]+)(?<s>[.:]| [-–—](?=\s|$))?)(?=\s|$)")]
    private static partial Regex EnglishDivision();

    [GeneratedRegex(@"^(?<w>(?:第 ?(?<n>[0-9]{1,3}|[一二三四五六七八九十]+)|(?:第 ?)?(?<n>[A-Z])) ?(?<k>部分|编|章|节)(?<s>[：:.．])?)(?=\s|$|\p{IsCJKUnifiedIdeographs}|[（])")]
    private static partial Regex ChineseDivision();

    /// <summary>
    /// A paragraph number run into a year that starts the paragraph's text (<c>10.2026年，</c>, <c>14.2020 was</c>): a
    /// generated number wider than its hanging indent leaves no room for the tab after it.
    /// </summary>
    [GeneratedRegex(@"^(?<w>(?<n>[0-9]{1,3})\.)(?=(?:19|20)[0-9]{2}(?![0-9.,/:\-]))")]
    private static partial Regex GluedToYear();

    /// <summary>
    /// A paragraph numbered in two levels, its chapter's number then its own (<c>2.3</c>, <c>2.3.</c>), set apart from
    /// its text, which does not start in lower case: a decimal starting a line (<c>1.5 Million …</c>) reads so too, which
    /// the numbering around it tells apart; one before lower case (<c>12.5 per cent</c>) is none. Nor is one before a
    /// figure (a row of figures), unless the figure is a Chinese sentence's first word (<c>3.1 2026年投资…</c>, its
    /// measure word after it): Chinese starts a sentence with a year or a count as often as with anything else.
    /// </summary>
    [GeneratedRegex(@"^(?<w>(?<c>[1-9][0-9]?)\.(?<n>[1-9][0-9]{0,2})\.?)(?=[ \t\u3000]+(?:[^\s0-9a-z]|[0-9][0-9.,]* ?\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex DecimalParagraph();

    [GeneratedRegex(@"^(?<w>(?<n>[0-9]{1,4})(?: ?(?<s>" + InsertedNumber.EnglishPattern + @")|(?<s>" + InsertedNumber.ChinesePattern + @"))?(?:\.(?![0-9.])|[、．]))")]
    private static partial Regex Arabic();

    // A Roman numeral of two letters or more may be set against its title (VII.Opinion …), as a word processor sets a
    // label wider than its indent, the tab after it taking no room; a single letter so set is more likely an initial.
    [GeneratedRegex(@"^(?<w>(?<n>[IVXLC]+|[A-Z]|[一二三四五六七八九十]+)(?:\.(?=\s|$)|[、．])|(?<n>[IVXLC]{2,})\.(?=\p{Lu}\p{Ll}))")]
    private static partial Regex Section();

    /// <summary>A Roman numeral spread letter by letter before a title spread so too (<c>I I I . C h a n g e s</c>, <c>I V. I n v e s t</c>).</summary>
    [GeneratedRegex(@"^(?<w>(?<n>[IVXLC](?: [IVXLC])+) ?\.|(?<n>[IVXLC]) \.)(?= \S(?: \S){3})")]
    private static partial Regex SpreadSection();
}
