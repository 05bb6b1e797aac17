using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Alignment.Writing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Term-equivalent lookup. The units containing the term are found with the concordance's phrase query
/// (<see cref="TermUnits"/>); the other side of a sample of them is cut into candidate terms (<see cref="TermShingles"/>)
/// from the words the index kept for it (<see cref="WordMap"/>); each candidate's frequency
/// in the whole memory is one lookup in the term statistics; the association of term and candidate over units ranks
/// them. A candidate that never occurs outside a longer candidate ("legal assistance" inside "mutual legal
/// assistance"), or for a term seen in several units seldom does and the longer one fits the term better, is left out,
/// being only a piece of it.
/// </summary>
internal static partial class TermSearch
{
    /// <summary>How many of the most frequent candidates get scored.</summary>
    private const int ShortlistSize = 60;

    /// <summary>How many of the best candidates may grow into longer names.</summary>
    private const int Growing = 10;

    /// <summary>How many units a source term's growth looks at.</summary>
    private const int GrowthSample = 200;

    /// <summary>The longest name a candidate grows into, in words.</summary>
    private const int MaxGrownWords = 10;

    /// <summary>The share of a candidate's occurrences that must continue the same way for it to grow.</summary>
    private const double Coverage = 0.9;

    /// <summary>English letters per Chinese character in translation (the aligner's measured ratio).</summary>
    private const double HanToLetters = 3.1;

    /// <summary>
    /// Letters and the space after them per English word of a long name, few enough that a name of many short joining
    /// words (of, the, on) fits: the longest candidate of a rare Chinese term allows for them.
    /// </summary>
    private const double EnglishLettersPerWord = 3.5;

    /// <summary>
    /// Chinese words per English word of a long name, as many as the segmenter cuts a name it does not know into
    /// (种族主义、种族歧视、仇外心理和相关不容忍行为: ten words and more for seven English ones).
    /// </summary>
    private const double ChineseWordsPerEnglishWord = 1.5;

    /// <summary>
    /// How much a candidate's length, against the length the term predicts, weighs in the ranking: enough to order
    /// candidates that co-occur with the term exactly as often (in a small memory, every phrase of a term's two units
    /// does), too little to overturn a real difference in association.
    /// </summary>
    private const double LengthFitWeight = 0.05;

    /// <summary>A term in this many units or fewer is weighed by the evidence of its pairs, not by association alone.</summary>
    private const int RareUnits = 2;

    /// <summary>
    /// The longest candidate of a rare term, in words: a name seen once cannot grow by its repetitions
    /// (Tropical Forest Forever Facility), and its few units make longer candidates cheap.
    /// </summary>
    private const int RareTermWords = 8;

    /// <summary>The share of a piece's score a longer candidate needs to take its place (see <c>WithoutPieces</c>).</summary>
    private const double PieceScoreShare = 0.75;

    /// <summary>
    /// How much a candidate of a rare term loses when it stops short of the name it belongs to (see
    /// <see cref="TermShingles.StopsShortOfAName"/> and <see cref="TermShingles.StopsInsideAnEnglishName"/>): enough to
    /// put the whole name first where the pair's evidence rates both alike, too little to overturn a clear difference.
    /// </summary>
    private const double ShortOfANamePenalty = 0.1;

    /// <summary>Digits and Chinese numerals: a word that holds one is a count, often with its measure (十一届).</summary>
    private static readonly System.Buffers.SearchValues<char> NumberCharacters = System.Buffers.SearchValues.Create("0123456789〇零一二三四五六七八九十百千万亿两");

    /// <summary>The word alignment a candidate of a rare term needs before it counts as evidence.</summary>
    private const double EnoughAlignment = 0.5;

    public static TermEquivalents Run(IndexSearcher searcher, string term, Language language, Language target, TermLookupOptions options)
    {
        var none = new TermEquivalents(term, language, target, 0, []);
        if (!PhrasePattern.TryParse(SearchField(language.Code), term, out var pattern))
        {
            return none;
        }

        var units = TermUnits.Find(searcher, Containing(searcher, pattern, target.Code), options.SampleSize, options.CountLimit);
        if (units.Count == 0)
        {
            return none;
        }

        if (!language.IsChinese && Acronyms.SpellsAFunctionWord(term.Trim()))
        {
            units = WrittenInCapitals(searcher, units, term.Trim(), language);
            if (units.Count == 0)
            {
                return none;
            }
        }

        var sample = ReadSample(searcher, units.Sample, target.Code);
        var rare = units.Count <= RareUnits;
        var use = IsAmount(term) ? ShingleUse.AmountLookup : IsList(term, language) ? ShingleUse.ListLookup : ShingleUse.Lookup;
        var scale = units.Count / (double)Math.Max(sample.Count, 1);
        Dictionary<string, Candidate> collected = [];
        List<Candidate> Ranked(HashSet<int> leftOut)
        {
            var found = collected = WithoutPeriodsUnlessOne(Collect(sample, target, rare ? RareTermWordsFor(term, language) : TermShingles.MaxWords, use, leftOut), term, language, target);
            var alone = sample.Count(u => !leftOut.Contains(u.Doc));
            var shortlist = Shortlist(searcher, found, units.Count - (int)Math.Round((sample.Count - alone) * scale), alone, target, options, rare ? int.MaxValue : ShortlistSize);
            if (rare)
            {
                WeighPairEvidence(searcher, shortlist, units.Sample, term.Trim(), pattern, language, target);
                shortlist = WithoutRareTermMisfits(shortlist, new RareLookup(term, language, target));
            }
            else
            {
                shortlist = WithoutPieces(shortlist, term, language, target);
            }

            var ranking = Rank(shortlist, term, language, target).ToList();
            return rare ? WithTheWholeTitleFirst(ranking, target) : ranking;
        }

        var ranked = Ranked([]);
        // Only a longer candidate that holds the first could take its place once units are left out: without one, the
        // units' Chinese side is not read again.
        var inLongerNames = rare || !language.IsChinese || ranked is not [var first, ..] || !HasALongerCandidate(first, collected.Values.Concat(ranked), target)
            ? [] : InLongerNames(searcher, units.Sample, pattern, scale);
        var alone = sample.Count(u => !inLongerNames.Contains(u.Doc));
        if (inLongerNames.Count > 0 && ranked is [var piece, ..] && Ranked(inLongerNames) is [var whole, ..] withoutLongerNames
            && whole.Words > piece.Words && Contains(whole.Key, piece.Key, target) && whole.Units >= Coverage * alone)
        {
            // Units that translate a longer name as a whole may only show that a piece of the term's translation owes its
            // lead to them (developing, of small island developing States, for 发展中国家), and the whole must then be
            // what nearly every unit holding the term on its own holds. Otherwise the few units left make any phrase of
            // theirs look like the term's translation (网络犯罪问题 → draft comprehensive study, in two units of three),
            // and all the term's units count.
            ranked = withoutLongerNames;
        }

        ranked = WithTheSpelledNameFirst(ranked, term.Trim(), language);
        ranked = WithTheCodeAsWritten(ranked, sample, term);
        var best = ranked.Take(options.MaxCandidates).ToList();
        var stored = new StoredUnits(searcher);
        var candidates = best.Select(c => Describe(c, pattern, language, target, stored, options)).ToList();
        return new TermEquivalents(term, language, target, units.Count, candidates)
        {
            OccurrencesAreExact = units.CountIsExact,
            HasTooLittleEvidence = (rare && !best.Any(c => c.Bracketed || c.Alignment >= EnoughAlignment))
                || (best is [var top, ..] && EndIsUnknown(top, target)),
        };
    }

    /// <summary>
    /// The candidates without the ranges of dates (see <see cref="DateRanges"/>) unless the term is one: a period
    /// translates a period, and a date looked up where its side writes it as the end of one (30 October 2026, in "from
    /// 19 to 30 October 2026") has the whole period (2026年10月19日至30日) in that pair's other side, not its own
    /// translation.
    /// </summary>
    private static Dictionary<string, Candidate> WithoutPeriodsUnlessOne(Dictionary<string, Candidate> found, string term, Language language, Language target)
    {
        var given = term.Trim();
        if (DateRanges.In(given, language.IsChinese).Any(r => r.Start == 0 && r.End == given.Length))
        {
            return found;
        }

        foreach (var (key, candidate) in found)
        {
            if (candidate.Occurrences.Count > 0 && IsPeriod(candidate.Occurrences[0], target.IsChinese))
            {
                found.Remove(key);
            }
        }

        return found;

        // Most candidates join no two ends, and those are not read again (a frequent term has thousands).
        static bool IsPeriod(Occurrence o, bool chinese)
        {
            var (start, end) = (o.Unit.Words[o.First].Start, o.Unit.Words[o.Last].End);
            return DateRanges.MayJoin(o.Unit.Text.AsSpan(start, end - start), chinese)
                && DateRanges.In(o.Unit.Text[start..end], chinese).Any(r => r.Start == 0 && r.End == end - start);
        }
    }

    /// <summary>
    /// The units of an acronym that spells a function word (WHO) that write it in capitals: the index folds case, and
    /// the units that hold the pronoun say nothing of the name.
    /// </summary>
    private static TermUnits WrittenInCapitals(IndexSearcher searcher, TermUnits units, string acronym, Language language)
    {
        var kept = ReadSample(searcher, units.Sample, language.Code)
            .Where(u => u.Words.Select((_, i) => i).Any(i => u.Text.AsSpan(u.Words[i].Start, u.Words[i].End - u.Words[i].Start).SequenceEqual(acronym)
                && Acronyms.IsFunctionWordInCapitals(u.Text, u.Words, i)))
            .Select(u => u.Doc)
            .ToList();
        var count = units.CountIsExact ? kept.Count : (int)Math.Round(units.Count * kept.Count / (double)Math.Max(1, units.Sample.Count));
        return new TermUnits(kept, count, units.CountIsExact);
    }

    /// <summary>
    /// Whether the memory never shows where a Chinese candidate ends: in each of its units (two or more) it stops, or
    /// starts, at a lone character, where the segmenter cut a word it does not know into its characters, and the same
    /// lone character is joined to it there every time (陈 | 宝 | 根 for Chen, whose 根 is a measure word as well, so
    /// that no candidate ends with it). The candidate is then a cut through a name that no candidate holds whole, and
    /// its association, however high, says only that the name is there.
    /// </summary>
    private static bool EndIsUnknown(Candidate candidate, Language target)
    {
        if (!target.IsChinese || candidate.Units < 2)
        {
            return false;
        }

        bool RunsOn(int direction)
        {
            string? beside = null;
            foreach (var (unit, first, last) in candidate.Occurrences)
            {
                var (edge, next) = direction > 0 ? (last, last + 1) : (first, first - 1);
                if (next < 0 || next >= unit.Words.Count || !IsLoneCharacter(unit, edge, boundary: false) || !IsLoneCharacter(unit, next, boundary: true)
                    || !TermShingles.AreJoined(unit.Text, unit.Words[Math.Min(edge, next)], unit.Words[Math.Max(edge, next)], chinese: true))
                {
                    return false;
                }

                var word = unit.Words[next].Term;
                if ((beside ??= word) != word)
                {
                    return false;
                }
            }

            return true;
        }

        return RunsOn(+1) || RunsOn(-1);
    }

