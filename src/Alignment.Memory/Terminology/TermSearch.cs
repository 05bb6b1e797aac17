using Alignment.Documents;
using Alignment.Memory.Indexing;
using Alignment.Memory.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Term-equivalent lookup. The units containing the term are found with the concordance's phrase query; the other
/// side of (a sample of) them is cut into candidate terms (<see cref="TermShingles"/>); each candidate's frequency
/// in the whole memory is one lookup in the term statistics; the association of term and candidate over units ranks
/// them. A candidate that never occurs outside a longer candidate ("legal assistance" inside "mutual legal
/// assistance") is left out, being only a piece of it.
/// </summary>
internal static class TermSearch
{
    /// <summary>How many of the most frequent candidates get scored.</summary>
    private const int Shortlist = 60;

    /// <summary>How many units a source term's growth looks at.</summary>
    private const int GrowthSample = 200;

    /// <summary>The longest name a candidate grows into, in words.</summary>
    private const int MaxGrownWords = 10;

    /// <summary>The share of a candidate's occurrences that must continue the same way for it to grow.</summary>
    private const double Coverage = 0.9;

    /// <summary>English letters per Chinese character in translation (the aligner's measured ratio).</summary>
    private const double HanToLetters = 3.1;

    /// <summary>
    /// How much a candidate's length, against the length the term predicts, weighs in the ranking: enough to order
    /// candidates that co-occur with the term exactly as often (in a small memory, every phrase of a term's two units
    /// does), too little to overturn a real difference in association.
    /// </summary>
    private const double LengthFitWeight = 0.05;

    public static TermEquivalents Run(IndexSearcher searcher, string term, Language language, Language target, TermLookupOptions options)
    {
        var none = new TermEquivalents(term, language, target, 0, []);
        var field = IndexSchema.IsCharacterBased(language.Code) ? IndexSchema.Grams(language.Code) : IndexSchema.Words(language.Code);
        if (!PhrasePattern.TryParse(field, term, out var pattern))
        {
            return none;
        }

        var units = UnitsContaining(searcher, pattern, target.Code);
        if (units.Count == 0)
        {
            return none;
        }

        var sample = ReadSample(searcher, Sample(units, options.SampleSize), target.Code);
        var chinese = target.IsChinese;
        var found = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        foreach (var unit in sample)
        {
            var firstWord = unit.Words.Select((w, i) => (w.Start, i)).GroupBy(x => x.Start).ToDictionary(g => g.Key, g => g.First().i);
            var lastWord = unit.Words.Select((w, i) => (w.End, i)).GroupBy(x => x.End).ToDictionary(g => g.Key, g => g.Last().i);
            foreach (var shingle in TermShingles.Of(target.Code, unit.Text, unit.Words))
            {
                if (!found.TryGetValue(shingle.Key, out var candidate))
                {
                    found[shingle.Key] = candidate = new Candidate(shingle.Key, shingle.Words);
                }

                candidate.Add(new Occurrence(unit, firstWord[shingle.Start], lastWord[shingle.End]));
            }
        }

        var reader = searcher.IndexReader;
        var scale = units.Count / (double)Math.Max(sample.Count, 1);
        var shortlist = found.Values
            .OrderByDescending(c => c.Units)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(Shortlist)
            .Select(c => Grow(c, chinese))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(c => c.Units).First())
            .ToList();
        foreach (var candidate in shortlist)
        {
            candidate.CoOccurrences = candidate.Units * scale;
            candidate.Frequency = Math.Max(Frequency(searcher, candidate, target.Code), (int)Math.Round(candidate.CoOccurrences));
            candidate.Score = Association.Score(options.Association, candidate.CoOccurrences, units.Count, candidate.Frequency, reader.NumDocs);
        }

        var expectedLength = Letters(term) * (language.IsChinese == target.IsChinese ? 1 : language.IsChinese ? HanToLetters : 1 / HanToLetters);
        var best = shortlist
            .Where(c => !shortlist.Any(longer => longer.Words > c.Words && longer.Units >= c.Units && Contains(longer.Key, c.Key, target)))
            .OrderByDescending(c => c.Score - LengthMisfit(term, c.Occurrences[0].Surface, expectedLength))
            .ThenByDescending(c => c.Words)
            .ThenByDescending(c => c.Units)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(options.MaxCandidates)
            .ToList();

