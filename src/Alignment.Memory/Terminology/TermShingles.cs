using System.Collections.Concurrent;
using Alignment.Aligning;
using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Alignment.Memory.Searching;
using Alignment.Writing;

namespace Alignment.Memory.Terminology;

/// <summary>
/// The candidate terms of a text: runs of one to three words (SmartCn words for Chinese, stemmed words for English)
/// that cross no punctuation, hold no number, and neither start nor end with a function word. Keys are what the
/// index stores (<c>电子证据</c>, <c>mutual legal assistance</c>); hyphens join like spaces, so capacity-building and
/// capacity building are one term, and plurals fold into the singular.
/// </summary>
internal static class TermShingles
{
    public const int MaxWords = 3;

    [ThreadStatic]
    private static WordKind[]? kindScratch;

    [ThreadStatic]
    private static bool[]? hyphenScratch;

    [ThreadStatic]
    private static bool[]? capitalScratch;

    [ThreadStatic]
    private static bool[]? nameJoinScratch;

    [ThreadStatic]
    private static bool[]? ofScratch;

    [ThreadStatic]
    private static bool[]? datePartScratch;

    [ThreadStatic]
    private static bool[]? countedScratch;

    [ThreadStatic]
    private static bool[]? yearScratch;

    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "for", "on", "the", "in" };

    // Single-character Chinese words that start or end no term: postpositions (在刑事诉讼中 holds 刑事诉讼, not
    // 刑事诉讼中), measure words and date parts (第七次会议 holds 会议, 日在维也纳 nothing, 那根竹篙 holds 竹篙),
    // distributives, the demonstrative 那 (这 is a function character), 就 (“regarding”, “then”: 就国家立法 holds
    // 国家立法) and the prepositions 比, 给, 因 and 跟 (碳足迹比2019年 holds 碳足迹, 给渡口 nothing, 因水土流失 水土流失;
    // 跟, the spoken 和 and 与, "with": 跟省标本馆合作 holds 省标本馆), and the adverbs of time and scope 已, 自 ("since"),
    // 仍, 均, 曾 and 又 (太平洋岛国已在 holds 太平洋岛国, 融资机制自2022年 融资机制).
    // 请 alone is the verb that opens a request (请秘书长, 请总干事, 请会员国: "requests", "invites"), which no term starts
    // with; SmartCn keeps the words that hold it (申请, 邀请) whole.
    private const string ChineseBoundaryCharacters = "中上下内外时后前间里着过各每能使还次届场个项名号年月日根张位座艘那就比给因跟已自仍均曾又请";

    // The measure words Chinese writes after a count and English leaves out (2.81亿人, 41万户家庭 ↔ 410,000 households,
    // 312起袭击 ↔ 312 attacks, 14项贷款协议 ↔ 14 loan agreements): they belong to what is counted, not to the amount.
    internal const string CountedCharacters = "人名例户起项所座家种个艘架头只条";

    // The measure words that may follow an ordinal (第三十二届, 第七次, 第15号).
    private const string ChineseMeasureCharacters = "次届场个项名号位";

    // Modal and ordinal prefixes: they may start a term but never end one. SmartCn cuts 可 | 持续 | 发展 and
    // 应 | 计 | 养恤金, and the term is the whole; a phrase they merely precede loses to the phrase without them, which
    // occurs more often.
    private const string ChinesePrefixCharacters = "可应第";

    // Characters that SmartCn cuts off the front of a word it does not know and that never stand for a word of their
    // own there: the modal and ordinal prefixes, negations (不 | 发达, 无 | 人 | 陪伴, 非 | 羁押), degree and number
    // prefixes (最 | 不 | 发达, 多 | 部门, 超 | 大型, 泛 | 非) and the prefixes of opposition and rank (抗 | 微生物,
    // 反 | 腐败, 副 | 秘书长, 跨 | 部门). A candidate that starts right after one starts inside a word.
    internal const string ChineseBoundPrefixCharacters = "可应第最不无非多超泛抗反副跨";

    // Characters that end a Chinese name by saying what it names, and that SmartCn leaves on their own after a name it
    // does not know (行动 | 处, office; 维护 | 者, -er; 报告 | 员; 碳青霉烯 | 类; 亚洲及太平洋 | 司, division): a candidate
    // that stops right before one stops short of the name, whatever follows it (联合国地雷行动 | 处 | 开展). SmartCn keeps
    // the words that hold 司 for something else whole (公司, 司法, 司机).
    private const string ChineseNameEndCharacters = "处署局厅队者员类司";

    // The plural suffix: it may end a term but never start one. SmartCn cuts it off a word it does not know
    // (志愿者 | 们), and a candidate that starts with it starts inside that word.
    private const string ChineseSuffixCharacters = "们";

    // Grammatical Chinese words of two or more characters: they join terms but are none (关于, 以及, 进行; 来说 closes
    // 对…来说, "for": 沿海城市来说 holds 沿海城市). With 进行 stand the other light verbs, which carry a verb that
    // follows them as their object and say nothing themselves (作出 | 贡献, 加以 | 管理, 予以 | 考虑, 给予 | 支持): a
    // term never ends with one (可持续发展目标8 | 作出 | 贡献).
    private static readonly HashSet<string> ChineseFunctionWords = new(StringComparer.Ordinal)
    {
        "以及", "关于", "其他", "方面", "进行", "以便", "以期", "根据", "按照", "为了", "对于", "有关", "相关", "所有", "一些",
        "这些", "此类", "以下", "如何", "是否", "可以", "应当", "能够", "必须", "并且", "而且", "还有", "其中", "之间", "以上",
        "以来", "这次", "此次", "本次", "通过", "包括", "提供", "特别", "尤其", "以此", "从而", "因此", "此外", "同时", "即", "等等",
        "来说", "长达", "作出", "做出", "加以", "予以", "给予",
    };

    // Possessive determiners start no term, as its and their do (his keynote address holds keynote address); the
    // aligner's list leaves them out, where they say something about which sentences match.
    private static readonly HashSet<string> Possessives = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "our", "my", "your" };

    // Words that open a noun phrase (see StartsANounPhrase).
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    };

    // Modal verbs ("will" and "must" are nouns too: political will).
    private static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase) { "can", "cannot", "could", "should", "would", "shall", "might" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ModalLookup = Modals.GetAlternateLookup<ReadOnlySpan<char>>();

    // Conjunctions that open a subordinate clause: what follows is a clause of its own, never a word of a noun phrase
    // (improved cookstoves | while electric pressure cookers, 60 days | whenever).
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "while", "whilst", "whereas", "whenever", "wherever", "although", "though", "because", "unless", "whether",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubordinatorLookup = Subordinators.GetAlternateLookup<ReadOnlySpan<char>>();

    // Adverbial particles of phrasal verbs (drawing up, phasing out, scaled down): written apart, they belong to the
    // verb and start or end no term; written with a hyphen they are a word of the compound (follow-up, off-grid).
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "up", "out", "down", "off", "away" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveLookup = Possessives.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChineseFunctionWordLookup =
        ChineseFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The word ranges (first and last word, inclusive) of every candidate term of <paramref name="text"/> of at least
    /// <paramref name="minimumWords"/> words, given its word tokens (the analysis of <c>words.{code}</c>).
    /// </summary>
    public static List<(int First, int Last)> Ranges(string code, string text, IReadOnlyList<AnalyzedToken> words, int minimumWords = 1, int maximumWords = MaxWords, ShingleUse use = ShingleUse.Index)
    {
        // Most words start a few shingles: sized so that the list seldom grows.
        var ranges = new List<(int First, int Last)>(words.Count * 3);
        Ranges(code, text, words, minimumWords, ranges, maximumWords, use);
        return ranges;
    }

    /// <summary>The word ranges (first and last word, inclusive) of every candidate term, into <paramref name="ranges"/>, which it clears first.</summary>
    public static void Ranges(string code, string text, IReadOnlyList<AnalyzedToken> words, int minimumWords, List<(int First, int Last)> ranges, int maximumWords = MaxWords, ShingleUse use = ShingleUse.Index)
    {
        ranges.Clear();
        var chinese = IndexSchema.IsCharacterBased(code);

        // Each word is classified once: a word takes part in up to three shingles at either end, and indexing
        // classifies every word of every unit.
        var kinds = ThreadBuffer.Reuse(ref kindScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            kinds[i] = Classify(Surface(words[i], text), chinese);
        }

        // A term neither starts nor ends inside a hyphenated word (Secretary-General holds no term Secretary) or inside
        // a number the segmenter cut (114 . 07, 5 200).
        var hyphenAfter = ThreadBuffer.Reuse(ref hyphenScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            hyphenAfter[i] = i + 1 < words.Count && (IsHyphen(text.AsSpan(words[i].End, Math.Max(0, words[i + 1].Start - words[i].End)))
                || (chinese && JoinsChineseName(text, words[i].End, words[i + 1].Start))
                || (kinds[i] == WordKind.Number && kinds[i + 1] == WordKind.Number && words[i + 1].Start == words[i].End + 1
                    && (text[words[i].End] is '.' or ',' or '/' || (text[words[i].End] == ' ' && words[i + 1].End - words[i + 1].Start == 3))));
        }

        // In lookups, an English word with its possessive 's stands inside a name (United Nations Children's Fund, the
        // Children's Code) as the plural's s' does (Bureau for Workers' Activities): it may start a candidate, but ends
        // none, as it is the name's or the phrase's first part (the Committee's | recommendations). A title's possessive
        // (the Secretary-General's | Early Warnings for All) is its holder's, not a word of the name after it.
        for (var i = 0; use != ShingleUse.Index && !chinese && i < words.Count; i++)
        {
            if (kinds[i] == WordKind.Ineligible && IsPossessive(Surface(words[i], text)) && !(i > 0 && hyphenAfter[i - 1]))
            {
                kinds[i] = WordKind.Prefix;
            }
        }

        if (use != ShingleUse.Index)
        {
            JoinSymbolsAndRanges(text, words, kinds, hyphenAfter, chinese);
            JoinDegreeUnits(text, words, kinds, hyphenAfter);
            MarkPhraseEdges(text, words, kinds, chinese);
            if (!chinese)
            {
                JoinHyphenatedFunctionWords(words, kinds, hyphenAfter);
                MarkVerbsAfterNounPhrases(text, words, kinds);
            }

            MarkVerbsBeforeParticle(text, words, kinds, chinese);
            JoinQuantities(text, words, kinds, hyphenAfter, chinese);
            if (chinese)
            {
                JoinLexiconWords(text, words, hyphenAfter);
                MarkModalsBeforeFunctionWords(text, words, kinds);
                MarkBoundPrefixes(text, words, kinds);
            }
        }

        // A content word written with a capital, where a name's words may stand (not "The" opening a sentence). The
        // text's first word takes its capital from the sentence, not from a name: a resolution's paragraphs open with
        // their verb (Requests the United Nations Statistics Division, Encourages South-South cooperation), which
        // would otherwise make the name a piece of a longer one, and every candidate without the verb give way.
        var capitalised = ThreadBuffer.Reuse(ref capitalScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            capitalised[i] = use != ShingleUse.Index && !chinese && i > 0 && kinds[i] == WordKind.Content && char.IsUpper(text[words[i].Start])
                && !IsMonthOfADate(text, words, kinds, i);
        }

        // A function word written with a capital inside a name is one of the name's words (Early Warnings for All):
        // the name may end with it, and no candidate takes the name without it.
        for (var i = 1; use != ShingleUse.Index && !chinese && i < words.Count; i++)
        {
            if (kinds[i] == WordKind.Function && char.IsUpper(text[words[i].Start]) && ContinuesAName(text, words, kinds, capitalised, i))
            {
                kinds[i] = WordKind.Content;
                capitalised[i] = true;
            }
        }

        // A lower-case word that joins a name's capitalised words (Decade of Action for Cryospheric Sciences, Conference of
        // the Parties). "and" is left out: it joins two names as often as it stands inside one.
        var joinsName = ThreadBuffer.Reuse(ref nameJoinScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            joinsName[i] = use != ShingleUse.Index && !chinese && kinds[i] == WordKind.Function && NameJoiners.Contains(Surface(words[i], text).ToString());
        }

        // The "the" of "of the" where a name's words join: what follows is a name of its own (the Progress Declaration
        // of the | International Migration Review Forum), where after "of" alone it is most often a word of the whole
        // (Decade of | Action for Cryospheric Sciences).
        var ofBefore = ThreadBuffer.Reuse(ref ofScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            ofBefore[i] = i > 0 && joinsName[i] && joinsName[i - 1] && Surface(words[i], text) is "the" && Surface(words[i - 1], text) is "of";
        }

        // Where a Chinese date writes its parts (2027年3月18日): a date is a term of its own, though its parts end none.
        var datePart = ThreadBuffer.Reuse(ref datePartScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            datePart[i] = use != ShingleUse.Index && chinese && Surface(words[i], text) is "年" or "月" or "日";
        }

        // In English, the year a period or a plan is of or for, behind its preposition (end of 2028, Programme and
        // Budget for 2026–27): a candidate may end with it (see EndsWithItsYear).
        var yearOf = ThreadBuffer.Reuse(ref yearScratch, words.Count);
        yearOf.Clear();
        if (use != ShingleUse.Index && !chinese)
        {
            MarkYearsOfPeriods(text, words, kinds, yearOf);
            MarkNumbersOfNames(text, words, kinds, yearOf);
        }

        // The measure word of a count of people or cases, written after the number (2.81亿 | 人, 495万 | 例, 97 | 名), and
        // of any count where the term is an amount alone (41万 | 户 for 410,000; 8,640 birds keeps its 只).
        var counted = ThreadBuffer.Reuse(ref countedScratch, words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            counted[i] = use != ShingleUse.Index && chinese && i > 0 && kinds[i - 1] == WordKind.Number && words[i - 1].End == words[i].Start
                && Surface(words[i], text) is [var c] && (c is '人' or '名' or '例' || (use == ShingleUse.AmountLookup && CountedCharacters.Contains(c, StringComparison.Ordinal)));
        }

        var runStart = 0;
        for (var i = 0; i <= words.Count; i++)
        {
            var continues = i < words.Count && kinds[i] != WordKind.Ineligible
                && (i == runStart || ((Joined(text, words[i - 1].End, words[i].Start, chinese) || (use != ShingleUse.Index && (IsNumberRange(text, words[i - 1].End, words[i].Start) || IsBracketedYear(text, words[i - 1].End, words[i])
                        || (!chinese && yearOf[i] && IsNumberSign(text, words[i - 1], words[i]))
                        || (!chinese && JoinsTitleYear(text, words[i - 1], words[i], hyphenAfter, i - 1))))
                    || (use == ShingleUse.ListLookup && IsListSeparator(text, words[i - 1].End, words[i].Start, chinese)))
                    && !StartsANounPhrase(use, chinese, text, words, kinds, capitalised, i)
                    && !(use != ShingleUse.Index && chinese && kinds[i] == WordKind.Number && EndsAFigure(text, words, i - 1))));
            if (continues)
            {
                continue;
            }

            AddRun(runStart, i, kinds, hyphenAfter, datePart, counted, yearOf, minimumWords, maximumWords, use, chinese, new NameWords(capitalised, joinsName, ofBefore), ranges);
            runStart = i < words.Count && kinds[i] != WordKind.Ineligible ? i : i + 1;
        }

        // An English date with its day and year (14 July 2026) is a term of its own, as the Chinese date is
        // (2026年7月14日), though a number ends a name on one side only.
        if (use != ShingleUse.Index && !chinese)
        {
            AddDates(text, words, kinds, ranges);
            AddHedgedNumbers(text, words, kinds, ranges);
        }

        if (use != ShingleUse.Index)
        {
            AddShares(text, words, kinds, hyphenAfter, chinese, ranges);
            if (chinese)
            {
                AddCounts(text, words, kinds, ranges);
            }

            AddDegrees(text, words, kinds, hyphenAfter, chinese, ranges);
            AddDateRanges(text, words, chinese, ranges);
        }

        // A Chinese title between title marks is a term of its own, though it may open with a grammatical word that
        // starts no other term (《关于汞的水俣公约》, Minamata Convention on Mercury; 《关于难民和移民的纽约宣言》): United
        // Nations Chinese writes a name's "on" or "for" as 关于 before what the instrument is about.
        if (use != ShingleUse.Index && chinese && text.Contains('《'))
        {
            AddTitles(text, words, kinds, maximumWords, ranges);
        }

        // A Chinese fraction (三分之二, 百分之三十) is a term of its own, though the segmenter may cut it at 之.
        if (use != ShingleUse.Index && chinese && text.Contains("分之", StringComparison.Ordinal))
        {
            foreach (var share in NumberReading.InChinese(text).Where(q => q.Kind == NumberReading.Kind.Share))
            {
                var first = FirstAt(words, share.Start);
                var last = FirstAt(words, share.End) - 1;
                if (first >= 0 && last >= first && words[first].Start == share.Start && words[last].End == share.End && !ranges.Contains((first, last)))
                {
                    ranges.Add((first, last));
                }
            }
        }
    }

    /// <summary>The words between each pair of title marks, where all of them may be part of a term and they are not too many.</summary>
    private static void AddTitles(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, int maximumWords, List<(int First, int Last)> ranges)
    {
        for (var open = text.IndexOf('《'); open >= 0; open = text.IndexOf('《', open + 1))
        {
            var close = text.IndexOf('》', open + 1);
            var first = FirstAt(words, open + 1);
            if (close < 0 || first >= words.Count || words[first].Start != open + 1)
            {
                continue;
            }

            var last = first;
            while (last + 1 < words.Count && words[last + 1].End <= close)
            {
                last++;
            }

            var whole = words[last].End == close && last - first < maximumWords;
            for (var i = first; whole && i <= last; i++)
            {
                whole = kinds[i] != WordKind.Ineligible && (i == first || words[i - 1].End == words[i].Start);
            }

            if (whole && !ranges.Contains((first, last)))
            {
                ranges.Add((first, last));
            }
        }
    }

    /// <summary>
    /// Marks, in English, each word of a year or a range of years (2028, 2026–27, 2027–2030) that stands right after
    /// "of" or "for" after a content word: the year of the period or the plan before it.
    /// </summary>
    private static void MarkYearsOfPeriods(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, Span<bool> years)
    {
        for (var i = 2; i < words.Count; i++)
        {
            if (kinds[i] != WordKind.Number || kinds[i - 1] != WordKind.Function || kinds[i - 2] != WordKind.Content
                || Surface(words[i - 1], text) is not ("of" or "for") || !IsYear(Surface(words[i], text)))
            {
                continue;
            }

            years[i] = true;
            for (var j = i + 1; j < words.Count && kinds[j] == WordKind.Number && IsNumberRange(text, words[j - 1].End, words[j].Start); j++)
            {
                years[j] = true;
            }
        }

        static bool IsYear(ReadOnlySpan<char> surface) => surface.Length == 4 && surface[0] is '1' or '2' && All(surface, char.IsAsciiDigit);
    }

    /// <summary>
    /// Marks, in English, the number written after "No." or "Nos." behind a content word (general comment No. 19,
    /// Convention No. 138): the number a name ends with, which Chinese writes first (第19号一般性意见, 第138号公约), so that
    /// a candidate may end with it, across the abbreviation's full stop.
    /// </summary>
    private static void MarkNumbersOfNames(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, Span<bool> numbers)
    {
        for (var i = 2; i < words.Count; i++)
        {
            if (kinds[i] == WordKind.Number && kinds[i - 2] != WordKind.Function && IsNumberSign(text, words[i - 1], words[i]))
            {
                numbers[i] = true;
            }
        }
    }

    /// <summary>Whether an English word is letters with a possessive 's after them (Children's, Member State’s).</summary>
    private static bool IsPossessive(ReadOnlySpan<char> surface) =>
        surface.Length > 3 && surface[^1] is 's' && surface[^2] is '\'' or '’' && All(surface[..^2], char.IsLetter);

    /// <summary>Whether <paramref name="sign"/> is "No." or "Nos." written right before <paramref name="number"/>.</summary>
    private static bool IsNumberSign(string text, AnalyzedToken sign, AnalyzedToken number) =>
        Surface(sign, text) is "No" or "Nos" && text.AsSpan(sign.End, number.Start - sign.End) is ". ";

    /// <summary>The word ranges of the English dates that write a day, a month and a year, with nothing but spaces between (14 July 2026).</summary>
    private static void AddDates(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, List<(int First, int Last)> ranges)
    {
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (kinds[i - 1] == WordKind.Number && kinds[i + 1] == WordKind.Number
                && Surface(words[i - 1], text).Length <= 2 && Surface(words[i + 1], text).Length == 4
                && EnglishNumberWords.Month(Surface(words[i], text).ToString()) > 0
                && Joined(text, words[i - 1].End, words[i].Start, chinese: false) && Joined(text, words[i].End, words[i + 1].Start, chinese: false)
                && !ranges.Contains((i - 1, i + 1)))
            {
                ranges.Add((i - 1, i + 1));
            }
        }
    }

    /// <summary>
    /// The word ranges of the English numbers with the hedge before them and the scale after them (more than 8,900,
    /// fewer than 23 million), which Chinese writes as one word (8900多, 2300多万): a candidate of their own, though no
    /// candidate ends with a number after a function word.
    /// </summary>
    private static void AddHedgedNumbers(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, List<(int First, int Last)> ranges)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (Surface(words[i], text) is "more" or "less" or "fewer" or "More" or "Less" or "Fewer" && Surface(words[i + 1], text) is "than" && kinds[i + 2] == WordKind.Number)
            {
                var last = i + 2;
                while (last + 1 < words.Count && (kinds[last + 1] == WordKind.Number || Surface(words[last + 1], text) is "thousand" or "million" or "billion" or "trillion")
                    && Joined(text, words[last].End, words[last + 1].Start, chinese: false))
                {
                    last++;
                }

                // A share keeps its per cent (less than 3 per cent, 3%以下).
                if (last + 2 < words.Count && Surface(words[last + 1], text) is "per" && Surface(words[last + 2], text) is "cent")
                {
                    last += 2;
                }

                if (!ranges.Contains((i, last)))
                {
                    ranges.Add((i, last));
                }
            }
        }
    }

    /// <summary>
    /// The word ranges of the numbers written with a per cent sign (18%, 6.4 %), which the tokeniser drops: a share is
    /// a term of its own (18% ↔ 18 per cent), though a number alone is none; in Chinese with the hedge written after it
    /// as well (3%以下, 5%以上, 10%左右 ↔ less than 3 per cent).
    /// </summary>
    private static void AddShares(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> joinedAfter, bool chinese, List<(int First, int Last)> ranges)
    {
        for (var last = 0; last < words.Count; last++)
        {
            var sign = words[last].End;
            while (!chinese && sign < text.Length && text[sign] == ' ')
            {
                sign++;
            }

            if (kinds[last] != WordKind.Number || sign >= text.Length || text[sign] is not ('%' or '％') || joinedAfter[last])
            {
                continue;
            }

            var first = last;
            while (first > 0 && kinds[first - 1] == WordKind.Number && (joinedAfter[first - 1] || Joined(text, words[first - 1].End, words[first].Start, chinese)))
            {
                first--;
            }

            if (!ranges.Contains((first, last)))
            {
                ranges.Add((first, last));
            }

            if (chinese && last + 1 < words.Count && words[last + 1].Start == sign + 1 && Surface(words[last + 1], text) is "以下" or "以上" or "左右" or "多"
                && !ranges.Contains((first, last + 1)))
            {
                ranges.Add((first, last + 1));
            }
        }
    }

    /// <summary>
    /// Adds, in Chinese, a count whose counted thing is a noun of one character (四个省, 64个村, 18个月): the number, the
    /// measure word and the noun written together, the noun ending there. A noun of one character is no word a
    /// candidate may be made of, so no candidate held the count but one that ran on to a word beyond it (九个省的农田,
    /// 11个省和64个村), while English writes the count as two words (four provinces, 18 months).
    /// </summary>
    private static void AddCounts(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, List<(int First, int Last)> ranges)
    {
        for (var measure = 1; measure + 1 < words.Count; measure++)
        {
            var noun = measure + 1;
            if (kinds[measure - 1] != WordKind.Number || words[measure - 1].End != words[measure].Start || words[measure].End != words[noun].Start
                || Surface(words[measure], text) is not [var m] || !CountedCharacters.Contains(m, StringComparison.Ordinal)
                || Surface(words[noun], text) is not [var n] || !Han.IsIdeograph(n) || FunctionWords.IsChineseFunctionCharacter(n)
                || (noun + 1 < words.Count && words[noun].End == words[noun + 1].Start && kinds[noun + 1] == WordKind.SingleCharacter
                    && !FunctionWords.IsChineseFunctionCharacter(text[words[noun + 1].Start])))
            {
                continue;
            }

            var first = measure - 1;
            while (first > 0 && kinds[first - 1] == WordKind.Number && words[first - 1].End == words[first].Start)
            {
                first--;
            }

            if (!ranges.Contains((first, noun)))
            {
                ranges.Add((first, noun));
            }
        }
    }

    /// <summary>
    /// Marks a number and the letter of a unit written with the degree sign after it (0.87°C, 0.87 °C, 45 °F) as one
    /// word: the tokeniser drops the sign and keeps the letter as a word of its own, which no candidate may start with
    /// (C above, C的气温) nor leave out (temperature 0.87): the quantity is the number with its unit, on either side.
    /// </summary>
    private static void JoinDegreeUnits(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, Span<bool> joinedAfter)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (IsDegreeUnit(text, words, kinds, i))
            {
                kinds[i + 1] = WordKind.Number;
                joinedAfter[i] = true;
            }
        }
    }

    /// <summary>Whether word <paramref name="at"/> is a number and the next the letter of its unit in degrees (°C).</summary>
    private static bool IsDegreeUnit(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, int at) =>
        at + 1 < words.Count && kinds[at] == WordKind.Number && words[at + 1].End == words[at + 1].Start + 1 && char.IsAsciiLetterUpper(text[words[at + 1].Start])
        && text.AsSpan(words[at].End, words[at + 1].Start - words[at].End).Trim() is "°";

    /// <summary>
    /// The word ranges of the numbers with a unit in degrees (0.87°C ↔ 0.87 °C): a term of its own, as a share is,
    /// though a number alone is none.
    /// </summary>
    private static void AddDegrees(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> joinedAfter, bool chinese, List<(int First, int Last)> ranges)
    {
        for (var unit = 1; unit < words.Count; unit++)
        {
            if (!IsDegreeUnit(text, words, kinds, unit - 1))
            {
                continue;
            }

            var first = unit - 1;
            while (first > 0 && kinds[first - 1] == WordKind.Number && (joinedAfter[first - 1] || Joined(text, words[first - 1].End, words[first].Start, chinese)))
            {
                first--;
            }

            if (!ranges.Contains((first, unit)))
            {
                ranges.Add((first, unit));
            }
        }
    }

    /// <summary>The word ranges of the ranges of dates (see <see cref="DateRanges"/>) that start and end on words.</summary>
    private static void AddDateRanges(string text, IReadOnlyList<AnalyzedToken> words, bool chinese, List<(int First, int Last)> ranges)
    {
        foreach (var (start, end) in DateRanges.In(text, chinese))
        {
            var first = FirstAt(words, start);
            var last = FirstAt(words, end) - 1;
            if (first < words.Count && last >= first && words[first].Start == start && words[last].End == end && !ranges.Contains((first, last)))
            {
                ranges.Add((first, last));
            }
        }
    }

    /// <summary>
    /// Whether a year in brackets follows a word (resolution 2417 (2018), 第2417(2018)号决议, International Health
    /// Regulations (2005), 国际卫生条例（2005）): the year is part of the number or name it follows, which the United
    /// Nations cites with it, so the two are one candidate (and the word before may still end one: one language may
    /// leave the year out, WHA68.7号决议 ↔ resolution WHA68.7 (2015)).
    /// </summary>
    private static bool IsBracketedYear(string text, int end, AnalyzedToken year)
    {
        if (year.End - year.Start != 4 || year.End >= text.Length || text[year.End] is not (')' or '）') || end <= 0 || !char.IsLetterOrDigit(text[end - 1]))
        {
            return false;
        }

        var between = text.AsSpan(end, Math.Max(0, year.Start - end));
        return between is "(" or " (" or "（" && All(text.AsSpan(year.Start, 4), char.IsAsciiDigit);
    }

    /// <summary>
    /// Whether a year follows a capitalised word after a comma and ends the phrase there (Occupational Safety and Health
    /// Convention, 1981 (No. 155); Domestic Workers Convention, 2011): the year of an instrument's title, which English
    /// writes last and Chinese first (1981年职业安全和卫生公约), so the two are one candidate, and none ends before the year
    /// (marked in <paramref name="joinedAfter"/> at <paramref name="before"/>).
    /// </summary>
    private static bool JoinsTitleYear(string text, AnalyzedToken word, AnalyzedToken year, Span<bool> joinedAfter, int before)
    {
        if (year.End - year.Start != 4 || !char.IsAsciiLetterUpper(text[word.Start]) || text.AsSpan(word.End, year.Start - word.End) is not ", "
            || !All(text.AsSpan(year.Start, 4), char.IsAsciiDigit) || text[year.Start] is not ('1' or '2'))
        {
            return false;
        }

        var after = text.AsSpan(year.End);
        if (after.Length > 0 && (char.IsLetterOrDigit(after[0]) || (after[0] == ' ' && after.Length > 1 && !(after[1] is '(' or '['))))
        {
            return false;
        }

        joinedAfter[before] = true;
        return true;
    }

    /// <summary>
    /// Whether English word <paramref name="at"/> is a month beside the day or year of its date (in May 2025, 14 July):
    /// English writes a month with a capital by its spelling, not as a word of a name, so that the date after a name
    /// (the Health Assembly in | May 2025) is no piece of it.
    /// </summary>
    private static bool IsMonthOfADate(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, int at) =>
        ((at > 0 && kinds[at - 1] == WordKind.Number) || (at + 1 < words.Count && kinds[at + 1] == WordKind.Number))
        && EnglishNumberWords.Month(Surface(words[at], text).ToString()) > 0;

    /// <summary>
    /// Whether a list's separator stands alone between two words: 、 in Chinese, a comma and a space in English. Words
    /// either side of one belong to one candidate only where the term looked up is itself a list (原籍国、过境国和目的地国,
    /// countries of origin, transit and destination).
    /// </summary>
    private static bool IsListSeparator(string text, int end, int start, bool chinese) =>
        chinese
            ? start == end + 1 && text[end] == '、'
            : start >= end + 2 && text[end] == ',' && All(text.AsSpan(end + 1, start - end - 1), char.IsWhiteSpace);

    /// <summary>
    /// Marks the words of a quantity written in several words (one tenth, 45 per cent, 第三十二, 14 May) and of a number
    /// in Chinese numerals that the segmenter cut (三 | 十二) as joined inside one word, so that no candidate starts or
    /// ends inside it (tenth for 十分之一, 十二届会议 for 第三十二届会议); a month that is also a function word (May) is
    /// a content word where a number beside it makes it a month. An ordinal keeps the measure word after it
    /// (第四十二 | 届 | 会议): 大会第四十二 stops inside 第四十二届 as 十二届会议 would start inside 第四十二.
    /// </summary>
    private static void JoinQuantities(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, Span<bool> joinedAfter, bool chinese)
    {
        for (var i = 0; chinese && i + 1 < words.Count; i++)
        {
            joinedAfter[i] |= kinds[i] == WordKind.Number && kinds[i + 1] == WordKind.Number && words[i + 1].Start == words[i].End
                && !char.IsAsciiDigit(text[words[i + 1].Start]) && !EndsAFigure(text, words, i);
            joinedAfter[i] |= kinds[i] == WordKind.Number && IsMeasureWord(Surface(words[i + 1], text)) && words[i + 1].Start == words[i].End
                && IsOrdinal(text, words, kinds, i);
        }

        foreach (var quantity in chinese ? NumberReading.InChinese(text) : NumberReading.InEnglish(text))
        {
            for (var i = FirstAt(words, quantity.Start); i < words.Count && words[i].Start < quantity.End; i++)
            {
                joinedAfter[i] |= i + 1 < words.Count && words[i + 1].End <= quantity.End;
                if (quantity.Kind == NumberReading.Kind.Month && kinds[i] == WordKind.Function)
                {
                    kinds[i] = WordKind.Content;
                }
            }
        }
    }

    /// <summary>
    /// Whether Chinese word <paramref name="at"/> is the magnitude (万, 亿) of a figure written in digits (3700万, 2.81亿)
    /// and a numeral of another count follows (3700万 | 五岁以下儿童): Chinese writes a figure in digits or in numerals,
    /// not both, so what follows the magnitude starts a number of its own.
    /// </summary>
    private static bool EndsAFigure(string text, IReadOnlyList<AnalyzedToken> words, int at) =>
        at > 0 && Surface(words[at], text) is "万" or "亿" && words[at - 1].End == words[at].Start && char.IsAsciiDigit(text[words[at].Start - 1])
        && at + 1 < words.Count && !char.IsAsciiDigit(text[words[at + 1].Start]) && text[words[at + 1].Start] is not ('千' or '百' or '十');

    /// <summary>
    /// Marks the parts of a document symbol and of a range of numbers as joined inside one word, so that no candidate
    /// starts or ends inside them. A symbol writes capitals directly before a number (WHA68.7, A77/13, E/CN.3): it names
    /// a document or a target as a number does (resolution WHA68.7, WHA68.7号决议), where the tokeniser keeps it as one
    /// English word that holds no term and the Chinese segmenter cuts its letters off the number. A range writes a
    /// hyphen or a dash between two numbers (2026–2027, 2026-2027年): a name that holds one (Programme budget
    /// 2026–2027, 2026-2027年规划预算) holds all of it. An ordinal in digits (46th) is a number too. Latin words written inside a Chinese phrase (2025年GLASS报告,
    /// AWaRe分类) are words of it, as in the English, not characters that end a run.
    /// </summary>
    private static void JoinSymbolsAndRanges(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, Span<bool> joinedAfter, bool chinese)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var surface = Surface(words[i], text);
            if (!chinese && kinds[i] == WordKind.Ineligible && (IsSymbol(surface) || IsDigitOrdinal(surface)))
            {
                kinds[i] = WordKind.Number;
            }
            else if (chinese && kinds[i] == WordKind.Ineligible && surface.Length > 0 && All(surface, char.IsAsciiLetter))
            {
                if (i + 1 < words.Count && words[i + 1].Start == words[i].End && kinds[i + 1] == WordKind.Number && All(surface, char.IsAsciiLetterUpper))
                {
                    kinds[i] = WordKind.Number;
                    joinedAfter[i] = true;
                }
                else if (surface.Length > 1 && IsGluedToHan(text, words[i]))
                {
                    kinds[i] = WordKind.Content;
                }
            }

            if (i + 1 < words.Count && kinds[i] == WordKind.Number && kinds[i + 1] == WordKind.Number && IsNumberRange(text, words[i].End, words[i + 1].Start))
            {
                joinedAfter[i] = true;
            }

            JoinLetterCode(text, words, kinds, joinedAfter, chinese, i);

            if (i + 1 < words.Count && kinds[i] != WordKind.Ineligible && IsBracketedYear(text, words[i].End, words[i + 1]))
            {
                kinds[i + 1] = WordKind.Number;
            }
        }

        // Written inside the Chinese phrase, with no space or bracket between (2025年GLASS报告, 的AWaRe分类): a word in
        // brackets or apart (冰塔（ice stupa）) is a gloss for the reader, which the Chinese term does not hold.
        static bool IsGluedToHan(string text, AnalyzedToken word) =>
            (word.Start > 0 && Han.IsIdeograph(text[word.Start - 1])) || (word.End < text.Length && Han.IsIdeograph(text[word.End]));

        // An ordinal written in digits (46th meeting, 21st session), which the tokeniser keeps as one word.
        static bool IsDigitOrdinal(ReadOnlySpan<char> surface) =>
            surface.Length > 2 && char.IsAsciiDigit(surface[0]) && surface[^2..] is "st" or "nd" or "rd" or "th" && All(surface[..^2], char.IsAsciiDigit);

        static bool IsSymbol(ReadOnlySpan<char> surface) =>
            surface.Length > 1 && char.IsAsciiLetterUpper(surface[0]) && char.IsAsciiDigit(surface[^1])
            && All(surface, c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/');
    }

    /// <summary>
    /// Marks words that a noun phrase ends or runs through by what they are, not by the lists of function words: 日 after
    /// a word, not a number, is the day a name calls for (世界统计日, World Statistics Day), which may end a Chinese term
    /// as a date's 日 ends none; an English modal opens the predicate (civil society | can play, vaccine alone | could
    /// avert), so no candidate runs through it; and an English adverb in -ally may open a term (nationally determined
    /// contributions) but ends none (a gender perspective | systematically); the least or most of "at least", "at most"
    /// is a hedge on the number after it, which no candidate starts or ends with (at | least 46,000).
    /// </summary>
    private static void MarkPhraseEdges(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, bool chinese)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var surface = Surface(words[i], text);
            if (chinese && i > 0 && surface is "日" && kinds[i - 1] == WordKind.Content && words[i - 1].End == words[i].Start)
            {
                kinds[i] = WordKind.Suffix;
            }
            else if (chinese && SpecialBeforeANoun(text, words, kinds, i))
            {
                kinds[i] = WordKind.Prefix;
            }
            else if (!chinese && kinds[i] is WordKind.Function or WordKind.Content && (ModalLookup.Contains(surface) || SubordinatorLookup.Contains(surface)))
            {
                kinds[i] = WordKind.Ineligible;
            }
            else if (!chinese && kinds[i] == WordKind.Content && ParticleLookup.Contains(surface))
            {
                kinds[i] = WordKind.Function;
            }
            else if (!chinese && kinds[i] == WordKind.Function && (IsAcronymAmongWords(text, words, i) || (Acronyms.IsFunctionWordInCapitals(text, words, i) && !OpensALongerName(text, words, i))))
            {
                kinds[i] = WordKind.Content;
            }
            else if (!chinese && kinds[i] == WordKind.Content && surface.Length >= 6 && surface.EndsWith("ally", StringComparison.Ordinal))
            {
                kinds[i] = WordKind.Prefix;
            }
            else if (!chinese && i > 0 && kinds[i] == WordKind.Content && surface is "least" or "most" && Surface(words[i - 1], text) is "at" or "At")
            {
                kinds[i] = WordKind.Function;
            }
        }
    }

    /// <summary>
    /// Marks, in English, a word in -ed written right after a noun phrase's last word and right before what opens a
    /// verb's object or measure (a determiner or possessive, a number, an adverb in -ly, "by" before a number) as the
    /// past tense of the clause's verb, through which no candidate runs, as through a modal (11 of 15 boreholes | recorded |
    /// their highest temperature; cash transfers | reached | 410,000 households; Urumqi Glacier No. 1 | thinned | by 1.3
    /// metres; forecasts | predicted | successfully). Links cannot tell it: the verb translates a word of the pair, often
    /// one beside the term, and a candidate that takes it in aligns as well as one without. A participle that belongs to a term is followed by
    /// its phrase or by nothing (lessons learned from the plan, lessons learned by national statistical offices), and
    /// a word written with a hyphen against its neighbour (laboratory-confirmed) or with a capital is a word of a name.
    /// </summary>
    private static void MarkVerbsAfterNounPhrases(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds)
    {
        bool Spaced(int at) => words[at].End < words[at + 1].Start && text.AsSpan(words[at].End, words[at + 1].Start - words[at].End) is " ";
        for (var i = 1; i + 1 < words.Count; i++)
        {
            var surface = Surface(words[i], text);
            if (kinds[i] != WordKind.Content || surface.Length < 5 || !char.IsLower(surface[0]) || !surface.EndsWith("ed", StringComparison.Ordinal)
                || surface.EndsWith("eed", StringComparison.Ordinal) || kinds[i - 1] is not (WordKind.Content or WordKind.Number)
                || !Spaced(i - 1) || !Spaced(i))
            {
                continue;
            }

            var next = Surface(words[i + 1], text);
            if (DeterminerLookup.Contains(next) || kinds[i + 1] == WordKind.Number
                || (next.Length >= 5 && next.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(next[0]))
                || (next is "by" && i + 2 < words.Count && kinds[i + 2] == WordKind.Number))
            {
                kinds[i] = WordKind.Ineligible;
            }
        }
    }

    /// <summary>
    /// Marks, in English, a function word or a particle written with a hyphen against the word beside it (off-grid,
    /// in-kind, follow-up, up-to-date) as a word of that compound: the compound is one word, which a term may start or
    /// end with (off-grid solar systems, in-kind contributions), where a function word written apart may do neither.
    /// </summary>
    private static void JoinHyphenatedFunctionWords(IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, ReadOnlySpan<bool> hyphenAfter)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (kinds[i] == WordKind.Function && ((i > 0 && hyphenAfter[i - 1]) || hyphenAfter[i]))
            {
                kinds[i] = WordKind.Content;
            }
        }
    }

    /// <summary>
    /// Whether the English word after <paramref name="at"/> goes on with a name (WHO Model List) or joins another to it
    /// (WHO and the Drugs for Neglected Diseases initiative): an acronym there is its owner's, which the other
    /// language's name often leaves out, not a name alone.
    /// </summary>
    private static bool OpensALongerName(string text, IReadOnlyList<AnalyzedToken> words, int at) =>
        at + 1 < words.Count && Joined(text, words[at].End, words[at + 1].Start, chinese: false)
        && (char.IsUpper(text[words[at + 1].Start]) || Conjunctions.Is(Surface(words[at + 1], text), chinese: false));

    /// <summary>
    /// Whether English word <paramref name="at"/> is written in capitals alone in brackets (the World Health Organization
    /// (WHO)): an acronym given for the name before it, though it spells a function word (WHO, IT), a name, not the
    /// pronoun. Elsewhere it is one where the words beside it are not in capitals too, as a heading's are (WHO WE ARE),
    /// and it opens no longer name (see <see cref="OpensALongerName"/>).
    /// </summary>
    private static bool IsAcronymAmongWords(string text, IReadOnlyList<AnalyzedToken> words, int at)
    {
        var (start, end) = (words[at].Start, words[at].End);
        return end - start >= 2 && All(text.AsSpan(start, end - start), char.IsAsciiLetterUpper)
            && start > 0 && text[start - 1] == '(' && end < text.Length && text[end] == ')';
    }

    /// <summary>
    /// Marks the letters of a code that names a thing by a letter and a number, or by a letter alone, as parts of one
    /// number, which a name may start or end with but which is none alone: a grade (P-4, D-1, P-4职等 ↔ P-4 level), a
    /// section or an annex with its letter (29E, 第29E款 ↔ section 29E) and a building, a room or a plan named by one
    /// capital (E楼 ↔ E building, building H). The tokenisers cut the capital off the number at the hyphen or between
    /// letter and digit, and a lone capital was no word of a term, so the name lost its code and kept only its noun
    /// (level, 款, building). The capitals A and I stay words of their own in English, and a Chinese capital counts only
    /// written against a Han character or a number, not apart as a gloss.
    /// </summary>
    private static void JoinLetterCode(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, Span<bool> joinedAfter, bool chinese, int i)
    {
        var surface = Surface(words[i], text);
        if (kinds[i] != WordKind.Ineligible || surface.Length == 0)
        {
            return;
        }

        var next = i + 1 < words.Count ? words[i + 1] : default;
        var capitals = All(surface, char.IsAsciiLetterUpper);

        // P-4, D-1: capitals, one hyphen, digits.
        if (capitals && surface.Length <= 3 && i + 1 < words.Count && next.Start == words[i].End + 1 && text[words[i].End] is '-' or '‐' or '‑'
            && All(Surface(next, text), char.IsAsciiDigit))
        {
            kinds[i] = WordKind.Number;
            joinedAfter[i] = true;
            return;
        }

        // 29E: digits with one capital after them, one token in English, two in Chinese.
        if (surface.Length >= 2 && char.IsAsciiLetterUpper(surface[^1]) && All(surface[..^1], char.IsAsciiDigit))
        {
            kinds[i] = WordKind.Number;
            return;
        }

        if (capitals && surface.Length == 1)
        {
            var after = i > 0 && words[i - 1].End == words[i].Start && kinds[i - 1] == WordKind.Number && char.IsAsciiDigit(text[words[i - 1].End - 1]);
            if (after)
            {
                kinds[i] = WordKind.Number;
                joinedAfter[i - 1] = true;
            }
            else if (chinese ? IsGluedToHan(text, words[i]) : surface[0] is not ('A' or 'I'))
            {
                kinds[i] = WordKind.Number;
            }
        }

        static bool IsGluedToHan(string text, AnalyzedToken word) =>
            (word.Start > 0 && Han.IsIdeograph(text[word.Start - 1])) || (word.End < text.Length && Han.IsIdeograph(text[word.End]));
    }

    /// <summary>Whether a hyphen or a dash, alone, stands between two digits (2026–2027, 2026-2027年): a range, one word.</summary>
    private static bool IsNumberRange(string text, int end, int start) =>
        start == end + 1 && end > 0 && start < text.Length && text[end] is '-' or '‐' or '‑' or '–' && char.IsDigit(text[end - 1]) && char.IsDigit(text[start]);

    /// <summary>
    /// A Chinese word directly before the aspect particle 了 is a verb (粮食储备少 | 了 | 三成, 提交 | 了): a term is a noun
    /// phrase and ends with none, so in a lookup the word is a prefix, which may start a candidate but ends none and is
    /// none alone.
    /// </summary>
    private static void MarkVerbsBeforeParticle(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds, bool chinese)
    {
        for (var i = 0; chinese && i + 1 < words.Count; i++)
        {
            if (kinds[i] is WordKind.Content or WordKind.SingleCharacter && words[i + 1].Start == words[i].End && Surface(words[i + 1], text) is "了")
            {
                kinds[i] = WordKind.Prefix;
            }
        }
    }

    /// <summary>
    /// Whether a Chinese 特别 is the adjective "special" of a name (特别 | 报告员, 特别 | 代表, 特别 | 会议) rather than the
    /// adverb "especially" (特别 | 注重, 特别 | 是): joined to the word after it, which ends as a name does (员, 处,
    /// 局…, see ChineseNameEndCharacters) or as one of the nouns of people, bodies and meetings it makes titles of
    /// (代表, 会议, 委员会…). As an adverb it stands before a verb or an adjective and starts no term, so it stays a
    /// function word there; as the adjective it may start a candidate, but ends none.
    /// </summary>
    private static bool SpecialBeforeANoun(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, int i)
    {
        if (i + 1 >= words.Count || Surface(words[i], text) is not "特别" || words[i].End != words[i + 1].Start
            || kinds[i + 1] is not (WordKind.Content or WordKind.SingleCharacter))
        {
            return false;
        }

        // The segmenter may cut the noun's last character off (报告 | 员).
        var last = i + 2 < words.Count && words[i + 1].End == words[i + 2].Start && kinds[i + 2] == WordKind.SingleCharacter ? i + 2 : i + 1;
        var end = Surface(words[last], text)[^1];
        return ChineseNameEndCharacters.Contains(end, StringComparison.Ordinal) || SpecialNounEnds.Contains(end, StringComparison.Ordinal);
    }

    // The last characters of the nouns 特别 makes titles and bodies of, beside those that end a name (员, 处…):
    // 代表 (representative), 会议 / 大会 (session), 委员会, 顾问 (adviser), 法庭 (tribunal), 行政区, 提款权 (drawing rights), 程序 (procedures).
    private const string SpecialNounEnds = "表议会问庭区权序";

    /// <summary>
    /// Marks as grammatical a modal or ordinal prefix written right before a grammatical character (应 | 以 | 协商 |
    /// 一致, "shall by consensus"; 可 | 在): there it is a verb of the sentence, not the first character of a word the
    /// segmenter cut (可 | 持续, 应 | 计, 第 | 九), unless the two make a word the bundled lexicon knows (应 | 对, respond).
    /// No candidate starts with it then.
    /// </summary>
    private static void MarkModalsBeforeFunctionWords(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (kinds[i] == WordKind.Prefix && kinds[i + 1] == WordKind.Function && words[i].End == words[i + 1].Start
                && Lexicon.Bundled.Lookup(text[words[i].Start..words[i + 1].End]).Count == 0)
            {
                kinds[i] = WordKind.Function;
            }
        }
    }

    /// <summary>
    /// Marks as a prefix, which may start a candidate but ends none, a measure word that the bundled lexicon also
    /// glosses as a bound English prefix (次: sub-, infra-) where the segmenter leaves it alone directly before a word
    /// of two characters or more and no numeral ends the word directly before it: a measure word counts what follows a
    /// number (三次, 第二次), so without one it is the prefix of the word after it (次 | 区域, subregions; 次 | 季节,
    /// subseasonal), and a candidate without it leaves out what the English word starts with. Other boundary
    /// characters with a prefix gloss (过, too-; 后, post-) stand alone as a verb's particle or a postposition far
    /// more often (去过 | 湖南), and nothing in the text tells the two apart.
    /// </summary>
    private static void MarkBoundPrefixes(string text, IReadOnlyList<AnalyzedToken> words, Span<WordKind> kinds)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (kinds[i] == WordKind.Function && words[i].End - words[i].Start == 1 && ChineseMeasureCharacters.Contains(text[words[i].Start], StringComparison.Ordinal)
                && words[i + 1].Start == words[i].End && kinds[i + 1] == WordKind.Content && words[i + 1].End - words[i + 1].Start >= 2
                && !(i > 0 && words[i - 1].End == words[i].Start && (char.IsDigit(text[words[i].Start - 1]) || ChineseNumerals.Contains(text[words[i].Start - 1], StringComparison.Ordinal)))
                && GlossesABoundPrefix(text[words[i].Start]))
            {
                kinds[i] = WordKind.Prefix;
            }
        }
    }

    /// <summary>Whether the bundled lexicon glosses a character as a bound English prefix (sub-, post-): one lower-case word and a hyphen.</summary>
    private static bool GlossesABoundPrefix(char character) =>
        BoundPrefixes.GetOrAdd(character, c => Lexicon.Bundled.Lookup(c.ToString()).Any(g => g.Length > 2 && g[^1] == '-' && g[..^1].All(char.IsAsciiLetterLower)));

    private static readonly ConcurrentDictionary<char, bool> BoundPrefixes = new();

    /// <summary>
    /// Marks two words of two characters or more that the bundled lexicon knows as one word (基础 | 设施, infrastructure)
    /// as joined, so that no candidate starts or ends between them (设施项目 for 基础设施项目). Single characters are
    /// left alone: the lexicon joins one to its neighbour wherever the two happen to form a word (万人 of 3.2万人).
    /// </summary>
    private static void JoinLexiconWords(string text, IReadOnlyList<AnalyzedToken> words, Span<bool> joinedAfter)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (left, right) = (words[i], words[i + 1]);
            if (!joinedAfter[i] && left.End == right.Start && IsHanWord(text, left) && IsHanWord(text, right)
                && Lexicon.Bundled.Lookup(text[left.Start..right.End]).Count > 0)
            {
                joinedAfter[i] = true;
            }
        }

        static bool IsHanWord(string text, AnalyzedToken word) =>
            word.End - word.Start >= 2 && All(Surface(word, text), Han.IsIdeograph);
    }

    /// <summary>
    /// Whether English word <paramref name="at"/> is a determiner that opens a noun phrase of its own after a word
    /// that is not a preposition (commended | the Early Warnings for All, again | that early warning systems): a
    /// lookup's candidates run through a determiner only after a preposition (Conference of the Parties) or between
    /// two capitalised words of a name (Fund for Saving the Aral Sea). The index keeps its statistics as before.
    /// </summary>
    private static bool StartsANounPhrase(ShingleUse use, bool chinese, string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> capitalised, int at) =>
        use != ShingleUse.Index && !chinese && at > 0 && kinds[at - 1] != WordKind.Function
        && !(capitalised[at - 1] && at + 1 < words.Count && capitalised[at + 1])
        && DeterminerLookup.Contains(Surface(words[at], text));

    /// <summary>
    /// Whether English word <paramref name="at"/> directly follows a capitalised word, or a joining word after one
    /// (Warnings | for | All), with nothing but spaces between: a capital there is the name's, not the sentence's.
    /// </summary>
    private static bool ContinuesAName(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> capitalised, int at)
    {
        bool JoinedTo(int i) => Joined(text, words[i].End, words[i + 1].Start, chinese: false);
        if (!JoinedTo(at - 1))
        {
            return false;
        }

        return capitalised[at - 1]
            || (at >= 2 && kinds[at - 1] == WordKind.Function && NameJoiners.Contains(Surface(words[at - 1], text).ToString()) && capitalised[at - 2] && JoinedTo(at - 2));
    }

    /// <summary>The shingles of the run of term words from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    private static void AddRun(int start, int end, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> hyphenAfter, ReadOnlySpan<bool> datePart, ReadOnlySpan<bool> counted, ReadOnlySpan<bool> yearOf, int minimumWords, int maximumWords, ShingleUse use, bool chinese, NameWords names, List<(int, int)> ranges)
    {
        for (var first = start; first < end; first++)
        {
            if (kinds[first] is WordKind.Function or WordKind.Suffix || (first > 0 && hyphenAfter[first - 1]))
            {
                continue;
            }

            var size = 0;
            for (var last = first; last < end; last++)
            {
                // 1 000亿美元 is two words of a name, however many pieces the segmenter cut the amount into.
                size += use != ShingleUse.Index && last > first && kinds[last] == WordKind.Number && kinds[last - 1] == WordKind.Number ? 0 : 1;
                if (size > maximumWords)
                {
                    break;
                }

                if (last - first + 1 < minimumWords || hyphenAfter[last])
                {
                    continue;
                }

                // Chinese writes an amount's unit after it, joined (1 800元, 2 000亿美元), and an ordinal's 第 before it
                // (第64/292号决议): no candidate cuts them off.
                if (use != ShingleUse.Index && chinese && ((kinds[last] == WordKind.Number && last + 1 < end && (kinds[last + 1] != WordKind.Function || datePart[last + 1]) && !counted[last + 1])
                    || (kinds[first] == WordKind.Number && first > start && kinds[first - 1] == WordKind.Prefix)))
                {
                    continue;
                }

                // A piece of a name (the capitalised words go on past the candidate's capitalised edge) gives way to the
                // whole name where that is short enough to be a candidate; a longer one grows from its pieces. A single
                // word stays: "ferry" is the word of "The Last Ferry" too.
                if (last > first && IsPieceOfName(names, start, end, first, last, maximumWords))
                {
                    continue;
                }

                // A number joined after 年 or 月 is the next part of a date (2025年7月 | 7日第59/7号决议): none starts there.
                if (use != ShingleUse.Index && chinese && first > start && datePart[first - 1] && kinds[first] == WordKind.Number)
                {
                    break;
                }

                if (use != ShingleUse.Index && last > first && (kinds[last] == WordKind.SingleCharacter || datePart[last]) && IsNumber(kinds, first, last - 1))
                {
                    // An amount and its unit: 1 800元, 4 000米, 十五年. The measure word of what is counted (2.81亿 | 人, 495万
                    // | 例) goes with the thing counted, not the amount: the amount alone is the candidate where the term is
                    // an amount; where the term names what it counts (570 million people), the count with its measure is
                    // one too (5.7亿人), as the measure word is all Chinese writes of the counted noun.
                    if (!counted[last] || use == ShingleUse.Lookup)
                    {
                        ranges.Add((first, last));
                    }

                    continue;
                }

                if (use != ShingleUse.Index && chinese && last + 1 < end && counted[last + 1] && IsNumber(kinds, first, last))
                {
                    ranges.Add((first, last));
                    continue;
                }

                if (IsDate(kinds, datePart, first, last))
                {
                    ranges.Add((first, last));
                    continue;
                }

                if (use == ShingleUse.AmountLookup && IsNumber(kinds, first, last))
                {
                    ranges.Add((first, last));
                    continue;
                }

                // A single Chinese character is too ambiguous to be a term of its own, and a number names nothing alone.
                var single = first == last && kinds[first] is WordKind.SingleCharacter or WordKind.Number or WordKind.Prefix or WordKind.Suffix;
                if (!single && (kinds[last] is not (WordKind.Function or WordKind.Prefix) || EndsWithYears(kinds, datePart, first, last)) && (NumbersStandBesideWords(kinds, first, last) || IsDatedName(use, chinese, kinds, first, last) || EndsWithItsYear(chinese, kinds, yearOf, first, last)) && HoldsAWord(kinds, first, last))
                {
                    ranges.Add((first, last));
                }
            }
        }
    }

    /// <summary>The index of the first word that ends after character <paramref name="at"/>; the word count when none does.</summary>
    private static int FirstAt(IReadOnlyList<AnalyzedToken> words, int at)
    {
        var i = 0;
        while (i < words.Count && words[i].End <= at)
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// A Chinese date of two parts or more, each a number and its unit (3月11日, 2027年3月18日): marked only in lookups.
    /// </summary>
    private static bool IsDate(ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> datePart, int first, int last)
    {
        var parts = 0;
        for (var i = first; i <= last; i += 2)
        {
            if (i == last || kinds[i] != WordKind.Number || !datePart[i + 1])
            {
                return false;
            }

            parts++;
        }

        return parts >= 2;
    }

    /// <summary>
    /// A Chinese name that ends with a number and the date part after it, after a word (冰冻圈科学行动十年, Decade of
    /// Action for Cryospheric Sciences): a date part ends no term, but inside a name it belongs to the number.
    /// </summary>
    private static bool EndsWithYears(ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> datePart, int first, int last) =>
        datePart[last] && last - 1 > first && kinds[last - 1] == WordKind.Number && kinds[last - 2] is WordKind.Content or WordKind.SingleCharacter;

    /// <summary>
    /// An English period or plan that ends with the year it is of or for (end of 2028, first quarter of 2027, Programme
    /// and Budget for 2026–27; 2028年底, 2027年第一季度, 2026-2027年方案和预算): English writes the year last, behind a
    /// preposition, where Chinese writes it first, and the name holds it (see <c>MarkYearsOfPeriods</c>). It starts
    /// with a word, not a number.
    /// </summary>
    private static bool EndsWithItsYear(bool chinese, ReadOnlySpan<WordKind> kinds, ReadOnlySpan<bool> yearOf, int first, int last) =>
        !chinese && yearOf[last] && kinds[first] != WordKind.Number;

    /// <summary>
    /// A Chinese name that starts with a number and its unit (2030年议程, 21世纪议程): the unit is a word that no term
    /// starts or ends with, but inside a name it belongs to the number.
    /// </summary>
    private static bool IsDatedName(ShingleUse use, bool chinese, ReadOnlySpan<WordKind> kinds, int first, int last)
    {
        var unit = first;
        while (unit <= last && kinds[unit] == WordKind.Number)
        {
            unit++;
        }

        return use != ShingleUse.Index && chinese && unit > first && unit < last && kinds[unit] == WordKind.Function
            && kinds[unit + 1] is WordKind.Content or WordKind.SingleCharacter or WordKind.Prefix;
    }

    private static bool IsPieceOfName(NameWords names, int start, int end, int first, int last, int maximumWords)
    {
        var (wholeFirst, wholeLast) = (first, last);
        while (names.Continues(wholeFirst, -1, start, end) is { } before)
        {
            wholeFirst = before;
        }

        while (names.Continues(wholeLast, +1, start, end) is { } after)
        {
            wholeLast = after;
        }

        // The head of a name that goes on through a joining word is a name of its own (Deputy Executive Director | of
        // UNEP, 14 May | in Nairobi): a title or a date is often followed by whose or where it is.
        var head = first == wholeFirst && last < wholeLast && !names.IsCapitalised(last + 1);

        // So is the tail after "of the" (Progress Declaration of the | International Migration Review Forum, Office of
        // the | United Nations High Commissioner for Refugees): the name that the whole is a part or an organ of.
        var tail = last == wholeLast && first > wholeFirst && names.IsOfThe(first - 1);
        return (wholeFirst, wholeLast) != (first, last) && wholeLast - wholeFirst < maximumWords && !head && !tail;
    }

    /// <summary>The capitalised words of a text and the lower-case words that join them into a name.</summary>
    private readonly ref struct NameWords(ReadOnlySpan<bool> capitalised, ReadOnlySpan<bool> joins, ReadOnlySpan<bool> ofs)
    {
        private readonly ReadOnlySpan<bool> capitalised = capitalised;
        private readonly ReadOnlySpan<bool> joins = joins;
        private readonly ReadOnlySpan<bool> ofs = ofs;

        public bool IsCapitalised(int at) => capitalised[at];

        /// <summary>Whether word <paramref name="at"/> is the "the" of an "of the" that joins a name's words.</summary>
        public bool IsOfThe(int at) => at >= 0 && ofs[at];

        /// <summary>
        /// The next capitalised word of the name that capitalised word <paramref name="at"/> belongs to, in
        /// <paramref name="direction"/>, across at most two joining words; none where the name ends.
        /// </summary>
        public int? Continues(int at, int direction, int start, int end)
        {
            if (!capitalised[at])
            {
                return null;
            }

            for (int next = at + direction, joined = 0; next >= start && next < end && joined <= 2; next += direction, joined++)
            {
                if (capitalised[next])
                {
                    return next;
                }

                if (!joins[next])
                {
                    return null;
                }
            }

            return null;
        }
    }

    private static bool IsNumber(ReadOnlySpan<WordKind> kinds, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (kinds[i] != WordKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a number at either end of a term stands directly beside a word of the name it belongs to (Agenda 21,
    /// 21世纪议程), not beside a date part or a function word (2021 年 4).
    /// </summary>
    /// <summary>Whether a term holds a word of two characters or more, or two single characters: a number with a single character (十多) is none.</summary>
    private static bool HoldsAWord(ReadOnlySpan<WordKind> kinds, int first, int last)
    {
        var singles = 0;
        for (var i = first; i <= last; i++)
        {
            if (kinds[i] == WordKind.Content || (kinds[i] is WordKind.SingleCharacter or WordKind.Prefix or WordKind.Suffix && ++singles >= 2))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHyphen(ReadOnlySpan<char> between) => between is ['-' or '‐' or '‑'];

    /// <summary>
    /// Whether a hyphen or a middle dot between two Han characters joins the parts of one Chinese name (科学-政策对话平台,
    /// 澜沧江-湄公河合作机制, 措·罗尔帕冰湖), as a hyphen joins English words: the name is one term, and no term starts or
    /// ends inside it. Between digits a hyphen is a range (2015-2030年), which it leaves apart.
    /// </summary>
    private static bool JoinsChineseName(string text, int end, int start) =>
        start == end + 1 && end > 0 && start < text.Length && text[end] is '-' or '‐' or '‑' or '·' or '・' or '‧'
        && Han.IsIdeograph(text[end - 1]) && Han.IsIdeograph(text[start]);

    /// <summary>
    /// Whether the apostrophe of a plural possessive stands between two English words (Glaciers' Preservation, water
    /// users' association): the words belong to one name, as a possessive in the singular keeps them in one token.
    /// </summary>
    private static bool IsPluralPossessive(string text, int end, int start) =>
        start >= end + 2 && end > 0 && text[end] is '\'' or '’' && text[end - 1] is 's' or 'S'
        && All(text.AsSpan(end + 1, start - end - 1), char.IsWhiteSpace);

    private static bool NumbersStandBesideWords(ReadOnlySpan<WordKind> kinds, int first, int last)
    {
        static bool Word(WordKind kind) => kind is WordKind.Content or WordKind.SingleCharacter or WordKind.Prefix;

        // A number may be written in several words (5 200万, 114.07 | 亿): the word that matters is the first after it.
        var afterStart = first;
        while (afterStart <= last && kinds[afterStart] == WordKind.Number)
        {
            afterStart++;
        }

        var beforeEnd = last;
        while (beforeEnd >= first && kinds[beforeEnd] == WordKind.Number)
        {
            beforeEnd--;
        }

        var starts = afterStart > first;
        var ends = beforeEnd < last;
        return afterStart <= last && !(starts && ends) && (!starts || Word(kinds[afterStart])) && (!ends || Word(kinds[beforeEnd]));
    }

    private static WordKind Classify(ReadOnlySpan<char> surface, bool chinese) =>
        IsNumber(surface, chinese) ? WordKind.Number
            : !Eligible(surface, chinese) ? WordKind.Ineligible
            : IsFunctionWord(surface, chinese) ? WordKind.Function
            : chinese && surface.Length == 1 && ChinesePrefixCharacters.Contains(surface[0], StringComparison.Ordinal) ? WordKind.Prefix
            : chinese && surface.Length == 1 && ChineseSuffixCharacters.Contains(surface[0], StringComparison.Ordinal) ? WordKind.Suffix
            : chinese && surface.Length < 2 ? WordKind.SingleCharacter
            : WordKind.Content;

    private static bool Eligible(AnalyzedToken token, string text, bool chinese) =>
        Eligible(Surface(token, text), chinese) || IsNumber(Surface(token, text), chinese);

    /// <summary>
    /// A number written in digits (21, 11,407, 114.07, 64/292) or, in Chinese, in numerals (六十, 十一): part of a name
    /// (Agenda 21, 21世纪议程, 十一米) but never a term alone.
    /// </summary>
    private static bool IsNumber(ReadOnlySpan<char> surface, bool chinese) =>
        surface.Length > 0 && char.IsDigit(surface[0]) && char.IsDigit(surface[^1]) && All(surface, c => char.IsDigit(c) || c is '.' or ',' or '/')
        || (chinese && All(surface, c => ChineseNumerals.Contains(c, StringComparison.Ordinal)) && surface.Length > 0);

    private const string ChineseNumerals = "〇零一二三四五六七八九十百千万亿两";

    private static bool Eligible(ReadOnlySpan<char> surface, bool chinese) =>
        chinese ? surface.Length > 0 && All(surface, Han.IsIdeograph) : (surface.Length > 1 && All(surface, char.IsLetter)) || IsInitialism(surface);

    /// <summary>
    /// Whether an English word is an initialism written with dots, as the tokeniser keeps it (U.S, U.K, E.U; the last
    /// dot is the sentence's or the word's, and falls away): capitals each followed by a dot but the last, one word of a
    /// name (U.S. Geological Survey). Lower-case ones (e.g, a.m) are abbreviations, no part of a term.
    /// </summary>
    private static bool IsInitialism(ReadOnlySpan<char> surface)
    {
        if (surface.Length < 3 || surface.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < surface.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsAsciiLetterUpper(surface[i]) : surface[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether number word <paramref name="at"/> ends an ordinal: 第 and numbers, written together.</summary>
    private static bool IsOrdinal(string text, IReadOnlyList<AnalyzedToken> words, ReadOnlySpan<WordKind> kinds, int at)
    {
        while (at > 0 && kinds[at - 1] == WordKind.Number && words[at].Start == words[at - 1].End)
        {
            at--;
        }

        return at > 0 && words[at].Start == words[at - 1].End && Surface(words[at - 1], text) is "第";
    }

    /// <summary>Where the word after an ordinal ending at <paramref name="end"/> starts: past the measure word it may take (第三十二届).</summary>
    public static int AfterMeasureWord(string text, int end) =>
        end < text.Length && IsMeasureWord(text.AsSpan(end, 1)) ? end + 1 : end;

    private static bool IsMeasureWord(ReadOnlySpan<char> surface) =>
        surface.Length == 1 && ChineseMeasureCharacters.Contains(surface[0], StringComparison.Ordinal);

    private static ReadOnlySpan<char> Surface(AnalyzedToken token, string text) => text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>
    /// Whether a single word, as the word field holds it, is a candidate term wherever it occurs: the term field holds
    /// only terms of two words or more, and single-word terms are counted in the word field.
    /// </summary>
    internal static bool IsSingleWordTerm(ReadOnlySpan<char> word, bool chinese) =>
        Classify(word, chinese) == WordKind.Content;

    /// <summary>
    /// Whether nothing but spaces (and, in English, a hyphen) stands between two words, a decimal point, thousands
    /// separator or slash between the digits of one number (114.07, 64/292), which the segmenter may cut, or what joins
    /// the parts of a name (see <see cref="JoinsChineseName"/>, <see cref="IsPluralPossessive"/>).
    /// </summary>
    private static bool Joined(string text, int end, int start, bool chinese)
    {
        if (chinese ? JoinsChineseName(text, end, start) : IsPluralPossessive(text, end, start))
        {
            return true;
        }

        if (start == end + 1 && end > 0 && start < text.Length && text[end] is '.' or ',' or '/' && char.IsDigit(text[end - 1]) && char.IsDigit(text[start]))
        {
            return true;
        }

        if (!chinese && end < start && text[end] == '.' && IsInitialism(text.AsSpan(WordStart(text, end), end - WordStart(text, end))))
        {
            // The initialism's own last dot (U.S. Geological Survey).
            end++;
        }

        foreach (var c in text.AsSpan(end, Math.Max(0, start - end)))
        {
            if (!char.IsWhiteSpace(c) && (chinese || c is not ('-' or '‐' or '‑')))
            {
                return false;
            }
        }

        return true;
    }

    private static int WordStart(string text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return start;
    }

    /// <summary>Whether a word may not start or end a term.</summary>
    internal static bool IsFunctionWord(AnalyzedToken token, string text, bool chinese) => IsFunctionWord(Surface(token, text), chinese);

    /// <summary>
    /// Whether a Chinese word is a single character that is a word of its own: neither a function word, a boundary
    /// character, a prefix, a suffix nor a numeral.
    /// </summary>
    internal static bool IsSingleCharacterWord(ReadOnlySpan<char> surface) => Classify(surface, chinese: true) == WordKind.SingleCharacter;

    /// <summary>Whether an English word is one that stands inside a name between its words (of, the: Conference of the Parties).</summary>
    internal static bool IsNameJoiner(AnalyzedToken token, string text) => NameJoiners.Contains(Surface(token, text).ToString());

    private static bool IsFunctionWord(ReadOnlySpan<char> surface, bool chinese)
    {
        return chinese
            ? (surface.Length == 1 && (FunctionWords.IsChineseFunctionCharacter(surface[0]) || ChineseBoundaryCharacters.Contains(surface[0], StringComparison.Ordinal)))
                || ChineseFunctionWordLookup.Contains(surface)
            : FunctionWords.IsEnglishFunctionWord(surface) || PossessiveLookup.Contains(surface);
    }

    /// <summary>Whether a word may start a term (<paramref name="atEnd"/> false) or end one (true).</summary>
    internal static bool MayEdge(AnalyzedToken token, string text, bool chinese, bool atEnd) =>
        Classify(Surface(token, text), chinese) switch
        {
            WordKind.Function or WordKind.Ineligible => false,
            WordKind.Prefix => !atEnd,
            WordKind.Suffix => atEnd,
            _ => true,
        };

    /// <summary>
    /// Whether the Chinese words <paramref name="first"/> to <paramref name="last"/> stop short of the name they belong
    /// to: single characters joined after them that are neither function words nor boundary characters and end the
    /// phrase (物流 | 园, 调查 | 局, 黑腹 | 滨 | 鹬), or one joined before a single character they start with: the
    /// segmenter cuts a name it does not know into its characters, and the characters at its end most often name what
    /// it is.
    /// </summary>
    internal static bool StopsShortOfAName(IReadOnlyList<AnalyzedToken> words, string text, int first, int last)
    {
        bool Single(int i) => Classify(Surface(words[i], text), chinese: true) == WordKind.SingleCharacter;
        bool JoinedAt(int i) => i + 1 < words.Count && Joined(text, words[i].End, words[i + 1].Start, chinese: true);

        // The characters after must end the phrase, as a name's last characters do; a verb of one character goes on to
        // its object (北侧 | 建 | 一个, where 北侧 is whole).
        var after = last;
        while (JoinedAt(after) && Single(after + 1))
        {
            after++;
        }

        var endsShort = after > last && !(JoinedAt(after) && Classify(Surface(words[after + 1], text), chinese: true) is WordKind.Content or WordKind.Prefix);
        return endsShort || (JoinedAt(last) && IsOneOf(last + 1, ChineseNameEndCharacters))
            || (first > 0 && JoinedAt(first - 1) && ((Single(first - 1) && Single(first)) || IsOneOf(first - 1, ChineseBoundPrefixCharacters)));

        bool IsOneOf(int i, string characters) => Surface(words[i], text) is [var c] && characters.Contains(c, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether English words ending with <paramref name="last"/> stop inside a capitalised name: the last is capitalised
    /// and so is a content word joined after it (Member | States, Palais des | Nations), or after one preposition that
    /// joins a name's words (Protocol against the Smuggling | of | Migrants, Rights of Persons | with | Disabilities).
    /// A name's words written with capitals belong together, as the characters of a Chinese name do (see
    /// <see cref="StopsShortOfAName"/>). Only the end counts: a capitalised word before a candidate is as often a
    /// longer name's qualifier that the term leaves out (the United Nations | Statistics Division for 统计司).
    /// </summary>
    internal static bool StopsInsideAnEnglishName(IReadOnlyList<AnalyzedToken> words, string text, int last)
    {
        bool Capitalised(int i) => char.IsUpper(text[words[i].Start]) && Classify(Surface(words[i], text), chinese: false) == WordKind.Content;
        bool JoinedAt(int i) => Joined(text, words[i].End, words[i + 1].Start, chinese: false);
        if (last + 1 >= words.Count || !Capitalised(last) || !JoinedAt(last))
        {
            return false;
        }

        return Capitalised(last + 1)
            || (last + 2 < words.Count && Surface(words[last + 1], text) is "with" or "against" or "of" or "for" or "on" && JoinedAt(last + 1) && Capitalised(last + 2));
    }

    /// <summary>Whether a word is a number: digits, Chinese numerals, or an English number word (two, thousand).</summary>
    internal static bool IsNumberWord(AnalyzedToken token, string text, bool chinese) =>
        Classify(Surface(token, text), chinese) == WordKind.Number || (!chinese && EnglishNumberWords.IsCardinalWord(token.Term));

    /// <summary>Whether a word names something: neither a function word, a boundary character, a prefix nor a number.</summary>
    internal static bool IsNamingWord(AnalyzedToken token, string text, bool chinese) =>
        Classify(Surface(token, text), chinese) is WordKind.Content or WordKind.SingleCharacter;

    /// <summary>Whether a word can be part of a term: Han characters in Chinese, letters in English.</summary>
    internal static bool IsTermWord(AnalyzedToken token, string text, bool chinese) => Eligible(token, text, chinese);

    /// <summary>Whether two words are adjacent in the sense of a term (nothing but spaces or a hyphen between them).</summary>
    internal static bool AreJoined(string text, AnalyzedToken left, AnalyzedToken right, bool chinese) => Joined(text, left.End, right.Start, chinese);

    /// <summary>The key of the words <paramref name="first"/> to <paramref name="last"/>, as the index stores it.</summary>
    internal static string KeyOf(IReadOnlyList<AnalyzedToken> words, int first, int last, bool chinese) =>
        new(new KeyBuffer().Write(words, first, last, chinese));

    /// <summary>
    /// Writes keys into one reused buffer, so that a key already seen can be looked up without a string of its own:
    /// a term lookup meets tens of thousands of shingles, most of them repeats.
    /// </summary>
    internal sealed class KeyBuffer
    {
        private char[] buffer = new char[64];

        /// <summary>The key of the words <paramref name="first"/> to <paramref name="last"/>, valid until the next call.</summary>
        public ReadOnlySpan<char> Write(IReadOnlyList<AnalyzedToken> words, int first, int last, bool chinese)
        {
            var length = 0;
            for (var i = first; i <= last; i++)
            {
                var term = words[i].Term;
                var needed = length + term.Length + 1;
                if (needed > buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
                }

                if (i > first && !chinese)
                {
                    buffer[length++] = ' ';
                }

                term.CopyTo(buffer.AsSpan(length));
                length += term.Length;
            }

            return buffer.AsSpan(0, length);
        }
    }

    /// <summary>What a word can be in a term.</summary>
    private enum WordKind : byte
    {
        /// <summary>Not a term word: it ends a run of them (punctuation, numbers, Latin in Chinese).</summary>
        Ineligible,

        /// <summary>A term word that may start or end a term.</summary>
        Content,

        /// <summary>A Chinese character of its own: it may start or end a longer term, but is none alone.</summary>
        SingleCharacter,

        /// <summary>A term word that joins terms but neither starts nor ends one.</summary>
        Function,

        /// <summary>A Chinese prefix (可, 应, 第): it may start a term but not end one, and is none alone.</summary>
        Prefix,

        /// <summary>A Chinese suffix (们): it may end a term but not start one, and is none alone.</summary>
        Suffix,

        /// <summary>A number: it may start or end a term (Agenda 21, 21世纪议程), but is none alone.</summary>
        Number,
    }

    private static bool All(ReadOnlySpan<char> span, Func<char, bool> test)
    {
        foreach (var c in span)
        {
            if (!test(c))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>What the shingles of a text are for, which decides how they treat numbers and names.</summary>
internal enum ShingleUse
{
    /// <summary>
    /// The term statistics of the index: every piece the segmenter cut a number into counts as a word, and a number
    /// alone is no shingle.
    /// </summary>
    Index,

    /// <summary>
    /// The candidate equivalents of a term: a number counts as one word however many pieces it was cut into
    /// (<c>1 000亿</c>), a Chinese amount keeps its unit (<c>1 800元</c>, never <c>补贴1 800</c>), and an English
    /// candidate neither starts nor ends inside a run of capitalised words (<c>African Continental Free Trade Area</c>).
    /// </summary>
    Lookup,

    /// <summary>As <see cref="Lookup"/>, and a number alone is a candidate too: the equivalents of an amount (<c>32,000</c> ↔ <c>3.2万</c>).</summary>
    AmountLookup,

    /// <summary>
    /// As <see cref="Lookup"/>, and a list's separator (、, a comma) joins the words either side: the equivalents of a
    /// term that is itself a list (<c>妇女、儿童、老年人和残疾人</c> ↔ <c>women, children, older persons and persons with
    /// disabilities</c>).
    /// </summary>
    ListLookup,
}