    /// <summary>
    /// Whether word <paramref name="at"/> is a single Han character that is no grammatical word (的, 在): a lone
    /// character of a word the segmenter does not know, or, where <paramref name="boundary"/>, also one that ends no
    /// term (a measure word, a localiser).
    /// </summary>
    private static bool IsLoneCharacter(SampleUnit unit, int at, bool boundary)
    {
        var surface = unit.Text.AsSpan(unit.Words[at].Start, unit.Words[at].End - unit.Words[at].Start);
        return boundary
            ? surface.Length == 1 && Han.IsIdeograph(surface[0]) && !FunctionWords.IsChineseFunctionCharacter(surface[0]) && !TermShingles.IsNumberWord(unit.Words[at], unit.Text, chinese: true)
            : TermShingles.IsSingleCharacterWord(surface);
    }

    /// <summary>
    /// Whether a candidate longer than <paramref name="piece"/> holds it and stands in enough units to replace it as the
    /// whole once the units of longer names are left out (see <see cref="InLongerNames"/>): a whole must stand in nine
    /// in ten of the units holding the term on its own, which are more than <see cref="RareUnits"/>. Where none of the
    /// candidates collected or ranked does, leaving units out changes nothing first, and the units' Chinese side need
    /// not be read again. (A whole that only the second ranking grows, from its fewer units, would be missed; of the
    /// lookups measured, none is.)
    /// </summary>
    private static bool HasALongerCandidate(Candidate piece, IEnumerable<Candidate> candidates, Language target) =>
        candidates.Any(c => c.Words > piece.Words && c.Units > RareUnits && Contains(c.Key, piece.Key, target));

    /// <summary>
    /// The ranking with the candidate that spells the whole term first, where the term is a name written in characters
    /// on one side and in pinyin on the other (韩立秋 ↔ Han Liqiu; see <see cref="SpelledNames"/>). A person's name is
    /// its full spelling, but a text names the person by the surname alone as often as not (the speaker label
    /// <c>Han:</c> of an interview whose Chinese writes <c>韩立秋：</c>), and the title before it joins it as often
    /// (主任韩立秋, "director Han Liqiu"): association then ranks the surname or the titled name above the name, though
    /// the spelling, letter by letter, says which the name is. It takes the first place with the first's score, so
    /// that ranks still follow the printed scores. Looked up by the characters, the surname alone keeps its place where
    /// the translator writes it in running text (a feature that calls 周海燕 Zhou throughout): it gives way only where
    /// most of its occurrences are a speaker label (<c>Han:</c>), a transcript's shorthand rather than a translation.
    /// </summary>
    private static List<Candidate> WithTheSpelledNameFirst(List<Candidate> ranked, string term, Language language)
    {
        if (ranked.Count < 2 || !IsSpellable(term, language))
        {
            return ranked;
        }

        var spelled = ranked.FindIndex(c => c.Forms()[0] is var form && (language.IsChinese ? SpellsWhole(term, form) : SpellsWhole(form, term)));
        if (spelled <= 0 || (language.IsChinese && !(Contains(ranked[spelled].Key, ranked[0].Key, Language.English) && MostlySpeakerLabels(ranked[0]))))
        {
            return ranked;
        }

        var name = ranked[spelled];
        name.Score = Math.Max(name.Score, ranked[0].Score);
        return [name, .. ranked.Where((_, i) => i != spelled)];
    }

    /// <summary>
    /// The ranking of a rare term with the whole title first where the first is a piece of it: Chinese writes the title
    /// of an instrument or a document between title marks (《公民及政治权利国际公约》), so a candidate that fills them is
    /// the title as the text names it, and a piece of it (公民及政治权利, whose words the pair's links explain as well)
    /// stops inside the name. The title takes the first place, with the first's score, where it scores at least
    /// <see cref="PieceScoreShare"/> of the piece and a link ties a word it adds to the term (国际 to International) or
    /// none to a word of the pair outside it: words tied only outside (2026年 of 《2026年全球粮食危机报告》, tied to the
    /// 2026 after Global Report on Food Crises) translate the text around the term, and the piece keeps its place.
    /// </summary>
    private static List<Candidate> WithTheWholeTitleFirst(List<Candidate> ranked, Language target)
    {
        if (!target.IsChinese || ranked is not [var piece, ..])
        {
            return ranked;
        }

        var title = ranked.FindIndex(c => c.Words > piece.Words && c.Score >= PieceScoreShare * piece.Score && Contains(c.Key, piece.Key, target)
            && c.Occurrences.Any(FillsTitleMarks) && AddedWords(c, piece, chinese: true) is var added && (added.Any(c.IsVouched) || added.All(w => !c.TiedElsewhere.Contains(w))));
        if (title <= 0)
        {
            return ranked;
        }

        var whole = ranked[title];
        whole.Score = Math.Max(whole.Score, piece.Score);
        return [whole, .. ranked.Where((_, i) => i != title)];
    }

    /// <summary>Whether a Chinese occurrence fills a pair of title marks (《公民及政治权利国际公约》).</summary>
    private static bool FillsTitleMarks(Occurrence o)
    {
        var (start, end) = (o.Unit.Words[o.First].Start, o.Unit.Words[o.Last].End);
        return start > 0 && end < o.Unit.Text.Length && o.Unit.Text[start - 1] == '《' && o.Unit.Text[end] == '》';
    }

    /// <summary>Whether most occurrences of a candidate open their text and end before a colon, as a speaker's label does (<c>Han: Yes, …</c>).</summary>
    private static bool MostlySpeakerLabels(Candidate candidate) =>
        2 * candidate.Occurrences.Count(o => o.First == 0 && o.Unit.Text.AsSpan(o.Unit.Words[o.Last].End).TrimStart() is [':' or '：', ..])
            > candidate.Occurrences.Count;

    /// <summary>Whether a term can be a name spelled in the other language: two to four Han characters, or one to three capitalised Latin words.</summary>
    private static bool IsSpellable(string term, Language language) =>
        language.IsChinese
            ? term.Length is >= 2 and <= 4 && term.All(Han.IsIdeograph)
            : term.Split(' ', '-') is { Length: >= 1 and <= 3 } words && words.All(w => w.Length > 1 && char.IsAsciiLetterUpper(w[0]) && w.Skip(1).All(char.IsAsciiLetterLower));

    /// <summary>Whether every character of <paramref name="chinese"/> and every letter of <paramref name="english"/> are the spelling of one another.</summary>
    private static bool SpellsWhole(string chinese, string english)
    {
        if (!IsSpellable(chinese, Language.Chinese) || !IsSpellable(english, Language.English))
        {
            return false;
        }

        var spelled = SpelledNames.In(chinese, english);
        var characters = new bool[chinese.Length];
        var letters = new bool[english.Length];
        foreach (var s in spelled)
        {
            Array.Fill(characters, true, s.ChineseStart, s.ChineseEnd - s.ChineseStart);
            Array.Fill(letters, true, s.EnglishStart, s.EnglishEnd - s.EnglishStart);
        }

        return characters.All(c => c) && english.Where((c, i) => char.IsLetter(c) && !letters[i]).Any() is false;
    }

    /// <summary>
    /// Every candidate term of the sample units' target side, with where it occurs. Of the units in
    /// <paramref name="inLongerNames"/>, which translate a longer name the term is part of, each candidate counts only
    /// how many hold it (<see cref="Candidate.InLongerNames"/>), and none starts there.
    /// </summary>
    private static Dictionary<string, Candidate> Collect(List<SampleUnit> sample, Language target, int maximumWords, ShingleUse use, HashSet<int> inLongerNames)
    {
        var chinese = target.IsChinese;
        var found = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var seen = found.GetAlternateLookup<ReadOnlySpan<char>>();
        var key = new TermShingles.KeyBuffer();
        var elsewhere = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var unit in sample.Where(u => inLongerNames.Contains(u.Doc)))
        {
            var keys = TermShingles.Ranges(target.Code, unit.Text, unit.Words, maximumWords: maximumWords, use: use)
                .Select(r => key.Write(unit.Words, r.First, r.Last, chinese).ToString())
                .ToHashSet(StringComparer.Ordinal);
            foreach (var k in keys)
            {
                elsewhere[k] = elsewhere.GetValueOrDefault(k) + 1;
            }
        }

        foreach (var unit in sample.Where(u => !inLongerNames.Contains(u.Doc)))
        {
            foreach (var (first, last) in TermShingles.Ranges(target.Code, unit.Text, unit.Words, maximumWords: maximumWords, use: use))
            {
                var written = key.Write(unit.Words, first, last, chinese);
                if (!seen.TryGetValue(written, out var candidate))
                {
                    var text = written.ToString();
                    found[text] = candidate = new Candidate(text);
                }

                candidate.Add(new Occurrence(unit, first, last));
            }
        }

        foreach (var (k, count) in elsewhere)
        {
            if (found.TryGetValue(k, out var candidate))
            {
                candidate.InLongerNames = count;
            }
        }

