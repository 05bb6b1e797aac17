using System.Runtime.CompilerServices;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// The features of both documents of a pair, extracted once and shared by every alignment pass:
/// sentence sizes, invariant tokens (one vocabulary for both sides), words (one vocabulary per side), lexicon concepts.
/// </summary>
internal sealed class PairFeatures
{
    // Both trainings of the word model start from the same entries: found once.
    private IReadOnlyList<(int[] Source, int[] Target)>? lexiconPairs;

    [MethodImpl(HotLoop.Optimised)]
    private PairFeatures(SentenceFeatures[] source, SentenceFeatures[] target, Vocabulary invariants, Vocabulary sourceWords, Vocabulary targetWords, Lexicon lexicon, bool sourceIsChinese, double hanRatio)
    {
        Lexicon = lexicon;
        SourceIsChinese = sourceIsChinese;
        Source = source;
        Target = target;
        InvariantVocabulary = invariants;
        SourceWords = sourceWords;
        TargetWords = targetWords;
        HanRatio = hanRatio;
        // Numbered in the order the concepts first come, in an array by concept rather than a dictionary: the
        // tables look up every concept of every sentence.
        var largest = -1;
        foreach (var side in new[] { source, target })
        {
            foreach (var f in side)
            {
                foreach (var concept in f.Concepts)
                {
                    largest = Math.Max(largest, concept);
                }
            }
        }

        var conceptIds = new int[largest + 1];
        Array.Fill(conceptIds, -1);
        var concepts = 0;
        foreach (var side in new[] { source, target })
        {
            foreach (var f in side)
            {
                foreach (var concept in f.Concepts)
                {
                    concepts += conceptIds[concept] < 0 ? 1 : 0;
                    conceptIds[concept] = conceptIds[concept] < 0 ? concepts - 1 : conceptIds[concept];
                }
            }
        }

        SourceTable = new SentenceTable(source, Length, conceptIds);
        TargetTable = new SentenceTable(target, Length, conceptIds);
        EvidenceSpace = (2 * Math.Max(invariants.Count, concepts)) + 2;
    }

    /// <summary>One more than the largest evidence token of <see cref="SourceTable"/> and <see cref="TargetTable"/>.</summary>
    public int EvidenceSpace { get; }

    /// <summary>The source sentences as the bead costs read them.</summary>
    public SentenceTable SourceTable { get; }

    /// <summary>The target sentences as the bead costs read them.</summary>
    public SentenceTable TargetTable { get; }

    public SentenceFeatures[] Source { get; }

    /// <summary>The lexicon whose concepts the sentences carry.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>True when the source is the Chinese side (the one whose lexicon terms the concepts number).</summary>
    public bool SourceIsChinese { get; }

    public SentenceFeatures[] Target { get; }

    public Vocabulary InvariantVocabulary { get; }

    public Vocabulary SourceWords { get; }

    public Vocabulary TargetWords { get; }

    /// <summary>How many non-Han characters of the other language one Han character is worth in this pair.</summary>
    public double HanRatio { get; }

    /// <summary>The sentence's length in the pair's common unit: non-Han characters, with Han characters weighted by <see cref="HanRatio"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Length(SentenceFeatures sentence) => (HanRatio * sentence.Han) + sentence.Other;

    [MethodImpl(HotLoop.Optimised)]
    public static PairFeatures Extract(SegmentedDocument source, SegmentedDocument target, Lexicon lexicon)
    {
        var invariants = new Vocabulary();
        var sourceWords = new Vocabulary();
        var targetWords = new Vocabulary();

        // Latin words in a Chinese text are names and acronyms; in English every word is Latin, so an English word
        // counts only when the Chinese side also writes it in Latin script (André Rypl, COVID-19, INTERPOL).
        var sourceLatin = source.Language.IsChinese || !target.Language.IsChinese;
        var targetLatin = target.Language.IsChinese || !source.Language.IsChinese;
        var bothNonChinese = !source.Language.IsChinese && !target.Language.IsChinese;
        var chineseLatin = new HashSet<string>(StringComparer.Ordinal);
        if (target.Language.IsChinese && !source.Language.IsChinese)
        {
            chineseLatin.UnionWith(target.Sentences.SelectMany(s => LatinWords(s.Text)));
        }

        // Lexicon concepts: the Chinese side's first, then the English side's translations of those.
        var (sourceConcepts, targetConcepts) = Concepts(source, target, lexicon);

        // Sentence by sentence, so that the raw tokens of one die before the next is read: kept for a whole long
        // document, they outlived several collections.
        var (sourceNames, targetNames) = Names(source, target, lexicon);
        var sourceFeatures = Build(source, sourceConcepts, sourceWords, sourceLatin, chineseLatin, bothNonChinese, invariants, source.Language.IsChinese, sourceNames);
        var targetFeatures = Build(target, targetConcepts, targetWords, targetLatin, chineseLatin, bothNonChinese, invariants, collectLatin: false, targetNames);
        return new PairFeatures(
            sourceFeatures, targetFeatures, invariants, sourceWords, targetWords, lexicon, source.Language.IsChinese, EstimateHanRatio(sourceFeatures, targetFeatures) ?? DefaultHanRatio);
    }

