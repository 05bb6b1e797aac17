using System.Runtime.CompilerServices;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Writing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Word-level alignment inside a memory's unit pairs: IBM Model 1 translation probabilities learned from the units in
/// both directions, each sentence pair's links raised where the bundled lexicon (<see cref="Lexicon.Bundled"/>) pairs
/// a Chinese word or phrase with an English gloss, where both sides write the same number or Latin name, or where the English writes in pinyin a name the Chinese writes in characters (<see cref="SpelledNames"/>). A phrase
/// seen once has no statistics of its own, but the words around it are explained by words the memory knows, which
/// leaves its equivalent to it (网络钓鱼 ↔ phishing, which the lexicon lacks, beside 恶意软件 ↔ malware). Learned
/// once per reader of a memory and kept while that reader is open; immutable and thread-safe once built.
/// </summary>
internal sealed class WordAlignment
{
    /// <summary>How many units at most the model learns from: an evenly spread sample of a larger memory.</summary>
    private const int TrainingUnits = 4000;

    private const int Iterations = 5;

    /// <summary>How much more likely a link the lexicon or an identical token vouches for is, in its pair.</summary>
    private const double LinkBoost = 20;

    private static readonly ConditionalWeakTable<IndexReader, WordAlignment> Learned = [];

    private readonly Model chineseToEnglish;
    private readonly Model englishToChinese;

    private WordAlignment(List<PairWords> pairs)
    {
        chineseToEnglish = Model.Train(pairs, chineseGenerates: false);
        englishToChinese = Model.Train(pairs, chineseGenerates: true);
    }

    /// <summary>The alignment learned from the memory <paramref name="reader"/> reads (Chinese and English sides).</summary>
    public static WordAlignment Of(IndexReader reader) => Learned.GetValue(reader, r => new WordAlignment(ReadTraining(r)));

    /// <summary>
    /// How well Chinese words and English words of one unit (given by their indices among the unit's words: every
    /// occurrence of a term, of a candidate) translate each other, from 0 to 1: the geometric mean of the share of
    /// the English words aligned into the Chinese ones and the share of the Chinese words aligned into the English. A piece of the equivalent loses the words it leaves out; a longer phrase
    /// holds words that belong elsewhere.
    /// </summary>
    public double Agreement(PairWords pair, IReadOnlySet<int> chinese, IReadOnlySet<int> english)
    {
        var links = pair.DerivedLinks();
        var englishIn = chineseToEnglish.ShareAlignedInto(pair, links, english, chinese, chineseGenerates: false);
        var chineseIn = englishToChinese.ShareAlignedInto(pair, links, chinese, english, chineseGenerates: true);
        return Math.Sqrt(englishIn * chineseIn) * LinksKept(pair, pair.EdgeLinks(), chinese, english);
    }

    /// <summary>
    /// The words of one side of a pair (indices among the unit's words) that a vouched-for link (lexicon, identical token,
    /// equal amount, a single character's gloss) ties to words of <paramref name="span"/> on the other side, with those words.
    /// </summary>
    public static Dictionary<int, HashSet<int>> VouchedInto(PairWords pair, IReadOnlySet<int> span, bool spanIsChinese)
    {
        var vouched = new Dictionary<int, HashSet<int>>();
        foreach (var (c, e) in pair.EdgeLinks())
        {
            var (inSpan, other) = spanIsChinese ? (pair.Chinese[c].Index, pair.English[e].Index) : (pair.English[e].Index, pair.Chinese[c].Index);
            if (span.Contains(inSpan))
            {
                if (!vouched.TryGetValue(other, out var words))
                {
                    vouched[other] = words = [];
                }

                words.Add(inSpan);
            }
        }

        return vouched;
    }

    /// <summary>
    /// The share of the words inside either span with a vouched-for link (lexicon, identical token, equal amount) that
    /// have one into the other span. It decides a span's edges where the learned probabilities cannot: in a pair seen
    /// once, every rare word is as likely as the next to translate the term, but a word of a run-on phrase ("turned"
    /// of walled off and turned into fish ponds) is vouched for by a word outside the term (成), and a word a piece
    /// leaves out (十年 of 冰冻圈科学行动十年) by a word outside the piece (Decade). 1 when no word is linked.
    /// </summary>
    private static double LinksKept(PairWords pair, HashSet<(int Chinese, int English)> links, IReadOnlySet<int> chinese, IReadOnlySet<int> english)
    {
        var (linked, kept) = (new HashSet<(bool, int)>(), new HashSet<(bool, int)>());
        foreach (var (c, e) in links)
        {
            var (inChinese, inEnglish) = (chinese.Contains(pair.Chinese[c].Index), english.Contains(pair.English[e].Index));
            if (inChinese)
            {
                linked.Add((true, c));
                if (inEnglish)
                {
                    kept.Add((true, c));
                }
            }

            if (inEnglish)
            {
                linked.Add((false, e));
                if (inChinese)
                {
                    kept.Add((false, e));
                }
            }
        }

        return linked.Count == 0 ? 1 : kept.Count / (double)linked.Count;
    }

    /// <summary>
    /// The word pairs both directions of the model agree on: a Chinese word of two characters or more and an English
    /// word each the likeliest translation of the other with probability at least <paramref name="threshold"/>, the
    /// Chinese word seen at least twice. The English word is as the memory keeps it (lower-cased, plural folded).
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> WordPairs(double threshold) =>
        chineseToEnglish.Best(threshold)
            .Where(p => p.Given.Length >= 2 && p.Given.All(Han.IsIdeograph) && p.Generated.All(char.IsLetter)
                && englishToChinese.Best(threshold).Contains((p.Generated, p.Given)))
            .Select(p => KeyValuePair.Create(p.Given, p.Generated));