        var stored = new StoredUnits(searcher);
        var candidates = best.Select(c => Describe(c, pattern, language, target, stored, options)).ToList();
        return new TermEquivalents(term, language, target, units.Count, candidates);
    }

    /// <summary>
    /// A candidate source term as the memory writes it, grown into the longer name it belongs to when nearly all its
    /// occurrences continue alike (犯罪问题办公室 → 毒品和犯罪问题办公室); the empty string when it cannot be found again.
    /// </summary>
    public static string GrowInContext(IndexSearcher searcher, string key, Language language)
    {
        if (!PhrasePattern.TryParse(SearchField(language.Code), key, out var pattern))
        {
            return key;
        }

        var chinese = language.IsChinese;
        var candidate = new Candidate(key, chinese ? 1 : key.Count(c => c == ' ') + 1);
        var units = UnitsContaining(searcher, pattern, string.Empty);
        foreach (var unit in ReadSample(searcher, Sample(units, GrowthSample), language.Code))
        {
            var firstWord = unit.Words.Select((w, i) => (w.Start, i)).GroupBy(x => x.Start).ToDictionary(g => g.Key, g => g.First().i);
            var lastWord = unit.Words.Select((w, i) => (w.End, i)).GroupBy(x => x.End).ToDictionary(g => g.Key, g => g.Last().i);
            foreach (var shingle in TermShingles.Of(language.Code, unit.Text, unit.Words).Where(s => s.Key == key))
            {
                candidate.Add(new Occurrence(unit, firstWord[shingle.Start], lastWord[shingle.End]));
            }
        }

        return candidate.Occurrences.Count == 0 ? key : Grow(candidate, chinese).Occurrences[0].Surface;
    }

    /// <summary>The units whose side in the phrase's field holds it; with a target language, only units that also have that language.</summary>
    private static List<int> UnitsContaining(IndexSearcher searcher, PhrasePattern pattern, string targetCode)
    {
        var query = new BooleanQuery { { pattern.ToQuery(), Occur.MUST } };
        if (targetCode.Length > 0)
        {
            query.Add(new TermQuery(new Term(IndexSchema.LanguageCodes, targetCode)), Occur.MUST);
        }

        var collector = new UnitCollector();
        searcher.Search(query, collector);
        collector.Units.Sort();
        return collector.Units;
    }

    /// <summary>Evenly spread units, so that a sample of a frequent term covers the whole memory and not its start.</summary>
    private static List<int> Sample(List<int> units, int size)
    {
        if (units.Count <= size)
        {
            return units;
        }

        return [.. Enumerable.Range(0, size).Select(i => units[(int)((long)i * units.Count / size)])];
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
        var forms = candidate.Occurrences
            .GroupBy(o => o.Surface, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();
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

        return new TermCandidate(text, variants, alternatives, (int)Math.Round(candidate.CoOccurrences), candidate.Frequency, candidate.Score, examples);
    }

    /// <summary>The field a phrase of <paramref name="code"/> is searched in: Chinese by characters, other languages by words.</summary>
    private static string SearchField(string code) => IndexSchema.IsCharacterBased(code) ? IndexSchema.Grams(code) : IndexSchema.Words(code);

    private static List<SampleUnit> ReadSample(IndexSearcher searcher, List<int> units, string code)
    {
        var texts = new CandidateTexts(searcher, code);
        var sample = new List<SampleUnit>(units.Count);
        foreach (var unit in units)
        {
            if (texts.TryRead(unit, out var text, out _))
            {
                sample.Add(new SampleUnit(unit, text, AnalyzedToken.Analyze(IndexSchema.Words(code), text)));
            }
        }

        return sample;
    }

    /// <summary>How many units hold the candidate: from the term statistics, or by a phrase search for a grown candidate longer than they record.</summary>
    private static int Frequency(IndexSearcher searcher, Candidate candidate, string code)
    {
        if (candidate.Words <= TermShingles.MaxWords)
        {
            return searcher.IndexReader.DocFreq(new Term(IndexSchema.Terms(code), candidate.Key));
        }

        if (!PhrasePattern.TryParse(SearchField(code), candidate.Occurrences[0].Surface, out var phrase))
        {
            return 0;
        }

        var counter = new TotalHitCountCollector();
        searcher.Search(phrase.ToQuery(), counter);
        return counter.TotalHits;
    }

    /// <summary>
    /// Extends a candidate one or two words at a time (two, to pass a function word: Office on Drugs → … and Crime)
    /// while nearly all its occurrences continue the same way: the candidate is then a piece of a longer name.
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
        var grown = new Candidate(TermShingles.KeyOf(first.Unit.Words.Skip(first.First).Take(first.Last - first.First + 1), chinese), words);
        occurrences.ForEach(grown.Add);
        return grown;
    }

    private static bool TryExtend(ref List<Occurrence> occurrences, ref int words, int direction, bool chinese)
    {
        for (var step = 1; step <= 2; step++)
        {
            var votes = new Dictionary<string, List<Occurrence>>(StringComparer.Ordinal);
            foreach (var occurrence in occurrences)
            {
                if (Extended(occurrence, direction, step, chinese) is { } extended)
                {
                    var key = TermShingles.KeyOf(occurrence.Unit.Words.Skip(extended.First).Take(extended.Last - extended.First + 1), chinese);
                    if (!votes.TryGetValue(key, out var list))
                    {
                        votes[key] = list = [];
                    }

                    list.Add(extended);
                }
            }

            var best = votes.Values.OrderByDescending(v => v.Count).FirstOrDefault();
            if (best is not null && best.Count >= Coverage * occurrences.Count)
            {
                occurrences = best;
                words += step;
                return true;
            }
        }

        return false;
    }

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

        var outer = direction > 0 ? tokens[last] : tokens[first];
        return TermShingles.IsFunctionWord(outer, text, chinese) ? null : occurrence with { First = first, Last = last };
    }

    /// <summary>A unit of the sample: its text in the target language and that text's words.</summary>
    private sealed record SampleUnit(int Doc, string Text, List<AnalyzedToken> Words);

    /// <summary>Where a candidate stands in a sample unit, as a run of its words.</summary>
    private sealed record Occurrence(SampleUnit Unit, int First, int Last)
    {
        public string Surface => Unit.Text[Unit.Words[First].Start..Unit.Words[Last].End];
    }

    private sealed class Candidate(string key, int words)
    {
        public string Key { get; } = key;

        public int Words { get; } = words;

        private readonly List<Occurrence> occurrences = [];

        public IReadOnlyList<Occurrence> Occurrences => occurrences;

        /// <summary>How many sample units hold the candidate (occurrences arrive grouped by unit).</summary>
        public int Units { get; private set; }

        public void Add(Occurrence occurrence)
        {
            if (occurrences.Count == 0 || !ReferenceEquals(occurrences[^1].Unit, occurrence.Unit))
            {
                Units++;
            }

            occurrences.Add(occurrence);
        }

        public double CoOccurrences { get; set; }

        public int Frequency { get; set; }

        public double Score { get; set; }
    }
}