    /// <summary>
    /// The Han ratio measured on <paramref name="beads"/> (an earlier pass's confident pairs), or none when they are
    /// too few to tell. The whole pair's ratio assumes both sides say the same: a translation that leaves a long
    /// stretch out (half a story, a chapter) has a ratio off by as much as the share it left out, and every bead's
    /// length evidence with it.
    /// </summary>
    public double? HanRatioOf(IEnumerable<Bead> beads)
    {
        var paired = beads.Where(b => !b.Type.IsDeletionOrInsertion).ToList();
        return paired.Count < MinimumMeasuredBeads
            ? null
            : EstimateHanRatio([.. paired.SelectMany(b => b.Source.Indices).Select(i => Source[i])], [.. paired.SelectMany(b => b.Target.Indices).Select(i => Target[i])]);
    }

    /// <summary>These features with Han characters weighted by <paramref name="hanRatio"/>.</summary>
    public PairFeatures WithHanRatio(double hanRatio) =>
        new(Source, Target, InvariantVocabulary, SourceWords, TargetWords, Lexicon, SourceIsChinese, hanRatio) { lexiconPairs = lexiconPairs };

    /// <summary>A ratio measured on pairs is used only when this many beads support it.</summary>
    private const int MinimumMeasuredBeads = 8;

    /// <summary>For each side, a function from a sentence index to its concepts; none unless exactly one side is Chinese.</summary>
    private static (Func<int, int[]> Source, Func<int, int[]> Target) Concepts(SegmentedDocument source, SegmentedDocument target, Lexicon lexicon)
    {
        if (lexicon.IsEmpty || source.Language.IsChinese == target.Language.IsChinese)
        {
            return (_ => [], _ => []);
        }

        var (chinese, english) = source.Language.IsChinese ? (source, target) : (target, source);
        var chineseConcepts = LexiconMatcher.ChineseConcepts(lexicon, chinese.Sentences.Select(s => s.Text));
        var matcher = new LexiconMatcher(lexicon, chineseConcepts.SelectMany(c => c));
        Func<int, int[]> ofChinese = i => chineseConcepts[i];
        Func<int, int[]> ofEnglish = i => matcher.EnglishConcepts(english.Sentences[i].Text);
        return source.Language.IsChinese ? (ofChinese, ofEnglish) : (ofEnglish, ofChinese);
    }

    /// <summary>For each side, the name tokens of every sentence (<see cref="TransliteratedNames"/>); none unless exactly one side is Chinese.</summary>
    private static (string[][] Source, string[][] Target) Names(SegmentedDocument source, SegmentedDocument target, Lexicon lexicon)
    {
        if (source.Language.IsChinese == target.Language.IsChinese)
        {
            return ([.. source.Sentences.Select(_ => Array.Empty<string>())], [.. target.Sentences.Select(_ => Array.Empty<string>())]);
        }

        var (chinese, english) = source.Language.IsChinese ? (source, target) : (target, source);
        var (ofChinese, ofEnglish) = TransliteratedNames.Find([.. chinese.Sentences.Select(s => s.Text)], [.. english.Sentences.Select(s => s.Text)], lexicon.Readings, w => lexicon.Lookup(w).Count > 0);
        return source.Language.IsChinese ? (ofChinese, ofEnglish) : (ofEnglish, ofChinese);
    }