    private static List<PairWords> ReadTraining(IndexReader reader)
    {
        var pairs = new List<PairWords>();
        var (zh, en) = (Language.Chinese.Code, Language.English.Code);
        var stride = Math.Max(1, (reader.MaxDoc + TrainingUnits - 1) / TrainingUnits);
        var bytes = new BytesRef();
        foreach (var context in reader.Leaves)
        {
            var leaf = context.AtomicReader;
            if (leaf.GetBinaryDocValues(IndexSchema.Text(zh)) is not { } zhTexts || leaf.GetBinaryDocValues(IndexSchema.WordMap(zh)) is not { } zhMaps
                || leaf.GetBinaryDocValues(IndexSchema.Text(en)) is not { } enTexts || leaf.GetBinaryDocValues(IndexSchema.WordMap(en)) is not { } enMaps)
            {
                continue;
            }

            var live = leaf.LiveDocs;
            for (var doc = 0; doc < leaf.MaxDoc; doc++)
            {
                if ((context.DocBase + doc) % stride != 0 || (live is not null && !live.Get(doc)))
                {
                    continue;
                }

                if (Read(zhTexts, zhMaps, doc, bytes) is { } chinese && Read(enTexts, enMaps, doc, bytes) is { } english)
                {
                    pairs.Add(PairWords.Of(chinese.Text, LocativeWords.Split(chinese.Text, chinese.Words), english.Text, english.Words));
                }
            }
        }

        return pairs;
    }

    private static (string Text, List<AnalyzedToken> Words)? Read(BinaryDocValues texts, BinaryDocValues maps, int doc, BytesRef bytes)
    {
        texts.Get(doc, bytes);
        if (bytes.Length == 0 || bytes.Length > 3 * AddOptions.DefaultMaxSegmentLength)
        {
            return null;
        }

        var text = bytes.Utf8ToString();
        maps.Get(doc, bytes);
        return (text, WordMap.Decode(text, bytes));
    }

    /// <summary>A unit pair's words as the model sees them: content words only, each with its index among all the unit's words.</summary>
    internal sealed class PairWords
    {
        private static readonly Dictionary<string, HashSet<string>> GlossWords = [];

        private static readonly Dictionary<string, List<HashSet<string>>> GlossPhraseWords = [];

        private static readonly Dictionary<string, List<string>> CompoundHeadWords = [];

        private static readonly Dictionary<string, List<string>> PrefixGlosses = [];

        private PairWords(string chinese, List<AnalyzedToken> chineseWords, string english, List<AnalyzedToken> englishWords)
        {
            ChineseText = chinese;
            Chinese = [.. chineseWords.Select((w, i) => (w, i)).Where(p => IsContent(p.w, chinese: true)).Select(p => (p.w.Term, p.i, p.w.Start, p.w.End))];
            var months = MonthsAmongFunctionWords(english);
            names = SpelledNames.In(chinese, english);
            var nameWords = names.Select(n => n.EnglishStart).ToHashSet();
            English = [.. englishWords.Select((w, i) => (w, i)).Where(p => IsContent(p.w, chinese: false) || months.Contains(p.w.Start) || nameWords.Contains(p.w.Start)
                || Acronyms.IsFunctionWordInCapitals(english, englishWords, p.i)).Select(p => (p.w.Term, p.i, p.w.Start, p.w.End))];
        }

        /// <summary>The words of names the pair writes in pinyin and in characters (He Peishan, 何佩珊: He is a name there).</summary>
        private readonly List<SpelledNames.Spelled> names;

        /// <summary>Where a month that is also a function word (May) stands as a month in <paramref name="english"/>: a date links its month.</summary>
        private static HashSet<int> MonthsAmongFunctionWords(string english) =>
            english.Contains("May", StringComparison.Ordinal)
                ? [.. NumberReading.InEnglish(english).Where(q => q.Kind == NumberReading.Kind.Month).Select(q => q.Start)]
                : [];

        public string ChineseText { get; }

        public List<(string Term, int Index, int Start, int End)> Chinese { get; }

        public List<(string Term, int Index, int Start, int End)> English { get; }

        public static PairWords Of(string chinese, List<AnalyzedToken> chineseWords, string english, List<AnalyzedToken> englishWords) =>
            new(chinese, chineseWords, english, englishWords) { EnglishText = english };

        public string EnglishText { get; private init; } = string.Empty;

        /// <summary>
        /// The pairs (Chinese content word, English content word) that the lexicon or an identical token vouches for:
        /// a lexicon entry found in the Chinese text links every word it covers to the words of its glosses found in
        /// the English (勒索软件 = 勒索 | 软件 ↔ ransomware).
        /// </summary>
        public HashSet<(int Chinese, int English)> Links() => links ??= FindLinks(derived: false).Links;

        private HashSet<(int Chinese, int English)>? links;

        /// <summary>
        /// <see cref="Links"/>, with a gloss also linking the words derived from its own (see <see cref="Matching"/>):
        /// they weigh a term's own pairs, but are too loose to teach the model.
        /// </summary>
        public HashSet<(int Chinese, int English)> DerivedLinks()
        {
            if (derivedLinks is null)
            {
                (derivedLinks, partlyLinked) = FindLinks(derived: true);
            }

            return derivedLinks;
        }

        private HashSet<(int Chinese, int English)>? derivedLinks;