        return found;
    }

    /// <summary>
    /// The sample units in which every occurrence of a Chinese term stands inside a longer name, which they translate as
    /// a whole (小岛屿发展中国家, small island developing States, for 发展中国家): inside a longer word of the segmenter
    /// (发展 of 发展中国家), or after a word of two characters or more, joined to it, that stands before the term in two
    /// units of the sample or more, and there in at least half the units of the memory that hold that word (岛屿, before
    /// 发展中国家 in six units of seven; not 许多, "many", which goes with anything). Only a word before counts: a Chinese
    /// name puts what makes it another thing first, while a word after makes the term the modifier of a head whose
    /// translation keeps the term's (国家和国际 | 法律对策, national and international legal responses). A single
    /// character before the term is most often a verb or preposition (经默许程序), and English writes a name's words with
    /// capitals, so neither counts. Left empty unless more than <see cref="RareUnits"/> units hold the term on its own:
    /// in fewer, every phrase of their pairs co-occurs with it alike.
    /// </summary>
    private static HashSet<int> InLongerNames(IndexSearcher searcher, List<int> units, PhrasePattern pattern, double scale)
    {
        var neighbours = new List<(int Doc, List<List<string>> Occurrences)>();
        var unitsBeside = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in ReadSample(searcher, units, Language.Chinese.Code))
        {
            var words = source.Words;
            var occurrences = new List<List<string>>();
            foreach (var span in pattern.FindIn(source.Text))
            {
                var covered = WordsCovering(words, span.Start, span.Start + span.Length).ToList();
                if (covered.Count == 0)
                {
                    continue;
                }

                var (first, last) = (covered[0], covered[^1]);
                var beside = new List<string>();
                if (words[first].Start < span.Start || words[last].End > span.Start + span.Length)
                {
                    // The term is part of a longer word there (发展 of 发展中国家), which the unit translates.
                    beside.Add("=" + source.Text[words[first].Start..words[last].End]);
                }

                if (first > 0 && IsNameWordBefore(source, first - 1))
                {
                    beside.Add("<" + words[first - 1].Term);
                }

                occurrences.Add(beside);
            }

            if (occurrences.Count == 0)
            {
                continue;
            }

            neighbours.Add((source.Doc, occurrences));
            foreach (var k in occurrences.SelectMany(o => o).Distinct(StringComparer.Ordinal))
            {
                unitsBeside[k] = unitsBeside.GetValueOrDefault(k) + 1;
            }
        }

        var statistics = new TermFrequencies(searcher.IndexReader, Language.Chinese.Code);
        var names = unitsBeside
            .Where(n => n.Key[0] == '=' || (n.Value >= 2 && n.Value * scale * 2 >= statistics.Of(n.Key[1..], 1)))
            .Select(n => n.Key)
            .ToHashSet(StringComparer.Ordinal);
        var inNames = neighbours.Where(u => u.Occurrences.All(o => o.Any(names.Contains))).Select(u => u.Doc).ToHashSet();
        return neighbours.Count - inNames.Count > RareUnits ? inNames : [];
    }

    /// <summary>Whether the word at <paramref name="at"/> is joined to the next and a content word of two characters or more.</summary>
    private static bool IsNameWordBefore(SampleUnit unit, int at) =>
        TermShingles.AreJoined(unit.Text, unit.Words[at], unit.Words[at + 1], chinese: true)
        && TermShingles.IsSingleWordTerm(unit.Text.AsSpan(unit.Words[at].Start, unit.Words[at].End - unit.Words[at].Start), chinese: true);

    /// <summary>
    /// The most frequent candidates, scored by their association with the term, with the best of them grown into the
    /// longer names they belong to; a candidate that never occurs outside a longer one is left out.
    /// </summary>
    private static List<Candidate> Shortlist(IndexSearcher searcher, Dictionary<string, Candidate> found, int termUnits, int sampled, Language target, TermLookupOptions options, int size)
    {
        var chinese = target.IsChinese;
        var reader = searcher.IndexReader;
        var statistics = new TermFrequencies(reader, target.Code);
        var scale = termUnits / (double)Math.Max(sampled, 1);
        void Score(Candidate candidate)
        {
            candidate.CoOccurrences = candidate.Units * scale;
            // The units that translate a longer name the term is part of are not counted, on either side of the ratio.
            var frequency = Frequency(statistics, candidate, chinese);
            var leftOut = (int)Math.Round(candidate.InLongerNames * scale);
            candidate.Frequency = Math.Max(frequency - leftOut, (int)Math.Round(candidate.CoOccurrences));
            candidate.Association = candidate.Score = Association.Score(options.Association, candidate.CoOccurrences, termUnits, candidate.Frequency, reader.NumDocs);
            // What a display prints counts every unit, as a concordance of the two would.
            candidate.ShownCoOccurrences = (int)Math.Round(candidate.CoOccurrences) + leftOut;
            candidate.ShownFrequency = Math.Max(frequency, candidate.ShownCoOccurrences);
        }

        var shortlist = found.Values
            .OrderByDescending(c => c.Units)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(size)
            .ToList();
        shortlist.ForEach(Score);
        var grown = shortlist.OrderByDescending(c => c.Score).Take(Growing).Select(c => Grow(c, chinese)).Where(c => !shortlist.Contains(c)).ToList();
        grown.ForEach(Score);
        shortlist = [.. shortlist.Concat(grown).GroupBy(c => c.Key, StringComparer.Ordinal).Select(g => g.OrderByDescending(c => c.Units).First())];
        // In a term's few units, every phrase is inside a longer one as often as it occurs: only the evidence of the pairs
        // can show it is a piece.
        return termUnits <= RareUnits ? shortlist
            : [.. shortlist.Where(c => !shortlist.Any(longer => longer.Words > c.Words && longer.Units >= c.Units && Contains(longer.Key, c.Key, target)))];
    }

    /// <summary>
    /// For a term in a few units, where every phrase of its pairs co-occurs with it alike, adds what the pairs
    /// themselves say: how well each candidate and the term align word by word (<see cref="WordAlignment"/>), and
    /// whether both stand in brackets or quotes, as a translator glosses a new term (（“勒索软件”） ↔ ("ransomware")), or
    /// one side writes one in brackets right after the other. The score becomes the geometric mean of association and that evidence.
    /// </summary>
    private static void WeighPairEvidence(IndexSearcher searcher, List<Candidate> shortlist, List<int> units, string given, PhrasePattern pattern, Language language, Language target)
    {
        if (!language.IsChinese && !target.IsChinese)
        {
            return;
        }

        var alignment = WordAlignment.Of(searcher.IndexReader);
        var pairs = new Dictionary<int, TermInPair>();
        foreach (var source in ReadSample(searcher, units, language.Code))
        {
            var spans = pattern.FindIn(source.Text);
            pairs[source.Doc] = new TermInPair(
                source,
                [.. spans.SelectMany(s => WordsCovering(source.Words, s.Start, s.Start + s.Length))],
                spans.Any(s => IsBracketed(source.Text, s.Start, s.Start + s.Length)))
            {
                Written = [.. spans.Select(s => (s.Start + s.Length, source.Text.Substring(s.Start, s.Length)))],
            };
        }

        foreach (var candidate in shortlist)
        {
            double total = 0;
            foreach (var occurrences in candidate.Occurrences.GroupBy(o => o.Unit))
            {
                var unit = occurrences.Key;
                if (!pairs.TryGetValue(unit.Doc, out var term))
                {
                    continue;
                }

                var found = occurrences.SelectMany(o => Enumerable.Range(o.First, o.Last - o.First + 1)).ToHashSet();
                var pair = term.Words(unit, language.IsChinese);
                var unexplained = Unexplained(pair, unit, target.IsChinese);
                var termUnexplained = Unexplained(pair, term.Source, language.IsChinese);
                foreach (var i in found.Where(unexplained.Contains))
                {
                    candidate.Unexplained.Add(unit.Words[i].Term);
                }

                candidate.UnexplainedExcess = Math.Max(candidate.UnexplainedExcess, Words(unit.Words, found, unexplained) - Words(term.Source.Words, term.Span, termUnexplained));
                var (unexplainedAtStart, unexplainedAtEnd) = TermEdges.UnexplainedAtEdges(term.Source.Words, term.Source.Text, term.Span, termUnexplained, language.IsChinese);
                candidate.TermUnexplainedAtStart |= unexplainedAtStart;
                candidate.TermUnexplainedAtEnd |= unexplainedAtEnd;
                var vouched = WordAlignment.VouchedInto(pair, term.Span, language.IsChinese);
                candidate.StartsWithTheAmount |= StartsWithANumber(given) && occurrences.Any(o => vouched.TryGetValue(o.First, out var tied) && tied.Contains(term.Span.Min())
                    && TermShingles.IsNumberWord(unit.Words[o.First], unit.Text, target.IsChinese));
                var outside = term.TiedOutside(pair, language.IsChinese);
                foreach (var i in found.Where(i => outside.ContainsKey(i) && !vouched.ContainsKey(i)))
                {
                    candidate.TiedElsewhere.Add(unit.Words[i].Term);
                }

                candidate.StandsAlone |= occurrences.Any(o => StandsAlone(unit, o, target.IsChinese));

                var covered = new HashSet<int>();
                foreach (var i in found)
                {
                    if (vouched.TryGetValue(i, out var termWords))
                    {
                        candidate.Vouch(unit.Words[i].Term, termWords.Select(t => (unit.Doc, t)));
                        covered.UnionWith(termWords);
                    }
                }

                candidate.CoversTerm &= pair.Content(language.IsChinese).Where(term.Span.Contains).All(t => covered.Contains(t) && !termUnexplained.Contains(t));

                total += language.IsChinese ? alignment.Agreement(pair, term.Span, found) : alignment.Agreement(pair, found, term.Span);
                candidate.Bracketed |= term.Bracketed && occurrences.Any(o => IsBracketed(unit.Text, unit.Words[o.First].Start, unit.Words[o.Last].End)
                    && !IsAcronymOfBoth(o.Surface, term.Source.Text) && InTheSameBrackets(term, unit.Text, unit.Words[o.First].Start));
                // The term's side glossing the term with the candidate (“冰塔”（ice stupa））; an acronym there names the term instead.
                candidate.Bracketed |= occurrences.Any(o => !Acronyms.IsAcronym(o.Surface) && term.Written.Any(t => GlossFollows(term.Source.Text, t.End, o.Surface)));
            }

            candidate.Alignment = total / Math.Max(1, candidate.Units);
        }

        MarkGlossedByTheTerm(shortlist, pairs, given);
        foreach (var candidate in shortlist)
        {
            // Both must hold: a phrase found nowhere else has an association of 1 with a term seen once, whatever it says.
            candidate.Score = Math.Sqrt(candidate.Association * (candidate.Bracketed ? 1 : candidate.Alignment));
            var short_ = candidate.Occurrences.Count(o => target.IsChinese
                ? TermShingles.StopsShortOfAName(o.Unit.Words, o.Unit.Text, o.First, o.Last)
                : TermShingles.StopsInsideAnEnglishName(o.Unit.Words, o.Unit.Text, o.Last));
            candidate.Score *= 1 - (ShortOfANamePenalty * short_ / candidate.Occurrences.Count);
        }
    }

    /// <summary>
    /// Marks as bracketed the candidate that its side glosses with the term, in brackets right after it (永久热带森林基金”
    /// （Tropical Forest Forever Facility）, looked up by the English): of the candidates that end there, the longest that
    /// starts a phrase, at the start of the text or after punctuation, or with a word a link ties to the term. The pieces
    /// inside it end before the gloss too, but the gloss names the whole.
    /// </summary>
    private static void MarkGlossedByTheTerm(List<Candidate> shortlist, Dictionary<int, TermInPair> pairs, string given)
    {
        var longest = new Dictionary<(int Doc, int End), (Candidate Candidate, int First)>();
        foreach (var candidate in shortlist)
        {
            foreach (var o in candidate.Occurrences)
            {
                var (words, text, end) = (o.Unit.Words, o.Unit.Text, o.Unit.Words[o.Last].End);
                if (!pairs.TryGetValue(o.Unit.Doc, out var term)
                    || !(GlossFollows(text, end, given) || term.Written.Any(t => GlossFollows(text, end, t.Text))))
                {
                    continue;
                }

                var start = words[o.First].Start;
                var startsAPhrase = start == 0 || !char.IsLetterOrDigit(text[start - 1]) || candidate.IsVouched(words[o.First].Term);
                if (startsAPhrase && (!longest.TryGetValue((o.Unit.Doc, end), out var found) || o.First < found.First))
                {
                    longest[(o.Unit.Doc, end)] = (candidate, o.First);
                }
            }
        }

        foreach (var (candidate, _) in longest.Values)
        {
            candidate.Bracketed = true;
        }
    }

    /// <summary>
    /// The shortlist of a term seen in several units without the candidates that are mostly a piece of a longer one: a
    /// longer candidate that contains it, co-occurs with the term in at least two thirds of its units, scores at least
    /// <see cref="PieceScoreShare"/> of its score and fits the term's length better is the whole phrase the term
    /// translates as (renewable energy, not renewable; 早期预警系统, not 预警系统), though a variant translation leaves the
    /// piece on its own once. A longer candidate that overshoots the term's length runs on past it and does not count,
    /// unless what it adds is the lexicon's translation of a part of the term that the piece leaves out (bamboo pole,
    /// not pole, for 竹篙: 竹 is bamboo; see <see cref="TermGlosses"/>).
    /// </summary>
    private static List<Candidate> WithoutPieces(List<Candidate> shortlist, string term, Language language, Language target)
    {
        var expectedLength = ExpectedLength(term, language, target);
        return [.. shortlist.Where(c => !shortlist.Any(longer =>
            longer.Words > c.Words && longer.Units * 3 >= c.Units * 2 && longer.Score >= PieceScoreShare * c.Score
            && Contains(longer.Key, c.Key, target) && !AddsFunctionWord(longer.Key, c.Key, target)
            && (LengthMisfit(term, longer.Forms()[0], expectedLength) < LengthMisfit(term, c.Forms()[0], expectedLength)
                || TermGlosses.AddsTranslationOfTheTerm(term.Trim(), language, longer.Key, c.Key))))];
    }

    /// <summary>
    /// The shortlist of a rare term without the candidates that leave out a word translating part of the term: a longer
    /// candidate that contains one and scores at least <see cref="PieceScoreShare"/> of its score is the whole when
    /// every content word it adds is tied by a link in the pair to a word of the term that the piece's words are not
    /// tied to (national of national adaptation plans, by 国家; 园 of 港口物流园, by park). It is the whole too when
    /// the words it adds are tied to nothing in the pair, stand directly beside the piece, at the edge where the term
    /// has a word tied to nothing, and leave no more such words in it than the term has (session of opening session
    /// beside 式 of 开幕式; 部门 of 私营部门 beside sector; 民间 of 民间社会组织 beside civil): what no link explains on
    /// one side is what no link explains on the other. An added word tied elsewhere in the pair, or tied only where the
    /// piece is already (funded beside Fund, a repeated 投资), runs on past it, as does one beyond a function word
    /// (下降 | 了 | 百分之四十二).
    /// </summary>
    private static List<Candidate> WithoutVouchedPieces(List<Candidate> shortlist, Language target, bool nameTerm)
    {
        var chinese = target.IsChinese;
        bool IsWhole(Candidate longer, Candidate piece)
        {
            var added = AddedWords(longer, piece, chinese);
            if (added.All(w => longer.TranslatesMoreThan(w, piece)))
            {
                return true;
            }

            // A capitalised English name is one thing; where the Chinese phrase that holds its piece stands whole between
            // punctuation or function words and adds nothing that a link ties elsewhere in the pair, it is the name's
            // whole (冰冻圈科学行动十年 for Decade of Action for Cryospheric Sciences, though no link reads 十年 as Decade).
            if (nameTerm && chinese && longer.StandsAlone && added.Count > 0 && longer.UnexplainedExcess <= 0
                && added.All(w => !longer.TiedElsewhere.Contains(w)) && !AddsFunctionWord(longer.Key, piece.Key, target))
            {
                return true;
            }

            // A single character tied to nothing is most often a verb or a measure word run on (周德明 | 撑).
            var unexplained = added.All(w => longer.TranslatesMoreThan(w, piece) || (longer.Unexplained.Contains(w) && !(chinese && w.Length == 1)));
            var atEnd = longer.Key.StartsWith(piece.Key, StringComparison.Ordinal);
            var atStart = longer.Key.EndsWith(piece.Key, StringComparison.Ordinal);

            // An English name ends at its last capitalised word: a lower-case word tied to nothing after it is the
            // sentence going on (Bacterial Priority Pathogens List | places), whatever the term leaves unexplained.
            if (!chinese && atEnd && EndsACapitalisedName(piece) && !EndsACapitalisedName(longer))
            {
                return false;
            }
            return unexplained && longer.UnexplainedExcess <= 0 && !AddsFunctionWord(longer.Key, piece.Key, target)
                && (!atEnd || (longer.TermUnexplainedAtEnd && !EdgeIsUnexplained(piece, atEnd: true)))
                && (!atStart || (longer.TermUnexplainedAtStart && !EdgeIsUnexplained(piece, atEnd: false)));
        }

        return [.. shortlist.Where(c => !shortlist.Any(longer =>
            longer.Words > c.Words && longer.Score >= PieceScoreShare * c.Score && Contains(longer.Key, c.Key, target) && IsWhole(longer, c)))];
    }

    /// <summary>Whether an English candidate's last two words are capitalised, as a name's are.</summary>
    private static bool EndsACapitalisedName(Candidate candidate)
    {
        var (unit, first, last) = candidate.Representative;
        return last > first && char.IsUpper(unit.Text[unit.Words[last].Start]) && char.IsUpper(unit.Text[unit.Words[last - 1].Start]);
    }

    /// <summary>
    /// Whether a candidate's word at one edge is one that no link explains: there it already stands for the term's word
    /// that no link explains (disability of disability statistics for 残疾 of 残疾统计), and another such word beyond it
    /// (produce) has nothing of the term left to translate. A single Chinese character does not count, nor a word that
    /// holds a number: most are a measure word or an affix, or a count with its measure, that no gloss places (十一届
    /// of 第八十一届, before 会议).
    /// </summary>
    private static bool EdgeIsUnexplained(Candidate candidate, bool atEnd)
    {
        var (unit, first, last) = candidate.Representative;
        var edge = unit.Words[atEnd ? last : first];
        var surface = unit.Text.AsSpan(edge.Start, edge.End - edge.Start);
        return candidate.Unexplained.Contains(edge.Term) && !(surface.Length == 1 && Han.IsIdeograph(surface[0]))
            && surface.IndexOfAny(NumberCharacters) < 0;
    }

    /// <summary>
    /// The shortlist of a rare term that starts with a number without the candidates that run on before the number
    /// that translates it (costs | two yuan for 两块钱, fly | four or five thousand kilometres): both languages write a
    /// count first in its phrase, so what stands before the count is no part of what the term names, unless a link
    /// ties it to the term (three of three hundred metres, 12月 of 12月18日 for 18 December, half of half past seven).
    /// </summary>
    private static List<Candidate> WithoutWordsBeforeTheAmount(List<Candidate> shortlist, Language target) =>
        [.. shortlist.Where(c => !shortlist.Any(piece => piece.StartsWithTheAmount && piece.Words < c.Words && Contains(c.Key, piece.Key, target)
            && !c.Key.StartsWith(piece.Key, StringComparison.Ordinal) && AddedWords(c, piece, target.IsChinese).All(w => !c.IsVouched(w))))];

    /// <summary>Whether a term starts with a number, in digits, Chinese numerals or English words (两块钱, 30 by 30, two yuan).</summary>
    private static bool StartsWithANumber(string term) =>
        term.Length > 0 && (char.IsDigit(term[0]) || "〇零一二三四五六七八九十百千两".Contains(term[0], StringComparison.Ordinal)
            || Alignment.Aligning.EnglishNumberWords.IsCardinalWord(term.Split(' ', '-')[0].ToLowerInvariant()));

    /// <summary>
    /// The shortlist of a rare term without the candidates that run on, at an edge, past a shorter one that already
    /// translates all of the term: the shorter one's words are tied by links, wholly (see
    /// <see cref="WordAlignment.PairWords.PartlyLinked"/>), to every content word of the term in its pairs, and no
    /// content word the longer one adds is tied to any (state of "state of soil erosion" beside soil erosion for
    /// 土壤侵蚀; 建 of 北岸建 beside 北岸, whose characters gloss north bank). Where the term keeps a word the shorter one
    /// leaves unexplained or explains in part (开幕式, opening ceremony, beside opening), the added words may translate
    /// it, and <see cref="WithoutVouchedPieces"/> decides.
    /// </summary>
    private static List<Candidate> WithoutRunOns(List<Candidate> shortlist, Language target)
    {
        var chinese = target.IsChinese;
        bool RunsOn(Candidate longer, Candidate piece)
        {
            if (!longer.Key.StartsWith(piece.Key, StringComparison.Ordinal) && !longer.Key.EndsWith(piece.Key, StringComparison.Ordinal))
            {
                return false;
            }

            // The rest of a capitalised name the shorter one stops inside is no run-on (Member | States for 会员国).
            var added = AddedWords(longer, piece, chinese);
            return piece.CoversTerm && added.Count > 0 && added.All(w => !longer.IsVouched(w))
                && (chinese || !piece.Occurrences.All(o => TermShingles.StopsInsideAnEnglishName(o.Unit.Words, o.Unit.Text, o.Last)));
        }

        return [.. shortlist.Where(c => !shortlist.Any(piece => piece.Words < c.Words && Contains(c.Key, piece.Key, target) && RunsOn(c, piece)))];
    }

    /// <summary>
    /// The shortlist of a rare English common noun phrase without the Chinese candidates that hold a shorter one and add
    /// in front of it only words that no link explains, where the term's first word is explained: what no link
    /// explains on one side is what no link explains on the other, so a word in front that the term has nothing left
    /// for is the verb or preposition that governs the phrase (采取 | 多部门方法 for multisectoral approach, whose
    /// unexplained approach answers 方法 at the end, not 采取; 提高 | 统计素养; 占 | 总支出). English keeps a noun
    /// phrase's modifiers in front as Chinese does only where the phrase is one of words in their order: a name written
    /// with capitals, or a phrase with a preposition, may put in front in Chinese what English writes after (维也纳 |
    /// 条约法公约, 不驱回 | 原则 for principle of non-refoulement), and a word that starts with a bound prefix (不, 无, 非 …)
    /// is a modifier made of it (非正规 | 经济 for informal economy), so neither counts.
    /// </summary>
    private static List<Candidate> WithoutGoverningWordsBefore(List<Candidate> shortlist, string term, Language language, Language target)
    {
        var words = term.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!target.IsChinese || language.IsChinese || words.Length < 2 || words.Skip(1).Any(w => w.Any(char.IsUpper)) || words[0].Skip(1).Any(char.IsUpper)
            || words[0].Contains('-') || words.Any(w => Alignment.Writing.FunctionWords.IsEnglishFunctionWord(w.ToLowerInvariant())))
        {
            return shortlist;
        }

        static bool Governs(Candidate candidate)
        {
            var (unit, first, last) = candidate.Representative;
            var word = unit.Words[first].Term;
            return last > first && !candidate.TermUnexplainedAtStart && candidate.Unexplained.Contains(word) && !candidate.IsVouched(word)
                && !TermShingles.ChineseBoundPrefixCharacters.Contains(word[0], StringComparison.Ordinal);
        }

        var kept = shortlist.Where(c => !Governs(c)).ToList();
        return kept.Count > 0 ? kept : shortlist;
    }

    /// <summary>
    /// The shortlist of a rare term without the candidates that run on, at an edge, through a function word past a
    /// shorter one (South Lhonak Lake | in Sikkim, 主旨发言 | 中指出, 博士在 | 主旨发言): no content word they add is tied
    /// by a link to the term, and they hold more words that no link explains than the term does, beyond what the
    /// shorter one holds. A phrase's grammar ends at its preposition or postposition unless the pair's evidence
    /// carries it further (Conference of the Parties, where Parties is tied to 缔约方), or a title fills the title marks
    /// the text puts round it (《关于替代性儿童照料的准则》: the marks say where the name ends). It runs on too, whatever
    /// links tie, where every content word it adds repeats one the shorter one holds and it joins nothing more with a
    /// conjunction (儿童权利委员会 | 在其关于 | 儿童权利: the text going on about the same thing, not a longer name).
    /// </summary>
    private static List<Candidate> WithoutRunOnsPastFunctionWords(List<Candidate> shortlist, Language target)
    {
        var chinese = target.IsChinese;
        bool RunsOn(Candidate longer, Candidate piece) =>
            !(chinese && longer.Occurrences.All(FillsTitleMarks))
            && (longer.Key.StartsWith(piece.Key, StringComparison.Ordinal) || longer.Key.EndsWith(piece.Key, StringComparison.Ordinal))
            && FunctionWordsIn(longer.Representative, chinese) > FunctionWordsIn(piece.Representative, chinese)
            && AddedWords(longer, piece, chinese) is var added
            && ((longer.UnexplainedExcess > 0 && added.All(w => !longer.IsVouched(w)))
                || (added.Count > 0 && WordsOf(piece) is var held && added.All(w => held.Contains(w) && !w.Any(char.IsDigit))
                    && ConjunctionsIn(longer.Representative, chinese) == ConjunctionsIn(piece.Representative, chinese)));

        return [.. shortlist.Where(c => !shortlist.Any(piece => piece.Words < c.Words && RunsOn(c, piece)))];
    }

    /// <summary>
    /// The shortlist of a rare term without the English candidates that run on, at an edge, into the translation of a
    /// word beside the term: every content word they add to a shorter candidate is tied by a link to a word of the pair
    /// outside the term and to none of it, and the shorter one aligns with the term at least as well (the initiative
    /// of a named initiative, tied to 倡议 after the quoted name). Where the term and the longer candidate stand
    /// glossed in brackets, the gloss decides; a word added after it that the Chinese term's last character means is
    /// the term's head, not a neighbour (see <see cref="TermGlosses.GlossesTheHead"/>). Only English: links of single
    /// Chinese characters are too loose to say that a Chinese word translates something else (部门 of 私营部门).
    /// </summary>
    private static List<Candidate> WithoutRunOnsIntoNeighbours(List<Candidate> shortlist, string term, Language language, Language target)
    {
        if (target.IsChinese)
        {
            return shortlist;
        }

        bool RunsOn(Candidate longer, Candidate piece)
        {
            if (longer.Bracketed || piece.Alignment < longer.Alignment
                || (!longer.Key.StartsWith(piece.Key, StringComparison.Ordinal) && !longer.Key.EndsWith(piece.Key, StringComparison.Ordinal)))
            {
                return false;
            }

            // A word added after the piece that the Chinese term's last character means is the term's head, though a
            // link ties it to another word of the pair that holds the same character (sea of territorial sea, by 海 of
            // 领海 and of 海洋; States of Member States, by 国 of 会员国 and of another word holding 国).
            var added = AddedWords(longer, piece, chinese: false);
            var afterThePiece = longer.Key.StartsWith(piece.Key, StringComparison.Ordinal);
            return added.Count > 0 && added.All(longer.TiedElsewhere.Contains)
                && !(afterThePiece && language.IsChinese && added.Any(w => TermGlosses.GlossesTheHead(term, w)));
        }

        return [.. shortlist.Where(c => !shortlist.Any(piece => piece.Words < c.Words && RunsOn(c, piece)))];
    }

    /// <summary>
    /// The shortlist of a rare term without the Chinese candidates that run on, at their end, into a clause that
    /// describes the next noun: every content word they add to a shorter candidate is one that no link explains, and
    /// every time they stand right before 的 (省标本馆 | 合作 | 的 | 项目, "a project with the provincial herbarium").
    /// What a word that nothing in the pair translates adds there to a noun phrase is the verb of the clause before
    /// 的, which English writes as a preposition or leaves out. In a memory of a few units the word model can tie such
    /// a verb to the term's words and rate the longer candidate higher, so the rule goes by the links, not the score.
    /// </summary>
    private static List<Candidate> WithoutRunOnsIntoClauses(List<Candidate> shortlist, Language target)
    {
        if (!target.IsChinese)
        {
            return shortlist;
        }

        static bool BeforeDe(Occurrence o) => o.Unit.Words[o.Last].End < o.Unit.Text.Length && o.Unit.Text[o.Unit.Words[o.Last].End] == '的';
        bool RunsOn(Candidate longer, Candidate piece)
        {
            if (!longer.Key.StartsWith(piece.Key, StringComparison.Ordinal) || !longer.Occurrences.All(BeforeDe))
            {
                return false;
            }

            var added = AddedWords(longer, piece, chinese: true);
            return added.Count > 0 && added.All(w => longer.Unexplained.Contains(w) && !longer.IsVouched(w));
        }

        return [.. shortlist.Where(c => !shortlist.Any(piece => piece.Words < c.Words && RunsOn(c, piece)))];
    }

    /// <summary>
    /// The shortlist of a rare term that holds no conjunction without the candidates that join its translation to a
    /// neighbour's with one (South-South cooperation and triangular cooperation for 南南合作; 发展中国家和小岛屿发展中国家
    /// for small island developing States): a term that joins nothing names one thing, and a candidate that does
    /// names two. It gives way to a candidate without a conjunction that it holds or that scores at least
    /// <see cref="PieceScoreShare"/> of its score, where every word it has beyond that one is either tied by no link to
    /// the term or a word that one holds too: in a list of coordinated names the other name translates nothing of the
    /// term, or repeats what the first already says (the second cooperation). A pair of different words that links
    /// tie to the term (科技, science and technology, both from its gloss) and an English name written with capitals
    /// (Food and Agriculture Organization) stay.
    /// </summary>
    private static List<Candidate> WithoutCoordinatedNames(List<Candidate> shortlist, string term, Language language, Language target)
    {
        var chinese = target.IsChinese;
        if (Conjunctions.MayBeIn(term, language))
        {
            return shortlist;
        }

        static bool Joins(Candidate candidate, bool chinese)
        {
            var (unit, first, last) = candidate.Representative;
            for (var i = first + 1; i < last; i++)
            {
                if (Conjunctions.Is(unit.Text.AsSpan(unit.Words[i].Start, unit.Words[i].End - unit.Words[i].Start), chinese))
                {
                    return true;
                }
            }

            return false;
        }

        bool GivesWay(Candidate joined) =>
            Joins(joined, chinese) && (chinese || !IsCapitalisedName(joined.Forms()[0], Language.English))
            && shortlist.Any(one => one.Words < joined.Words && !Joins(one, chinese)
                && (Contains(joined.Key, one.Key, target) || one.Score >= PieceScoreShare * joined.Score)
                && AddedWords(joined, one, chinese).All(w => !joined.IsVouched(w) || WordsOf(one).Contains(w)));

        return [.. shortlist.Where(c => !GivesWay(c))];
    }

    /// <summary>The words of a candidate, as the index keeps them.</summary>
    private static HashSet<string> WordsOf(Candidate candidate)
    {
        var (unit, first, last) = candidate.Representative;
        return [.. unit.Words.Skip(first).Take(last - first + 1).Select(w => w.Term)];
    }

    /// <summary>Whether an English term is a name: two words or more, each content word capitalised (Decade of Action for Cryospheric Sciences).</summary>
    private static bool IsCapitalisedName(string term, Language language)
    {
        var words = term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return !language.IsChinese && words.Length >= 2
            && words.All(w => char.IsUpper(w[0]) || Alignment.Writing.FunctionWords.IsEnglishFunctionWord(w.ToLowerInvariant()));
    }

    /// <summary>
    /// Whether an occurrence is a phrase on its own in its text: no word that may be part of a term is joined to it on
    /// either side (punctuation, a function word or the text's edge stand there).
    /// </summary>
    private static bool StandsAlone(SampleUnit unit, Occurrence occurrence, bool chinese)
    {
        var (words, text) = (unit.Words, unit.Text);
        bool Open(int inside, int outside) =>
            outside >= 0 && outside < words.Count
            && TermShingles.AreJoined(text, words[Math.Min(inside, outside)], words[Math.Max(inside, outside)], chinese)
            && TermShingles.IsTermWord(words[outside], text, chinese) && !TermShingles.IsFunctionWord(words[outside], text, chinese);

        return !Open(occurrence.First, occurrence.First - 1) && !Open(occurrence.Last, occurrence.Last + 1);
    }

    /// <summary>How many conjunctions an occurrence holds (and, 和; see <see cref="Conjunctions"/>).</summary>
    private static int ConjunctionsIn(Occurrence occurrence, bool chinese)
    {
        var count = 0;
        for (var i = occurrence.First; i <= occurrence.Last; i++)
        {
            var word = occurrence.Unit.Words[i];
            count += Conjunctions.Is(occurrence.Unit.Text.AsSpan(word.Start, word.End - word.Start), chinese) ? 1 : 0;
        }

        return count;
    }

    private static int FunctionWordsIn(Occurrence occurrence, bool chinese)
    {
        var count = 0;
        for (var i = occurrence.First; i <= occurrence.Last; i++)
        {
            count += TermShingles.IsFunctionWord(occurrence.Unit.Words[i], occurrence.Unit.Text, chinese) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The words of one side of a pair that name something and that no link ties to the other side, or, in Chinese,
    /// that links tie to it through part of a gloss only (see <see cref="WordAlignment.PairWords.PartlyLinked"/>).
    /// </summary>
    private static HashSet<int> Unexplained(WordAlignment.PairWords pair, SampleUnit side, bool chinese) =>
        [.. pair.Unlinked(chinese).Concat(chinese ? pair.PartlyLinked() : []).Where(i => TermShingles.IsNamingWord(side.Words[i], side.Text, chinese))];

    /// <summary>
    /// How many words of <paramref name="span"/> are in <paramref name="subset"/>, a run of adjacent Chinese characters
    /// counting as one: the segmenter cuts a word it does not know (富 | 营养 | 化) into pieces.
    /// </summary>
    private static int Words(List<AnalyzedToken> words, HashSet<int> span, HashSet<int> subset)
    {
        bool In(int i) => span.Contains(i) && subset.Contains(i);
        bool Character(int i) => words[i].Term is [var c] && Alignment.Writing.Han.IsIdeograph(c);
        return span.Count(i => In(i) && !(Character(i) && In(i - 1) && Character(i - 1)));
    }

    /// <summary>The content words <paramref name="longer"/> has that <paramref name="piece"/> lacks, as the index keeps them.</summary>
    private static List<string> AddedWords(Candidate longer, Candidate piece, bool chinese)
    {
        static List<AnalyzedToken> WordsOf(Occurrence o) => [.. o.Unit.Words.Skip(o.First).Take(o.Last - o.First + 1)];
        var (whole, part) = (longer.Representative, piece.Representative);
        var added = WordsOf(whole).Where(w => !TermShingles.IsFunctionWord(w, whole.Unit.Text, chinese)).Select(w => w.Term).ToList();
        foreach (var word in WordsOf(part))
        {
            added.Remove(word.Term);
        }

        return added;
    }

    /// <summary>
    /// Whether <paramref name="longer"/> adds a grammatical word to <paramref name="piece"/> (Further Implementation of
    /// Agenda 21, 人权和基本自由): a phrase that runs on through one is another phrase, not the term's whole form.
    /// </summary>
    private static bool AddsFunctionWord(string longer, string piece, Language target)
    {
        var at = longer.IndexOf(piece, StringComparison.Ordinal);
        var added = at < 0 ? longer : longer.Remove(at, piece.Length);
        return target.IsChinese
            ? added.Any(Alignment.Writing.FunctionWords.IsChineseFunctionCharacter)
            : added.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => Alignment.Writing.FunctionWords.IsEnglishFunctionWord(w));
    }

    private static double ExpectedLength(string term, Language language, Language target) =>
        Letters(term) * (language.IsChinese == target.IsChinese ? 1 : language.IsChinese ? HanToLetters : 1 / HanToLetters);

    /// <summary>
    /// Best first, by the score as printed (<see cref="Printed"/>). Scores that print alike are told apart by the
    /// candidate's length against the length the term predicts (in a small memory every phrase of a term's two units
    /// co-occurs with it as often), then by more words and more units, so that ranks always follow the printed scores.
    /// </summary>
    private static IEnumerable<Candidate> Rank(List<Candidate> shortlist, string term, Language language, Language target)
    {
        var expectedLength = ExpectedLength(term, language, target);
        BelowTheTermsNumber(shortlist, term);
        return shortlist
            .OrderByDescending(c => Printed(c.Score))
            .ThenBy(c => LengthMisfit(term, c.Forms()[0], expectedLength))
            .ThenByDescending(c => c.Words)
            .ThenByDescending(c => c.Units)
            .ThenBy(c => c.Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// Lowers below the best candidate that carries one of the term's numbers (two digits or more: a resolution's, a
    /// year, an amount) every candidate that carries none: the equivalent of a term that names something by its
    /// number names it by that number too (WHA68.7号决议 for resolution WHA68.7, not 决议; 2030 Agenda for 2030年议程).
    /// Where no candidate carries one (1亿美元 for US$ 100 million, 2019冠状病毒病 for coronavirus disease), nothing
    /// changes, nor does a candidate that writes a number in words or Chinese numerals (百分之三十 for 30 by 30).
    /// Digits are compared without their separators, as the languages group them differently (2,300 and 2300).
    /// </summary>
    private static void BelowTheTermsNumber(List<Candidate> shortlist, string term)
    {
        var numbers = TermNumbers().Matches(term).Select(m => m.Value).ToList();
        if (numbers.Count == 0)
        {
            return;
        }

        bool Carries(Candidate candidate)
        {
            var digits = string.Concat(candidate.Forms()[0].Where(char.IsAsciiDigit));
            return numbers.Exists(n => digits.Contains(n, StringComparison.Ordinal));
        }

        // A number written another way (百分之三十 for 30 by 30, thirty) may be the term's: it is left where it is.
        bool WritesANumberInWords(Candidate candidate)
        {
            var text = candidate.Forms()[0];
            return !text.Any(char.IsAsciiDigit) && (NumberReading.InChinese(text).Any() || NumberReading.InEnglish(text).Any());
        }

        var carrying = shortlist.Where(Carries).Select(c => Printed(c.Score)).DefaultIfEmpty(-1).Max();
        if (carrying < 0)
        {
            return;
        }

        foreach (var candidate in shortlist.Where(c => Printed(c.Score) >= carrying && !Carries(c) && !WritesANumberInWords(c)))
        {
            candidate.Score = Math.Max(0, carrying - 0.01);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("[0-9]{2,}")]
    private static partial System.Text.RegularExpressions.Regex TermNumbers();

    /// <summary>
    /// A score as every display prints it and as <see cref="TermCandidate.Score"/> carries it, to two decimals: finer
    /// differences say nothing the pairs' evidence can back, so the rank leaves them to the length fit, and a display
    /// that printed them would show a rank out of order.
    /// </summary>
    private static double Printed(double score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Whether a term is itself a list: a 、 between Chinese words, a comma and a space between English ones. Its
    /// equivalent is a list too, whose separators no other term's candidates may cross.
    /// </summary>
    private static bool IsList(string term, Language language) =>
        language.IsChinese ? term.Trim().Trim('、').Contains('、', StringComparison.Ordinal) : term.Trim().TrimEnd(',').Contains(", ", StringComparison.Ordinal);

    /// <summary>
    /// The longest candidate of a rare term, in words: <see cref="RareTermWords"/>, or more for a long name, whose
    /// equivalent is as long (a Chinese name of nineteen characters, 保护所有移徙工人及其家庭成员权利委员会, is sixteen English
    /// words; an English name of seven words may be ten Chinese words): a candidate cut at the limit is a piece
    /// of the name, and every longer one would be missing.
    /// </summary>
    private static int RareTermWordsFor(string term, Language language)
    {
        var length = language.IsChinese ? term.Count(Han.IsIdeograph) : term.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return Math.Max(RareTermWords, (int)Math.Ceiling(language.IsChinese ? length * HanToLetters / EnglishLettersPerWord : length * ChineseWordsPerEnglishWord));
    }

    /// <summary>
    /// Whether <paramref name="term"/> is a number and nothing else (<c>32,000</c>, <c>3.2万</c>, <c>２０２６</c>, <c>8900多</c>),
    /// a year in digits with the 年 Chinese writes after it (<c>2009年</c>), or a count with the measure word of what it
    /// counts (<c>4.6万名</c>): its equivalent is a number too, which no other term's may be.
    /// </summary>
    private static bool IsAmount(string term)
    {
        var trimmed = term.Trim();
        var number = trimmed.EndsWith('年') && trimmed.Length > 1 && char.IsAsciiDigit(trimmed[^2]) ? trimmed[..^1] : trimmed;
        if (number.Length > 1 && TermShingles.CountedCharacters.Contains(number[^1], StringComparison.Ordinal) && (char.IsAsciiDigit(number[^2]) || number[^2] is '万' or '亿' or '多'))
        {
            // 4.6万名, 8900多名: the measure word of what is counted (people, cases) goes with the count, not the amount.
            number = number[..^1];
        }

        // 多, "more than", is the amount's as 万 is (8900多, 2300多万); so are English scale words (281 million ↔ 2.81亿).
        number = ScaleWords().Replace(number, " ");
        return number.Any(char.IsDigit) && number.All(c => char.IsDigit(c) || c is '.' or ',' or ' ' or '万' or '亿' or '千' or '百' or '多');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[0-9] )(?:thousand|million|billion|trillion)\b")]
    private static partial System.Text.RegularExpressions.Regex ScaleWords();


    /// <summary>
    /// Whether <paramref name="text"/> writes <paramref name="gloss"/> in brackets right after <paramref name="end"/>,
    /// past the closing quotes or title marks of what ends there (美国地质调查局（U.S. Geological Survey）, “冰塔”（ice
    /// stupa））: a translator's gloss of what ends there, in the other language.
    /// </summary>
    private static bool GlossFollows(string text, int end, string gloss)
    {
        const string closingMarks = "”’\"'》〉」』";
        const string openingMarks = "“‘\"'《〈「『";
        var at = end;
        while (at < text.Length && closingMarks.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        if (at >= text.Length || text[at] is not ('（' or '('))
        {
            return false;
        }

        at++;
        while (at < text.Length && openingMarks.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        if (gloss.Length == 0 || string.Compare(text, at, gloss, 0, gloss.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        at += gloss.Length;
        while (at < text.Length && closingMarks.Contains(text[at], StringComparison.Ordinal))
        {
            at++;
        }

        return at < text.Length && text[at] is '）' or ')';
    }

    /// <summary>
    /// Whether a candidate starting at <paramref name="start"/> of <paramref name="text"/> stands in the brackets that
    /// match the term's: where both sides of the pair write as many brackets, a translation keeps their order (世界粮食
    /// 计划署（粮食署）和联合国儿童基金会（儿基会） ↔ the World Food Programme (WFP) and the United Nations Children's Fund
    /// (UNICEF)), so the k-th pairs with the k-th; where they write different numbers, any brackets may.
    /// </summary>
    private static bool InTheSameBrackets(TermInPair term, string text, int start)
    {
        var brackets = Brackets(text);
        var termBrackets = Brackets(term.Source.Text);
        if (brackets.Count != termBrackets.Count)
        {
            return true;
        }

        // Only round brackets count: a term in quotes or title marks (“为环境而生活”运动（LiFE）) may be glossed by any.
        var at = brackets.IndexOf(start - 1);
        return at < 0 || term.Written.Any(w => termBrackets.IndexOf(w.End - w.Text.Length - 1) is var termAt && (termAt < 0 || termAt == at));

        static List<int> Brackets(string text)
        {
            var found = new List<int>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '(' or '（')
                {
                    found.Add(i);
                }
            }

            return found;
        }
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> is an acronym that the term's side writes too (“科学-政策对话平台”（SPDP） ↔
    /// science-policy dialogue platform (SPDP)): bracketed beside the term, it names the term on both sides, and the
    /// translation is the name it stands for. A gloss the term's side writes in the other language (“冰塔”（ice stupa））
    /// is no acronym and stays evidence.
    /// </summary>
    private static bool IsAcronymOfBoth(string candidate, string termSide) =>
        Acronyms.IsAcronym(candidate) && termSide.Contains(candidate, StringComparison.Ordinal);

    /// <summary>The indices of <paramref name="words"/> that overlap the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    private static IEnumerable<int> WordsCovering(List<AnalyzedToken> words, int start, int end) =>
        Enumerable.Range(0, words.Count).Where(i => words[i].End > start && words[i].Start < end);

    /// <summary>
    /// Whether the text from <paramref name="start"/> to <paramref name="end"/> is all that stands in a pair of brackets
    /// or quotes. Title marks (《》, 〈〉) do not count on their own: Chinese writes every title between them, glossed or
    /// not, so a title counts only where its marks stand in brackets or quotes themselves (（《水公约》）).
    /// </summary>
    private static bool IsBracketed(string text, int start, int end)
    {
        const string opening = "(（[［“‘\"'「『";
        const string closing = ")）]］”’\"'」』";
        while (start > 0 && end < text.Length && text[start - 1] is '《' or '〈' && text[end] is '》' or '〉')
        {
            (start, end) = (start - 1, end + 1);
        }

        return start > 0 && end < text.Length && opening.Contains(text[start - 1], StringComparison.Ordinal) && closing.Contains(text[end], StringComparison.Ordinal);
    }

    /// <summary>
    /// A candidate source term as the memory writes it, grown into the longer name it belongs to when nearly all its
    /// occurrences continue alike (犯罪问题办公室 → 毒品和犯罪问题办公室); false when it cannot be found again.
    /// </summary>
    public static bool TryGrowInContext(IndexSearcher searcher, string key, Language language, out string written)
    {
        written = key;
        if (!PhrasePattern.TryParse(SearchField(language.Code), key, out var pattern))
        {
            return false;
        }

        var chinese = language.IsChinese;
        var candidate = new Candidate(key);
        var buffer = new TermShingles.KeyBuffer();
        var units = TermUnits.Find(searcher, Containing(searcher, pattern, string.Empty), GrowthSample, TermLookupOptions.Default.CountLimit);
        foreach (var unit in ReadSample(searcher, units.Sample, language.Code))
        {
            foreach (var (first, last) in TermShingles.Ranges(language.Code, unit.Text, unit.Words))
            {
                if (buffer.Write(unit.Words, first, last, chinese).SequenceEqual(key))
                {
                    candidate.Add(new Occurrence(unit, first, last));
                }
            }
        }

        if (candidate.Occurrences.Count == 0)
        {
            return false;
        }

        written = Grow(candidate, chinese).Forms()[0];
        return true;
    }

    /// <summary>The units holding <paramref name="pattern"/>; with a target language, only units that also have that language.</summary>
    private static BooleanQuery Containing(IndexSearcher searcher, PhrasePattern pattern, string targetCode)
    {
        var query = new BooleanQuery { { pattern.ToQuery(), Occur.MUST } };
        var reader = searcher.IndexReader;
        if (targetCode.Length > 0 && reader.DocFreq(new Term(IndexSchema.LanguageCodes, targetCode)) < reader.NumDocs)
        {
            query.Add(new TermQuery(new Term(IndexSchema.LanguageCodes, targetCode)), Occur.MUST);
        }

        return query;
    }

    /// <summary>The length fit's penalty; none for acronyms, which are short for whatever they stand for.</summary>
    private static double LengthMisfit(string term, string candidate, double expectedLength) =>
        Acronyms.IsAcronym(term.Trim()) || Acronyms.IsAcronym(candidate)
            ? 0
            : LengthFitWeight * Math.Abs(Math.Log(Letters(candidate) / expectedLength));

    /// <summary>Letters and characters, not spaces or punctuation: the length unit of the length fit.</summary>
    private static double Letters(string text) => Math.Max(1, text.Count(char.IsLetterOrDigit));

    private static bool Contains(string longer, string shorter, Language language) =>
        language.IsChinese ? longer.Contains(shorter, StringComparison.Ordinal) : $" {longer} ".Contains($" {shorter} ", StringComparison.Ordinal);

    private static TermCandidate Describe(Candidate candidate, PhrasePattern term, Language language, Language target, StoredUnits stored, TermLookupOptions options)
    {
        var forms = candidate.Forms();
        var text = forms[0];
        var variants = forms.Skip(1)
            .Where(f => !f.Equals(text, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(f => f.ToLowerInvariant())
            .ToList();
        var exampleUnits = candidate.Occurrences.Select(o => o.Unit).Distinct().ToList();
        var alternatives = Acronyms.IsAcronym(text)
            ? exampleUnits.Select(u => Acronyms.TryExpand(text, u.Text, out var expansion) ? expansion : string.Empty)
                .Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : [];

        var examples = new List<TermExample>();
        if (PhrasePattern.TryParse(SearchField(target.Code), text, out var equivalent))
        {
            foreach (var unit in exampleUnits.Take(options.ExamplesPerCandidate).Select(u => stored.Load(u.Doc)))
            {
                var (termSide, otherSide) = unit.Source.Language.Code == language.Code ? (unit.Source, unit.Target) : (unit.Target, unit.Source);
                examples.Add(new TermExample(
                    unit,
                    new HighlightedText(termSide.Language, termSide.Text, term.FindIn(termSide.Text)),
                    new HighlightedText(otherSide.Language, otherSide.Text, equivalent.FindIn(otherSide.Text))));
            }
        }

        return new TermCandidate(text, variants, alternatives, candidate.ShownCoOccurrences, candidate.ShownFrequency, Printed(candidate.Score), examples)
        {
            UnroundedScore = candidate.Score,
            Alignment = candidate.Alignment,
            Bracketed = candidate.Bracketed,
        };
    }

    /// <summary>The field a phrase of <paramref name="code"/> is searched in: Chinese by characters, other languages by words.</summary>
    private static string SearchField(string code) => IndexSchema.IsCharacterBased(code) ? IndexSchema.Grams(code) : IndexSchema.Words(code);

    /// <summary>
    /// The units' texts in <paramref name="code"/> with their words, both as the index keeps them. A unit longer than
    /// <see cref="AddOptions.DefaultMaxSegmentLength"/> (stored before <see cref="AddOptions.MaxSegmentLength"/> kept
    /// whole documents out) is left out: its phrases would flood the candidates, and one of a few megabytes took
    /// minutes. The limit is in UTF-8 bytes, three to a character at most, so no unit within it is left out.
    /// </summary>
    private static List<SampleUnit> ReadSample(IndexSearcher searcher, List<int> units, string code)
    {
        var leaves = searcher.IndexReader.Leaves;
        var bytes = new BytesRef();
        var sample = new List<SampleUnit>(units.Count);
        foreach (var unit in units)
        {
            var context = leaves[ReaderUtil.SubIndex(unit, leaves)];
            var (leaf, local) = (context.AtomicReader, unit - context.DocBase);
            if (leaf.GetBinaryDocValues(IndexSchema.Text(code)) is not { } texts || leaf.GetBinaryDocValues(IndexSchema.WordMap(code)) is not { } maps)
            {
                continue;
            }

            texts.Get(local, bytes);
            if (bytes.Length > 3 * AddOptions.DefaultMaxSegmentLength)
            {
                continue;
            }

            var text = bytes.Utf8ToString();
            maps.Get(local, bytes);
            var words = WordMap.Decode(text, bytes);
            sample.Add(new SampleUnit(unit, text, IndexSchema.IsCharacterBased(code) ? LocativeWords.Split(text, words) : words));
        }

        return sample;
    }

    /// <summary>
    /// How many units hold the candidate, from the term statistics. A candidate grown longer than they record occurs
    /// no more often than the rarest run of words it holds that they do record ("Commission on Crime", 4, for
    /// "Commission on Crime Prevention and Criminal Justice"): that bound stands in for a phrase search of the memory.
    /// A run is never more frequent than a longer one it is part of, so from each word only the longest recorded run
    /// is looked up.
    /// </summary>
    private static int Frequency(TermFrequencies statistics, Candidate candidate, bool chinese)
    {
        if (candidate.Words <= TermShingles.MaxWords)
        {
            return statistics.Of(candidate.Key, candidate.Words);
        }

        var occurrence = candidate.Representative;
        var words = occurrence.Unit.Words;
        var rarest = int.MaxValue;
        for (var first = occurrence.First; first <= occurrence.Last; first++)
        {
            for (var last = Math.Min(occurrence.Last, first + TermShingles.MaxWords - 1); last >= first; last--)
            {
                var frequency = statistics.Of(TermShingles.KeyOf(words, first, last, chinese), last - first + 1);
                if (frequency > 0)
                {
                    rarest = Math.Min(rarest, frequency);
                    break;
                }
            }
        }

        return rarest == int.MaxValue ? 0 : rarest;
    }

    /// <summary>
    /// Extends a candidate one to three words at a time (two or three, to pass one or two function words: Office on
    /// Drugs → … and Crime, Parties → Conference of the Parties) while nearly all its units continue the same way: the
    /// candidate is then a piece of a longer name.
    /// </summary>
    private static Candidate Grow(Candidate candidate, bool chinese)
    {
        var occurrences = candidate.Occurrences.ToList();
        var words = candidate.Words;
        // A phrase seen in one unit continues "the same way" every time; only a repeated one can show it is part of a name.
        while (candidate.Units >= 2 && words < MaxGrownWords
            && (TryExtend(ref occurrences, ref words, +1, chinese) || TryExtend(ref occurrences, ref words, -1, chinese)))
        {
        }

        if (words == candidate.Words)
        {
            return candidate;
        }

        var first = occurrences[0];
        var grown = new Candidate(TermShingles.KeyOf(first.Unit.Words, first.First, first.Last, chinese));
        occurrences.ForEach(grown.Add);
        return grown;
    }

    private static bool TryExtend(ref List<Occurrence> occurrences, ref int words, int direction, bool chinese)
    {
        for (var step = 1; step <= 3; step++)
        {
            var votes = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
            foreach (var occurrence in occurrences)
            {
                if (Extended(occurrence, direction, step, chinese) is { } extended)
                {
                    // The occurrences share the words so far: the added words alone tell them apart.
                    var added = direction > 0 ? (extended.Last - step + 1, extended.Last) : (extended.First, extended.First + step - 1);
                    var key = TermShingles.KeyOf(occurrence.Unit.Words, added.Item1, added.Item2, chinese);
                    if (!votes.TryGetValue(key, out var list))
                    {
                        votes[key] = list = [];
                    }

                    list.Add(extended);
                }
            }

            var best = votes.Values.OrderByDescending(v => v.Count).FirstOrDefault();
            if (best is not null && (best.Count >= Coverage * occurrences.Count || (UnitsOf(occurrences) > RareUnits && UnitsOf(best) >= Coverage * UnitsOf(occurrences))))
            {
                occurrences = best;
                words += step;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How many units the occurrences stand in. Growth counts units too, not only occurrences, where more than
    /// <see cref="RareUnits"/> hold the candidate: a unit that writes the name once and its piece again on its own (the
    /// parties to a convention, beside the Conference of the Parties) still holds the name. In fewer, a sentence
    /// repeated word for word would carry the piece into all of it.
    /// </summary>
    private static int UnitsOf(List<Occurrence> occurrences) => occurrences.Select(o => o.Unit).Distinct().Count();

    private static Occurrence? Extended(Occurrence occurrence, int direction, int step, bool chinese)
    {
        var tokens = occurrence.Unit.Words;
        var text = occurrence.Unit.Text;
        var (first, last) = direction > 0 ? (occurrence.First, occurrence.Last + step) : (occurrence.First - step, occurrence.Last);
        if (first < 0 || last >= tokens.Count)
        {
            return null;
        }

        for (var i = first; i <= last; i++)
        {
            if (!TermShingles.IsTermWord(tokens[i], text, chinese) || (i > first && !TermShingles.AreJoined(text, tokens[i - 1], tokens[i], chinese)))
            {
                return null;
            }
        }

        // Three words at once only to pass two function words (of the): a longer run added in one step is a phrase of
        // its own, not the rest of a name. In English, only words that stand inside a name, into a name's capitalised
        // word (Conference of the Parties, seventh meeting of the Expert Group): auxiliaries carry a name into a clause
        // (agreement | had been | reached), and "of the" before a lower-case word makes the name the complement of
        // another phrase (meetings | of the | Expert Group).
        var outer = direction > 0 ? tokens[last] : tokens[first];
        var inner = Enumerable.Range(direction > 0 ? occurrence.Last + 1 : first + 1, step - 1);
        if (step == 3 && !(inner.All(i => TermShingles.IsFunctionWord(tokens[i], text, chinese))
            && (chinese || (inner.All(i => TermShingles.IsNameJoiner(tokens[i], text)) && char.IsUpper(text[outer.Start])))))
        {
            return null;
        }

        return TermShingles.MayEdge(outer, text, chinese, atEnd: direction > 0) ? occurrence with { First = first, Last = last } : null;
    }

    /// <summary>Where a term stands in one of its units: the words of all its occurrences there, and whether it is bracketed.</summary>
    private sealed class TermInPair(SampleUnit source, HashSet<int> span, bool bracketed)
    {
        private WordAlignment.PairWords? pair;

        public SampleUnit Source => source;

        public HashSet<int> Span => span;

        public bool Bracketed => bracketed;

        /// <summary>Where each occurrence of the term ends in <see cref="Source"/>, with its text as written there.</summary>
        public List<(int End, string Text)> Written { get; init; } = [];

        private Dictionary<int, HashSet<int>>? tiedOutside;

        /// <summary>The other side's words that links tie to words of the pair outside the term, with those words.</summary>
        public Dictionary<int, HashSet<int>> TiedOutside(WordAlignment.PairWords pair, bool termIsChinese) =>
            tiedOutside ??= WordAlignment.VouchedInto(pair, pair.Content(termIsChinese).Where(i => !span.Contains(i)).ToHashSet(), termIsChinese);

        /// <summary>The pair's words for the word alignment, with <paramref name="other"/> the same unit's other side.</summary>
        public WordAlignment.PairWords Words(SampleUnit other, bool termIsChinese) => pair ??= termIsChinese
            ? WordAlignment.PairWords.Of(source.Text, source.Words, other.Text, other.Words)
            : WordAlignment.PairWords.Of(other.Text, other.Words, source.Text, source.Words);
    }

    /// <summary>A unit of the sample: its text in the target language and that text's words.</summary>
    private sealed record SampleUnit(int Doc, string Text, List<AnalyzedToken> Words);

    /// <summary>Where a candidate stands in a sample unit, as a run of its words.</summary>
    private sealed record Occurrence(SampleUnit Unit, int First, int Last)
    {
        /// <summary>The text of the words, with the currency sign of an amount that starts it ($280 billion, €300 billion).</summary>
        public string Surface
        {
            get
            {
                var start = Unit.Words[First].Start;
                if (char.IsDigit(Unit.Text[start]))
                {
                    // The sign may stand a space before the figure, and capitals before it name the country's dollar
                    // (US$ 92 million, HK$ 5 billion), as the United Nations and its agencies write amounts.
                    var sign = start > 1 && Unit.Text[start - 1] == ' ' ? start - 2 : start - 1;
                    if (sign >= 0 && char.GetUnicodeCategory(Unit.Text[sign]) == System.Globalization.UnicodeCategory.CurrencySymbol)
                    {
                        start = sign;
                        while (start > 0 && char.IsAsciiLetterUpper(Unit.Text[start - 1]))
                        {
                            start--;
                        }
                    }
                }

                // A share keeps its sign (18%), and a year in brackets its closing bracket (resolution 2417 (2018)).
                var end = Unit.Words[Last].End;
                if (end < Unit.Text.Length && ((Unit.Text[end] is '%' or '％' && char.IsDigit(Unit.Text[end - 1]))
                    || (Unit.Text[end] is ')' or '）' && Unit.Text.AsSpan(start, end - start).IndexOfAny('(', '（') >= 0)))
                {
                    end++;
                }

                return Unit.Text[start..end];
            }
        }
    }

    private sealed class Candidate(string key)
    {
        public string Key { get; } = key;

        /// <summary>
        /// How many words the candidate has, the fewest of any occurrence: in Chinese the segmenter may cut the same
        /// characters differently from one unit to the next. None before the first occurrence.
        /// </summary>
        public int Words { get; private set; }

        private readonly List<Occurrence> occurrences = [];

        public List<Occurrence> Occurrences => occurrences;

        /// <summary>
        /// How the text writes the candidate, the commonest way first. Ties go to the form with fewer capitals (a
        /// sentence-initial capital is not the term's), then to ordinal order, so that the answer does not depend on
        /// the order in which the writing threads happened to store the units.
        /// </summary>
        public List<string> Forms() => [.. occurrences
            .GroupBy(o => o.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Count(char.IsUpper))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)];

        /// <summary>How many sample units hold the candidate (occurrences arrive grouped by unit).</summary>
        public int Units { get; private set; }

        public void Add(Occurrence occurrence)
        {
            if (occurrences.Count == 0 || !ReferenceEquals(occurrences[^1].Unit, occurrence.Unit))
            {
                Units++;
            }

            var span = occurrence.Last - occurrence.First + 1;
            Words = occurrences.Count == 0 ? span : Math.Min(Words, span);
            occurrences.Add(occurrence);
        }

        /// <summary>An occurrence with the fewest words, the same one whatever order the units were read in.</summary>
        public Occurrence Representative => occurrences
            .Where(o => o.Last - o.First + 1 == Words)
            .MinBy(o => string.Join(' ', o.Unit.Words.Skip(o.First).Take(Words).Select(w => w.End - w.Start)), StringComparer.Ordinal)!;

        public double CoOccurrences { get; set; }

        /// <summary>How many sample units that translate a longer name the term is part of hold the candidate (see <c>InLongerNames</c>).</summary>
        public int InLongerNames { get; set; }

        public int Frequency { get; set; }

        /// <summary>How many units hold both term and candidate, those that translate a longer name included: what a display prints.</summary>
        public int ShownCoOccurrences { get; set; }

        /// <summary>How many units hold the candidate, those that translate a longer name included: what a display prints.</summary>
        public int ShownFrequency { get; set; }

        /// <summary>The association of term and candidate over units.</summary>
        public double Association { get; set; }

        /// <summary>How well the candidate aligns with the term word by word in their pairs (weighed for rare terms only).</summary>
        public double Alignment { get; set; }

        /// <summary>The candidate's words that a link in a pair ties to the term, with the term's words (unit, word) they are tied to.</summary>
        private readonly Dictionary<string, HashSet<(int Doc, int Word)>> vouched = new(StringComparer.Ordinal);

        public void Vouch(string word, IEnumerable<(int Doc, int Word)> termWords)
        {
            if (!vouched.TryGetValue(word, out var set))
            {
                vouched[word] = set = [];
            }

            set.UnionWith(termWords);
        }

        /// <summary>Whether <paramref name="word"/> of this candidate is tied to a word of the term that none of <paramref name="piece"/>'s words is.</summary>
        public bool TranslatesMoreThan(string word, Candidate piece) =>
            vouched.TryGetValue(word, out var termWords) && termWords.Any(t => !piece.vouched.Values.Any(v => v.Contains(t)));

        /// <summary>
        /// Whether, in every pair of the candidate, each content word of the term is tied by a link to a word of the
        /// candidate, and wholly (not through part of a gloss): nothing of the term is left for more words to translate
        /// (weighed for rare terms only).
        /// </summary>
        public bool CoversTerm { get; set; } = true;

        /// <summary>Whether a link in some pair ties <paramref name="word"/> of this candidate to a word of the term.</summary>
        public bool IsVouched(string word) => vouched.ContainsKey(word);

        /// <summary>The candidate's words that no link ties to any word on the other side of their pair (weighed for rare terms only).</summary>
        public HashSet<string> Unexplained { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// How many more words that no link explains the candidate holds than the term, in the pair where it holds most
        /// (weighed for rare terms only; a run of Chinese characters counts as one word): a translation leaves
        /// unexplained what the term leaves unexplained, and nothing more.
        /// </summary>
        public int UnexplainedExcess { get; set; } = int.MinValue;

        /// <summary>
        /// Whether, in a pair of the candidate, the term's words that a translation's first words answer hold one that no
        /// link explains: its first word, or, in a capitalised English name, a word after its first preposition (see
        /// <see cref="TermEdges"/>).
        /// </summary>
        public bool TermUnexplainedAtStart { get; set; }

        /// <summary>
        /// Whether, in a pair of the candidate, the term's words that a translation's last words answer hold one that no
        /// link explains: its last word short of a number after it, or, in a capitalised English name, a word before its
        /// first preposition (see <see cref="TermEdges"/>).
        /// </summary>
        public bool TermUnexplainedAtEnd { get; set; }

        /// <summary>
        /// The candidate's words that a link ties to words of their pair outside the term, and to none of the term
        /// (weighed for rare terms only).
        /// </summary>
        public HashSet<string> TiedElsewhere { get; } = new(StringComparer.Ordinal);

        /// <summary>Whether term and candidate stand in brackets or quotes in the same pair.</summary>
        public bool Bracketed { get; set; }

        /// <summary>Whether, in a pair, the candidate is a phrase on its own (see <c>StandsAlone</c>; weighed for rare terms only).</summary>
        public bool StandsAlone { get; set; }

        /// <summary>
        /// Whether, in a pair of the candidate, the term starts with a number and the candidate with a number a link
        /// ties to it (weighed for rare terms only).
        /// </summary>
        public bool StartsWithTheAmount { get; set; }

        /// <summary>What ranks the candidate: the association, with the pairs' evidence for a rare term.</summary>
        public double Score { get; set; }
    }
}