    /// <summary>
    /// The lexicon's entries for the concepts both documents hold, as word-id pairs (source words, target words) of
    /// this pair's vocabularies: a word model that starts from them needs fewer of the pair's own sentences to learn.
    /// </summary>
    public IReadOnlyList<(int[] Source, int[] Target)> LexiconPairs() => lexiconPairs ??= FindLexiconPairs();

    [MethodImpl(HotLoop.Optimised)]
    private List<(int[] Source, int[] Target)> FindLexiconPairs()
    {
        var shared = Source.SelectMany(f => f.Concepts).ToHashSet();
        shared.IntersectWith(Target.SelectMany(f => f.Concepts));
        var (chineseWords, englishWords) = SourceIsChinese ? (SourceWords, TargetWords) : (TargetWords, SourceWords);
        var pairs = new List<(int[], int[])>();
        var scratch = new Vocabulary();
        var concepts = shared.Order().ToList();
        var glossWords = new List<int>();
        foreach (var english in concepts.SelectMany(Lexicon.TranslationsOf))
        {
            LexicalTokens.Extract(english, chinese: false, scratch, glossWords);
        }

        var inflected = Inflected(englishWords, scratch);
        foreach (var concept in concepts)
        {
            var chinese = Known(Lexicon.Terms.Term(concept), chinese: true, chineseWords, scratch);
            foreach (var english in Lexicon.TranslationsOf(concept).Select(e => Known(e, chinese: false, englishWords, scratch, inflected)).Where(e => e.Length > 0))
            {
                if (chinese.Length > 0)
                {
                    pairs.Add(SourceIsChinese ? (chinese, english) : (english, chinese));
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// The ids of the words of <paramref name="text"/> that <paramref name="vocabulary"/> knows, read through
    /// <paramref name="scratch"/>, one vocabulary for every text rather than one each.
    /// </summary>
    private static int[] Known(string text, bool chinese, Vocabulary vocabulary, Vocabulary scratch, Dictionary<string, int>? inflected = null)
    {
        var words = new List<int>();
        LexicalTokens.Extract(text, chinese, scratch, words);
        return [.. words.Select(scratch.Token)
            .Select(w => vocabulary.TryGet(w, out var id) ? id : inflected is not null && inflected.TryGetValue(w, out var form) ? form : -1)
            .Where(id => id >= 0)];
    }

    /// <summary>
    /// For each gloss word of <paramref name="glosses"/> that the document holds only inflected (<c>say</c> where it
    /// says <c>said</c>, <c>wash</c> where it says <c>washed</c>), the id in <paramref name="vocabulary"/> of the first
    /// such form: a gloss gives the base form, and a narrative in the past tense may never use it.
    /// </summary>
    private static Dictionary<string, int> Inflected(Vocabulary vocabulary, Vocabulary glosses)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        InflectedWords.Known glossWord = word => glosses.TryGet(word, out var id) ? id : -1;
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var word = vocabulary.Token(id);
            if (!glosses.TryGet(word, out _) && InflectedWords.Base(word, glossWord) is var gloss and >= 0)
            {
                forms.TryAdd(glosses.Token(gloss), id);
            }
        }

        return forms;
    }

    /// <summary>True when invariant token <paramref name="id"/> is a number or a date part, the kind QA reports when unmatched.</summary>
    public bool IsNumber(int id) => InvariantVocabulary.Token(id) is ['n' or 'm', ':', ..];

    /// <summary>The features of every sentence of <paramref name="document"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="concepts">The lexicon concepts of a sentence.</param>
    /// <param name="words">The document's word vocabulary.</param>
    /// <param name="keepAllLatin">Whether every Latin word counts, or only those in <paramref name="chineseLatin"/>.</param>
    /// <param name="chineseLatin">The Latin words of the Chinese side.</param>
    /// <param name="noLatin">Whether no Latin word counts (neither side is Chinese).</param>
    /// <param name="invariants">The invariant tokens of both documents.</param>
    /// <param name="collectLatin">Whether to add the document's Latin words to <paramref name="chineseLatin"/>.</param>
    /// <param name="names">The name tokens of each sentence.</param>
    [MethodImpl(HotLoop.Optimised)]
    private static SentenceFeatures[] Build(
        SegmentedDocument document,
        Func<int, int[]> concepts,
        Vocabulary words,
        bool keepAllLatin,
        HashSet<string> chineseLatin,
        bool noLatin,
        Vocabulary invariants,
        bool collectLatin,
        string[][] names)
    {
        // One set of lists for every sentence: made anew for each, they were most of what the features allocated.
        var (tokens, latin, spelled) = (new List<string>(), new List<string>(), new List<string>());
        var (wordIds, ids) = (new List<int>(), new List<int>());
        var chinese = document.Language.IsChinese;
        var onlyLatin = keepAllLatin || noLatin ? null : chineseLatin;
        var wordReader = new LexicalTokens.Reader(words);
        var readings = new InvariantTokens.WordReadings(onlyLatin);
        var features = new SentenceFeatures[document.Sentences.Count];
        for (var i = 0; i < features.Length; i++)
        {
            var text = document.Sentences[i].Text;
            tokens.Clear();
            latin.Clear();
            spelled.Clear();
            wordIds.Clear();
            InvariantTokens.Extract(text, chinese, tokens, latin, spelled, words: readings);
            tokens.AddRange(names[i]);
            wordReader.Extract(text, chinese, wordIds);
            if (collectLatin)
            {
                chineseLatin.UnionWith(latin);
            }

            // Ids in the order the tokens come (invariants, then the Latin words that count), as the vocabulary numbers them.
            ids.Clear();
            foreach (var token in tokens)
            {
                ids.Add(invariants.Id(token));
            }

            foreach (var word in latin)
            {
                if (!noLatin && (keepAllLatin || chineseLatin.Contains(word)))
                {
                    ids.Add(invariants.Id(word));
                }
            }

            var invariantIds = SortedIds(ids);
            ids.Clear();
            foreach (var token in spelled)
            {
                ids.Add(invariants.Id(token));
            }

            var span = document.SentencesOf(document.Sentences[i].BlockIndex);
            var (han, other) = Sizes(text);
            features[i] = new SentenceFeatures(
                han,
                other,
                invariantIds,
                [.. wordIds],
                concepts(i),
                SortedIds(ids),
                span.Start == i,
                span.End - 1 == i,
                QuoteBalance.Of(text),
                SpeechTurns.Of(text));
        }

        return features;
    }

    private static int[] SortedIds(List<int> ids)
    {
        ids.Sort();
        return [.. ids];
    }

    /// <summary>The Latin words of a Chinese sentence, as <see cref="Build"/> finds them, and nothing else.</summary>
    private static List<string> LatinWords(string text)
    {
        var latin = new List<string>();
        InvariantTokens.Extract(text, chinese: true, [], latin, []);
        return latin;
    }

    /// <summary>The sentence's Han characters and its other characters that are not white space.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static (int Han, int Other) Sizes(string text)
    {
        int han = 0, other = 0;
        foreach (var c in text)
        {
            if (Script.IsHan(c))
            {
                han++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                other++;
            }
        }

        return (han, other);
    }

    /// <summary>
    /// Solves Σ source length = Σ target length for the Han weight: (target other − source other) / (source Han − target Han).
    /// A document pair measures its own ratio, which is what a length model for Chinese needs: the right ratio depends
    /// on the text type, and Gale–Church's defaults (1 : 1) are wrong for it by a factor of three. None when the two sides hold
    /// too nearly the same number of Han characters to tell.
    /// </summary>
    private static double? EstimateHanRatio(SentenceFeatures[] source, SentenceFeatures[] target)
    {
        double sourceHan = source.Sum(s => s.Han), targetHan = target.Sum(s => s.Han);
        double sourceOther = source.Sum(s => s.Other), targetOther = target.Sum(s => s.Other);
        var hanDifference = sourceHan - targetHan;
        if (Math.Abs(hanDifference) < 20)
        {
            return null;
        }

        var ratio = (targetOther - sourceOther) / hanDifference;
        return double.IsFinite(ratio) ? Math.Clamp(ratio, 1.0, 8.0) : null;
    }

    /// <summary>English characters (non-space) per Chinese Han character, measured on the bundled UN report.</summary>
    internal const double DefaultHanRatio = 3.1;

}