        /// <summary>
        /// <see cref="Links"/>, and the links of single Chinese characters that the segmenter kept as words of their own
        /// (县 ↔ county, 池 ↔ ponds, 局 ↔ bureau), or that make up a word the lexicon does not know (北岸 by 北 ↔ north and
        /// 岸 ↔ bank): too ambiguous to teach the model, but where a span's edge falls, a character's gloss in the same
        /// pair says on which side its word stands. A word only some of whose characters link is partly linked. Built on
        /// <see cref="DerivedLinks"/>.
        /// </summary>
        public HashSet<(int Chinese, int English)> EdgeLinks()
        {
            if (edgeLinks is null)
            {
                var found = new HashSet<(int, int)>(DerivedLinks());
                var partly = partlyLinked!;
                var linked = found.Select(l => l.Item1).ToHashSet();
                var englishAt = EnglishAt();
                for (var i = 0; i < Chinese.Count; i++)
                {
                    var word = Chinese[i].Term;
                    if (word.All(Han.IsIdeograph) && (word.Length == 1 || !linked.Contains(i)))
                    {
                        var glossed = 0;
                        foreach (var character in word)
                        {
                            var links = Lexicon.Bundled.Lookup(character.ToString()) is { Count: > 0 } glosses
                                ? Gloss(character.ToString(), glosses).SelectMany(g => Matching(englishAt, g, derived: true)).Select(j => (i, j)).ToList()
                                : [];
                            found.UnionWith(links);
                            glossed += links.Count > 0 ? 1 : 0;
                        }

                        if (word.Length > 1 && glossed is > 0 && glossed < word.Length)
                        {
                            partly.Add(Chinese[i].Index);
                        }
                    }
                }

                edgeLinks = found;
            }

            return edgeLinks;
        }

        private HashSet<(int Chinese, int English)>? edgeLinks;

        /// <summary>
        /// The content words of one side (indices among the unit's words) that no link of <see cref="EdgeLinks"/> ties
        /// to any word of the other side: what the pair leaves unexplained.
        /// </summary>
        public HashSet<int> Unlinked(bool chinese)
        {
            ref var cached = ref chinese ? ref unlinkedChinese : ref unlinkedEnglish;
            if (cached is null)
            {
                var linked = EdgeLinks().Select(l => chinese ? l.Chinese : l.English).ToHashSet();
                var words = chinese ? Chinese : English;
                cached = [.. Enumerable.Range(0, words.Count).Where(i => !linked.Contains(i)).Select(i => words[i].Index)];
            }

            return cached;
        }

        private HashSet<int>? unlinkedChinese;
        private HashSet<int>? unlinkedEnglish;

        /// <summary>The content words of one side, as indices among the unit's words.</summary>
        public IEnumerable<int> Content(bool chinese) => (chinese ? Chinese : English).Select(w => w.Index);

        /// <summary>
        /// Where each English content word stands, by its term, by its root and (marked with <see cref="Stem"/>) by the
        /// stems its root starts with (see <see cref="Matching"/>).
        /// </summary>
        private Dictionary<string, List<int>> EnglishAt()
        {
            var englishAt = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var j = 0; j < English.Count; j++)
            {
                var root = Root(English[j].Term);
                foreach (var key in new[] { English[j].Term, root, Root(AmericanSpelling(English[j].Term)) }.Concat(Stems(root).Select(s => Stem + s)))
                {
                    if (!englishAt.TryGetValue(key, out var list))
                    {
                        englishAt[key] = list = [];
                    }

                    if (!list.Contains(j))
                    {
                        list.Add(j);
                    }
                }
            }

            return englishAt;
        }

        /// <summary>Marks a key of <see cref="EnglishAt"/> as a stem, not a word.</summary>
        private const char Stem = '\u0001';

        /// <summary>
        /// The shorter forms of a root that a word derived from it, or the root of one, may share with it: at least five
        /// letters and three fifths of it (execut of executiv, restor of restorat, develop of development), and the
        /// adjective's root of a noun in -bility (disabl of disability).
        /// </summary>
        private static IEnumerable<string> Stems(string root)
        {
            // A noun in -bility is made of an adjective in -ble (disability, disable; accessibility, accessible;
            // vulnerability, vulnerable), whose root ends in -bl: the noun's stems hold it, as a glossed adjective's root.
            if (root.Length > 7 && root.EndsWith("bility", StringComparison.Ordinal))
            {
                yield return root[..^5] + "l";
            }

            for (var length = root.Length - 1; length >= 5 && length * 5 >= root.Length * 3; length--)
            {
                yield return root[..length];
            }
        }

        /// <summary>
        /// The English content words a gloss word matches by root; with <paramref name="derived"/>, also where one's term
        /// or root is a stem of the other's (a gloss says execute, restore, develop, nation; the text executive,
        /// restoration, development, national). Derived words place a term's edges, but are too loose to teach the model.
        /// </summary>
        private static IEnumerable<int> Matching(Dictionary<string, List<int>> englishAt, string word, bool derived)
        {
            if (!derived)
            {
                return englishAt.GetValueOrDefault(Root(word)) ?? [];
            }

            IEnumerable<int> found = [];
            foreach (var form in new[] { word, Root(word) }.Distinct())
            {
                found = found.Concat(englishAt.GetValueOrDefault(form) ?? []).Concat(englishAt.GetValueOrDefault(Stem + form) ?? []);
                foreach (var stem in Stems(form))
                {
                    found = found.Concat(englishAt.GetValueOrDefault(stem) ?? []);
                }
            }

            return found.Distinct();
        }

        private (HashSet<(int Chinese, int English)> Links, HashSet<int> PartlyLinked) FindLinks(bool derived)
        {
            var links = new HashSet<(int, int)>();
            var whole = new HashSet<int>();
            var englishAt = EnglishAt();

            // A derived word (sustainable for a gloss's sustain) is a loose match: it explains no English word that a
            // gloss or token of the pair matches as it is (可持续 = sustainable beside 承载 = sustain, carry).
            var exactlyLinked = derived ? Links().Select(l => l.English).ToHashSet() : [];

            for (var i = 0; i < Chinese.Count; i++)
            {
                if (englishAt.TryGetValue(Chinese[i].Term, out var same))
                {
                    whole.Add(i);
                    foreach (var j in same)
                    {
                        links.Add((i, j));
                    }
                }
            }

            var amountLinks = new List<(int Chinese, int English)>();
            foreach (var (i, value) in Amounts(Chinese, ChineseText, chinese: true))
            {
                foreach (var (j, other) in Amounts(English, EnglishText, chinese: false))
                {
                    if (Math.Abs(value - other) <= 1e-9 * Math.Max(1, Math.Abs(value)))
                    {
                        whole.Add(i);
                        links.Add((i, j));
                        amountLinks.Add((i, j));
                    }
                }
            }

            links.UnionWith(CurrencyCodeLinks(amountLinks));

            // A share, fraction, rank or month written differently on each side (百分之四十五, 45 per cent; 3月, March)
            // links the words of both that write it.
            var englishQuantities = NumberReading.InEnglish(EnglishText).ToList();
            foreach (var chineseQuantity in englishQuantities.Count == 0 ? [] : NumberReading.InChinese(ChineseText))
            {
                foreach (var englishQuantity in englishQuantities.Where(chineseQuantity.Matches))
                {
                    var chineseWords = Enumerable.Range(0, Chinese.Count).Where(i => Chinese[i].Start < chineseQuantity.End && Chinese[i].End > chineseQuantity.Start).ToList();
                    whole.UnionWith(chineseWords);
                    foreach (var j in Enumerable.Range(0, English.Count).Where(j => English[j].Start < englishQuantity.End && English[j].End > englishQuantity.Start))
                    {
                        links.UnionWith(chineseWords.Select(i => (i, j)));
                    }

                    // What a rank counts is the word right after it on both sides (第三十二届会议, thirty-second session):
                    // the ordinal places its head noun where no gloss does (会议 glosses meeting, conference).
                    if (derived && chineseQuantity.Kind == NumberReading.Kind.Ordinal
                        && WordAt(Chinese, TermShingles.AfterMeasureWord(ChineseText, chineseQuantity.End)) is { } chineseHead
                        && WordAt(English, AfterSpaces(EnglishText, englishQuantity.End)) is { } englishHead)
                    {
                        links.Add((chineseHead, englishHead));
                    }
                }
            }

            var text = ChineseText;
            var wholeCharacters = new bool[text.Length];
            for (var start = 0; start < text.Length; start++)
            {
                foreach (var (length, span, glosses) in GlossedSpans(text, start, minLength: 2))
                {
                    var covered = Enumerable.Range(0, Chinese.Count).Where(i => Chinese[i].Start < start + length && Chinese[i].End > start).ToList();
                    foreach (var word in Gloss(span, glosses))
                    {
                        var own = Matching(englishAt, word, derived: false).ToHashSet();
                        foreach (var j in Matching(englishAt, word, derived).Where(j => own.Contains(j) || !exactlyLinked.Contains(j)))
                        {
                            foreach (var i in covered)
                            {
                                links.Add((i, j));
                            }
                        }
                    }

                    if (GlossPhrases(span, glosses).Any(phrase => phrase.All(w => Matching(englishAt, w, derived).Any()))
                        || CompoundHeads(span, glosses).Any(head => Matching(englishAt, head, derived).Any()))
                    {
                        for (var c = start; c < start + length; c++)
                        {
                            wholeCharacters[c] = true;
                        }
                    }
                }
            }

            // A bound prefix that the lexicon glosses on its own (过度 over-, 次 sub-, 多 multi-, 重新 re-, 非 non-) is
            // written in English as one word with what follows it (过度捕捞, overfished; 次区域, subregional): a gloss of
            // the characters after the prefix, joined to the prefix, links the English word it makes to both.
            for (var start = 0; start < text.Length; start++)
            {
                for (var prefixLength = 1; prefixLength <= 2 && start + prefixLength < text.Length; prefixLength++)
                {
                    var prefixes = Prefixes(text.Substring(start, prefixLength));
                    if (prefixes.Count == 0)
                    {
                        continue;
                    }

                    var after = start + prefixLength;
                    foreach (var (length, span, glosses) in GlossedSpans(text, after, minLength: 1))
                    {
                        var joined = prefixes.SelectMany(prefix => Gloss(span, glosses).Select(word => prefix + word))
                            .SelectMany(word => Matching(englishAt, word, derived)).ToHashSet();
                        if (joined.Count == 0)
                        {
                            continue;
                        }

                        foreach (var i in Enumerable.Range(0, Chinese.Count).Where(i => Chinese[i].Start < after + length && Chinese[i].End > start))
                        {
                            links.UnionWith(joined.Select(j => (i, j)));
                        }

                        for (var c = start; c < after + length; c++)
                        {
                            wholeCharacters[c] = true;
                        }
                    }
                }
            }

            // An acronym links the Chinese words whose lexicon entries, read one after another, spell it by the initials
            // of their glosses (粮农 "food and agriculture" and 组织 "organization" for FAO; 世卫, "World Health
            // Organization", for WHO): the Chinese short form of a body and the English acronym are both made from its
            // full name, which the pair need not write. Where it does, in brackets after the acronym's expansion, the
            // acronym stands for the Chinese short form in the brackets, and the expansion's words place the full name.
            // A loose link, as a derived word's is: it weighs a term's own pairs but teaches the model nothing.
            foreach (var (j, acronym) in AcronymsOf())
            {
                foreach (var (start, length) in SpansSpelling(text, acronym))
                {
                    var covered = Enumerable.Range(0, Chinese.Count).Where(i => Chinese[i].Start < start + length && Chinese[i].End > start).ToList();
                    if (covered.Count == 0 || Chinese[covered[0]].Start != start || Chinese[covered[^1]].End != start + length)
                    {
                        continue;
                    }

                    whole.UnionWith(covered);
                    links.UnionWith(covered.Select(i => (i, j)));
                    for (var c = start; c < start + length; c++)
                    {
                        wholeCharacters[c] = true;
                    }
                }
            }

            // A name written in pinyin links each of its words to the characters that spell it (Deming ↔ 德明).
            foreach (var name in names)
            {
                var chineseWords = Enumerable.Range(0, Chinese.Count).Where(i => Chinese[i].Start < name.ChineseEnd && Chinese[i].End > name.ChineseStart).ToList();
                foreach (var j in Enumerable.Range(0, English.Count).Where(j => English[j].Start < name.EnglishEnd && English[j].End > name.EnglishStart))
                {
                    links.UnionWith(chineseWords.Select(i => (i, j)));
                }

                for (var c = name.ChineseStart; c < name.ChineseEnd; c++)
                {
                    wholeCharacters[c] = true;
                }
            }

            // A lone character that no gloss places, joined after another, stands for the word of the pair that starts
            // with it where the English writes that word's translation once for each time the Chinese writes the word or
            // the character: Chinese shortens a word to its first character as the head of a compound (荞 of 苦荞 for
            // 荞麦, beside wild buckwheat and Tartary buckwheat).
            var placed = links.Select(l => l.Item1).ToHashSet();
            bool IsLone(int i) => Chinese[i].End - Chinese[i].Start == 1 && !placed.Contains(i) && TermShingles.IsSingleCharacterWord(text.AsSpan(Chinese[i].Start, 1));
            var wordsByFirst = Enumerable.Range(0, Chinese.Count).Where(k => Chinese[k].Term.Length >= 2).ToLookup(k => Chinese[k].Term[0]);
            for (var i = 0; i < Chinese.Count; i++)
            {
                var term = Chinese[i].Term;
                if (!wordsByFirst.Contains(term[0]) || !IsLone(i) || i == 0 || Chinese[i - 1].End != Chinese[i].Start || !TermShingles.IsSingleCharacterWord(text.AsSpan(Chinese[i - 1].Start, Chinese[i - 1].End - Chinese[i - 1].Start)))
                {
                    continue;
                }

                var lone = Enumerable.Range(0, Chinese.Count).Count(k => Chinese[k].Term == term && IsLone(k));
                foreach (var word in wordsByFirst[term[0]].GroupBy(k => Chinese[k].Term))
                {
                    var english = links.Where(l => word.Contains(l.Item1)).Select(l => l.Item2).ToHashSet();
                    if (english.Count == word.Count() + lone)
                    {
                        whole.Add(i);
                        links.UnionWith(english.Select(j => (i, j)));
                    }
                }
            }

            // A word is linked wholly when glosses found whole cover every character of it (交通局 is not, by 交通 alone).
            whole.UnionWith(Enumerable.Range(0, Chinese.Count).Where(i => Enumerable.Range(Chinese[i].Start, Chinese[i].End - Chinese[i].Start).All(c => wholeCharacters[c])));
            return (links, [.. links.Select(l => l.Item1).Where(i => !whole.Contains(i)).Select(i => Chinese[i].Index)]);
        }

        private HashSet<int>? partlyLinked;

        /// <summary>
        /// The links of a currency code to the amount it is written with: English writes an amount's currency as three
        /// capitals a space before the figure (EUR 4.7 million, CHF 12.8 million), Chinese as a word right after the
        /// amount (470万欧元, 1280万瑞士法郎). Where the two amounts are equal (<paramref name="amountLinks"/>) and a word
        /// of Han characters follows the Chinese one, the word of three capitals before the English one links the
        /// Chinese amount's words: the code is part of the amount, not a translation of the currency's name on its own
        /// (瑞士法郎 stays Swiss francs where the text writes it alone).
        /// </summary>
        private IEnumerable<(int Chinese, int English)> CurrencyCodeLinks(List<(int Chinese, int English)> amountLinks)
        {
            foreach (var english in amountLinks.Select(l => l.English).Distinct())
            {
                var code = english - 1;
                if (code < 0 || English[code].End + 1 != English[english].Start || EnglishText[English[code].End] != ' '
                    || EnglishText.AsSpan(English[code].Start, English[code].End - English[code].Start) is not { Length: 3 } letters
                    || letters.ContainsAnyExceptInRange('A', 'Z') || (code > 0 && English[code - 1].End == English[code].Start))
                {
                    continue;
                }

                var amount = amountLinks.Where(l => l.English == english).Select(l => l.Chinese).ToList();
                var amountEnd = amount.Max();
                if (amountEnd + 1 < Chinese.Count && Chinese[amountEnd + 1].Start == Chinese[amountEnd].End
                    && Chinese[amountEnd + 1].Term.Length >= 2 && Chinese[amountEnd + 1].Term.All(Han.IsIdeograph))
                {
                    foreach (var chinese in amount)
                    {
                        yield return (chinese, code);
                    }
                }
            }
        }

        /// <summary>The content word that starts at character <paramref name="start"/>, if one does.</summary>
        private static int? WordAt(List<(string Term, int Index, int Start, int End)> words, int start)
        {
            var at = words.FindIndex(w => w.Start == start);
            return at < 0 ? null : at;
        }

        private static int AfterSpaces(string text, int at)
        {
            while (at < text.Length && text[at] == ' ')
            {
                at++;
            }

            return at;
        }

        /// <summary>
        /// The Chinese content words (indices among the unit's words) that <see cref="EdgeLinks"/> ties to the English only
        /// through part of a gloss, or through glosses of part of its characters: 开幕式, "opening ceremony", beside
        /// "opening session" has its "opening" there but not its ceremony, and 交通局 has its 交通 in "transport" but
        /// not its 局, so something of it is left for the words beside to translate. A word whose characters glosses
        /// found whole cover, or that an identical token or amount links, is not partly linked.
        /// </summary>
        public HashSet<int> PartlyLinked()
        {
            EdgeLinks();
            return partlyLinked!;
        }

        /// <summary>
        /// The runs of Han characters from <paramref name="start"/>, <paramref name="minLength"/> to eight long, that the
        /// lexicon has an entry for, shortest first, with their glosses; the runs end at the first character that is not Han.
        /// </summary>
        private static IEnumerable<(int Length, string Span, IReadOnlyList<string> Glosses)> GlossedSpans(string text, int start, int minLength)
        {
            for (var length = minLength; length <= 8 && start + length <= text.Length; length++)
            {
                var span = text.Substring(start, length);
                if (!span.All(Han.IsIdeograph))
                {
                    yield break;
                }

                var glosses = Lexicon.Bundled.Lookup(span);
                if (glosses.Count > 0)
                {
                    yield return (length, span, glosses);
                }
            }
        }

        /// <summary>The English words written as acronyms (two to ten capitals), with their index among <see cref="English"/>.</summary>
        private IEnumerable<(int Index, string Acronym)> AcronymsOf()
        {
            for (var j = 0; j < English.Count; j++)
            {
                var surface = EnglishText[English[j].Start..English[j].End];
                if (Acronyms.IsAcronym(surface) && !Acronyms.TryExpand(surface, EnglishText, out _))
                {
                    yield return (j, surface);
                }
            }
        }

        /// <summary>
        /// The spans of Han characters (start, length) made of lexicon entries, one after another, whose glosses'
        /// initials (see <see cref="Acronyms.Initials"/>) spell <paramref name="acronym"/>, each entry giving one gloss's
        /// initials. At least one entry is a word of two characters or more, and an acronym of two letters is one entry's:
        /// single characters have so many glosses that a few of them spell almost any short run of letters.
        /// </summary>
        private static List<(int Start, int Length)> SpansSpelling(string text, string acronym)
        {
            var found = new List<(int, int)>();
            void Spell(int start, int at, int spelled, bool hasAWord, int entries)
            {
                if (spelled == acronym.Length)
                {
                    if (hasAWord && (acronym.Length > 2 || entries == 1))
                    {
                        found.Add((start, at - start));
                    }

                    return;
                }

                foreach (var (length, _, glosses) in GlossedSpans(text, at, minLength: 1))
                {
                    foreach (var initials in glosses.Select(Acronyms.Initials).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal))
                    {
                        if (acronym.AsSpan(spelled).StartsWith(initials, StringComparison.Ordinal))
                        {
                            Spell(start, at + length, spelled + initials.Length, hasAWord || length > 1, entries + 1);
                        }
                    }
                }
            }

            for (var start = 0; start < text.Length; start++)
            {
                if (Han.IsIdeograph(text[start]))
                {
                    Spell(start, start, 0, false, 0);
                }
            }

            return found;
        }

        /// <summary>
        /// The English prefixes that the lexicon gives as glosses of <paramref name="chinese"/>, without their hyphen
        /// (over, sub, multi, re, non): the glosses that are one word of lower-case letters ending in a hyphen.
        /// </summary>
        private static List<string> Prefixes(string chinese)
        {
            lock (PrefixGlosses)
            {
                if (!PrefixGlosses.TryGetValue(chinese, out var prefixes))
                {
                    prefixes = !chinese.All(Han.IsIdeograph) ? [] : [.. Lexicon.Bundled.Lookup(chinese)
                        .Where(g => g.Length > 2 && g[^1] == '-' && g[..^1].All(char.IsAsciiLetterLower))
                        .Select(g => g[..^1])
                        .Distinct(StringComparer.Ordinal)];
                    PrefixGlosses[chinese] = prefixes;
                }

                return prefixes;
            }
        }

        /// <summary>Each gloss of a lexicon entry as its English content words, analysed as <see cref="Gloss"/> does.</summary>
        private static List<HashSet<string>> GlossPhrases(string chinese, IReadOnlyList<string> glosses)
        {
            lock (GlossPhraseWords)
            {
                if (!GlossPhraseWords.TryGetValue(chinese, out var phrases))
                {
                    phrases = [.. glosses
                        .Select(g => AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), g)
                            .Where(w => !FunctionWords.IsEnglishFunctionWord(w.Term))
                            .Select(w => w.Term)
                            .ToHashSet(StringComparer.Ordinal))
                        .Where(p => p.Count > 0)];
                    GlossPhraseWords[chinese] = phrases;
                }

                return phrases;
            }
        }

        /// <summary>
        /// The heads of a lexicon entry's glosses that are English compound nouns of two words (electricity generator for
        /// 发电机), analysed as <see cref="Gloss"/> does. English names a thing by the head of its compound and leaves
        /// the modifier to the context as often as it writes it (two diesel generators), so a pair that writes the head
        /// translates the whole word; one that writes only the modifier (opening session for 开幕式, opening ceremony)
        /// leaves something of it for the words beside to translate.
        /// </summary>
        private static List<string> CompoundHeads(string chinese, IReadOnlyList<string> glosses)
        {
            lock (CompoundHeadWords)
            {
                if (!CompoundHeadWords.TryGetValue(chinese, out var heads))
                {
                    heads = [.. glosses
                        .Select(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        .Where(w => w.Length == 2 && w.All(x => x.All(char.IsAsciiLetterLower) && !FunctionWords.IsEnglishFunctionWord(x)))
                        .Select(w => AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), w[1]).Select(t => t.Term).FirstOrDefault())
                        .OfType<string>()
                        .Distinct(StringComparer.Ordinal)];
                    CompoundHeadWords[chinese] = heads;
                }

                return heads;
            }
        }

        /// <summary>The English content words of a lexicon entry's glosses, analysed as the memory analyses English.</summary>
        private static HashSet<string> Gloss(string chinese, IReadOnlyList<string> glosses)
        {
            lock (GlossWords)
            {
                if (!GlossWords.TryGetValue(chinese, out var words))
                {
                    words = [.. glosses.SelectMany(g => AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), g))
                        .Where(w => !FunctionWords.IsEnglishFunctionWord(w.Term))
                        .Select(w => w.Term)];

                    // English writes many compounds of two nouns as one word that a gloss writes as two (land mine,
                    // landmines; waste water, wastewater): the gloss says that word too.
                    foreach (var compound in glosses.Select(g => g.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        .Where(w => w.Length == 2 && w.All(x => x.Length > 2 && x.All(char.IsAsciiLetterLower) && !FunctionWords.IsEnglishFunctionWord(x))))
                    {
                        words.UnionWith(AnalyzedToken.Analyze(IndexSchema.Words(Language.English.Code), compound[0] + compound[1]).Select(t => t.Term));
                    }

                    GlossWords[chinese] = words;
                }

                return words;
            }
        }

        /// <summary>
        /// The numbers of one side with their values, a multiplier word after a number folded in (114.07 亿 = 11,407
        /// million = 11,407,000,000; 5 200 万 = 52 million): each is given for the number's word and the multiplier's, so
        /// that both sides' words of an amount link.
        /// </summary>
        private static IEnumerable<(int Index, double Value)> Amounts(List<(string Term, int Index, int Start, int End)> words, string text, bool chinese)
        {
            for (var i = 0; i < words.Count; i++)
            {
                if (!TryReadNumber(words, text, i, chinese, out var last, out var value))
                {
                    continue;
                }

                var multiplier = last + 1 < words.Count ? Multiplier(words[last + 1].Term, chinese) : 1;
                var amount = value * multiplier;
                for (var k = i; k <= last; k++)
                {
                    yield return (k, amount);
                }

                if (multiplier != 1)
                {
                    yield return (last + 1, amount);
                }

                i = last;
            }
        }

        /// <summary>
        /// The number that starts at word <paramref name="first"/>, up to word <paramref name="last"/>: digits (which the
        /// segmenter may cut at a decimal point or a space between thousands: 114 . 07, 5 200), Chinese numerals
        /// (八千六百四十, 三百, 两) or English number words (three hundred, forty-two, eleven).
        /// </summary>
        private static bool TryReadNumber(List<(string Term, int Index, int Start, int End)> words, string text, int first, bool chinese, out int last, out double value)
        {
            last = first;
            value = 0;
            if (words[first].Term.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
            {
                while (last + 1 < words.Count && words[last + 1].Start == words[last].End + 1 && text[words[last].End] is '.' or ',' or ' '
                    && words[last + 1].Term.All(char.IsAsciiDigit) && (text[words[last].End] != ' ' || words[last + 1].Term.Length == 3))
                {
                    last++;
                }

                var written = text[words[first].Start..words[last].End].Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
                return double.TryParse(written, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out value);
            }

            if (chinese)
            {
                if (!IsChineseNumeral(words[first].Term))
                {
                    return false;
                }

                // The segmenter cuts numerals into characters (八 | 千 | 六 | 百 | 四 | 十): they read as one number.
                while (last + 1 < words.Count && words[last + 1].Start == words[last].End && IsChineseNumeral(words[last + 1].Term, continuing: true))
                {
                    last++;
                }

                // Two neighbouring digits are a range, which NumberReading reads (四五千 is four or five thousand, not 5,000).
                var numerals = text[words[first].Start..words[last].End];
                value = NumberReading.InChinese(numerals).Any(q => q.Kind == NumberReading.Kind.Range) ? double.NaN : NumberReading.ChineseNumber(numerals);
                return true;
            }

            if (!EnglishNumberWords.IsCardinalWord(words[first].Term))
            {
                return false;
            }

            // Number words go on across spaces, hyphens and "and" (eight thousand six hundred and forty, forty-two).
            while (last + 1 < words.Count && EnglishNumberWords.IsCardinalWord(words[last + 1].Term)
                && text[words[last].End..words[last + 1].Start].Trim() is "" or "-" or "and")
            {
                last++;
            }

            // The words as the index keeps them (thousands as thousand), each a cardinal's.
            value = EnglishNumberWords.Cardinal(string.Join(' ', words[first..(last + 1)].Select(w => w.Term))) ?? 0;
            return true;
        }

        /// <summary>Whether a word is Chinese numerals; one that starts a number holds a digit or 十 (千 alone is no number).</summary>
        private static bool IsChineseNumeral(string word, bool continuing = false) =>
            word.Length > 0 && word.All(c => ChineseDigits.Contains(c, StringComparison.Ordinal) || c is '十' or '百' or '千' or '万' or '亿')
            && (continuing || word.Any(c => ChineseDigits.Contains(c, StringComparison.Ordinal) || c == '十'));

        private const string ChineseDigits = "〇零一二三四五六七八九两";

        private static double Multiplier(string word, bool chinese) => chinese
            ? word switch { "万" => 1e4, "亿" => 1e8, "万亿" => 1e12, "成" => 10, _ => 1 }
            : word switch { "thousand" => 1e3, "million" => 1e6, "billion" => 1e9, "trillion" => 1e12, _ => 1 };

        /// <summary>
        /// A word without its commonest inflectional ending, so that a gloss matches the text's form of it (expose,
        /// exposing; old, older; investigate, investigation): used for the lexicon's links only.
        /// </summary>
        /// <summary>
        /// A British spelling in its American form (labour → labor, organisation → organization, centre → center,
        /// defence → defense, programme → program): the United Nations and its agencies write the first, the bundled
        /// lexicon's glosses the second. A word that is no such spelling gains a key no gloss says.
        /// </summary>
        private static string AmericanSpelling(string word) =>
            word.Length > 5 && word.EndsWith("our", StringComparison.Ordinal) ? word[..^2] + "r"
            : word.Length > 5 && word.EndsWith("ours", StringComparison.Ordinal) ? word[..^3] + "rs"
            : word.Contains("isation", StringComparison.Ordinal) ? word.Replace("isation", "ization", StringComparison.Ordinal)
            : word.Length > 5 && word.EndsWith("tre", StringComparison.Ordinal) ? word[..^2] + "er"
            : word.Length > 5 && word.EndsWith("ence", StringComparison.Ordinal) && word[^5] is 'f' or 'c' ? word[..^2] + "se"
            : word.EndsWith("programme", StringComparison.Ordinal) ? word[..^2]
            : word;

        private static string Root(string word)
        {
            foreach (var ending in Endings)
            {
                if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return word[..^ending.Length];
                }
            }

            return word;
        }

        private static readonly string[] Endings = ["ions", "ion", "ing", "ed", "er", "ly", "es", "e", "s"];

        private static bool IsContent(AnalyzedToken word, bool chinese) =>
            word.Term.Length > 0 && (chinese
                ? !(word.Term.Length == 1 && FunctionWords.IsChineseFunctionCharacter(word.Term[0])) && word.Term.Any(char.IsLetterOrDigit)
                : !FunctionWords.IsEnglishFunctionWord(word.Term) && word.Term.Any(char.IsLetterOrDigit));
    }

    /// <summary>One direction of Model 1: the probability that a word of one side is generated by a word of the other.</summary>
    private sealed class Model
    {
        private const string Null = "\0";

        private readonly Dictionary<(string Given, string Generated), double> probabilities;
        private readonly Dictionary<string, double> seen;
        private HashSet<(string Given, string Generated)>? best;
        private double bestThreshold = double.NaN;

        private Model(Dictionary<(string, string), double> probabilities, Dictionary<string, double> seen) =>
            (this.probabilities, this.seen) = (probabilities, seen);

        /// <summary>Each given word seen at least twice with the word it most likely generates, when at least <paramref name="threshold"/> likely.</summary>
        public HashSet<(string Given, string Generated)> Best(double threshold)
        {
            lock (probabilities)
            {
                if (best is null || bestThreshold != threshold)
                {
                    best = [.. probabilities
                        .Where(p => p.Key.Given != Null && p.Value >= threshold && seen.GetValueOrDefault(p.Key.Given) >= 2)
                        .GroupBy(p => p.Key.Given, StringComparer.Ordinal)
                        .Select(g => g.MaxBy(p => p.Value).Key)];
                    bestThreshold = threshold;
                }

                return best;
            }
        }

        public static Model Train(List<PairWords> pairs, bool chineseGenerates)
        {
            var model = new Model([], []);
            for (var iteration = 0; iteration < Iterations; iteration++)
            {
                var counts = new Dictionary<(string, string), double>();
                var totals = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var pair in pairs)
                {
                    var links = pair.Links();
                    var (givens, generated) = chineseGenerates ? (pair.English, pair.Chinese) : (pair.Chinese, pair.English);
                    for (var j = 0; j < generated.Count; j++)
                    {
                        var weights = model.Posterior(pair, links, j, chineseGenerates, out var nullWeight);
                        var sum = weights.Sum() + nullWeight;
                        for (var i = 0; i < givens.Count; i++)
                        {
                            Add(counts, totals, givens[i].Term, generated[j].Term, weights[i] / sum);
                        }

                        Add(counts, totals, Null, generated[j].Term, nullWeight / sum);
                    }
                }

                model = new Model(counts.ToDictionary(c => c.Key, c => c.Value / totals[c.Key.Item1]), totals);
            }

            return model;
        }

        /// <summary>The share of <paramref name="generatedSpan"/>'s words that the model aligns to words inside <paramref name="givenSpan"/>.</summary>
        public double ShareAlignedInto(PairWords pair, HashSet<(int, int)> links, IReadOnlySet<int> generatedSpan, IReadOnlySet<int> givenSpan, bool chineseGenerates)
        {
            var (givens, generated) = chineseGenerates ? (pair.English, pair.Chinese) : (pair.Chinese, pair.English);
            double share = 0;
            var count = 0;
            for (var j = 0; j < generated.Count; j++)
            {
                if (!generatedSpan.Contains(generated[j].Index))
                {
                    continue;
                }

                count++;
                var weights = Posterior(pair, links, j, chineseGenerates, out var nullWeight);
                var sum = weights.Sum() + nullWeight;
                for (var i = 0; i < givens.Count; i++)
                {
                    if (givenSpan.Contains(givens[i].Index))
                    {
                        share += weights[i] / sum;
                    }
                }
            }

            return count == 0 ? 0 : share / count;
        }

        /// <summary>How strongly each given word, and the empty word, generates generated word <paramref name="j"/> in this pair (unnormalised).</summary>
        private double[] Posterior(PairWords pair, HashSet<(int, int)> links, int j, bool chineseGenerates, out double nullWeight)
        {
            var (givens, generated) = chineseGenerates ? (pair.English, pair.Chinese) : (pair.Chinese, pair.English);
            var weights = new double[givens.Count];
            var uniform = 1.0 / (givens.Count + 1);
            for (var i = 0; i < givens.Count; i++)
            {
                var linked = chineseGenerates ? links.Contains((j, i)) : links.Contains((i, j));
                var t = probabilities.Count == 0 ? uniform : probabilities.GetValueOrDefault((givens[i].Term, generated[j].Term), 1e-6);
                weights[i] = t * (linked ? LinkBoost : 1);
            }

            nullWeight = probabilities.Count == 0 ? uniform : probabilities.GetValueOrDefault((Null, generated[j].Term), 1e-6);
            return weights;
        }

        private static void Add(Dictionary<(string, string), double> counts, Dictionary<string, double> totals, string given, string generated, double weight)
        {
            counts[(given, generated)] = counts.GetValueOrDefault((given, generated)) + weight;
            totals[given] = totals.GetValueOrDefault(given) + weight;
        }
    }
}
