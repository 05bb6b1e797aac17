using System.Numerics;
using System.Runtime.CompilerServices;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// The translation-model evidence for a bead, from models trained on the confident beads of an earlier pass (and
/// a lexicon's entries, when there is one), so that each document pair teaches itself its vocabulary.
/// <para>
/// Each word of either side is scored by how much better the other side's sentences explain it than its frequency
/// does, log(β + (1 − β) · P(word | sentence) / P(word)), with Model 1's P(word | sentence) the mean of the
/// sentence's words' translation probabilities (and the empty word's). A word of a bead takes the best of the
/// bead's sentences on the other side, so the score of any bead is assembled from scores of sentence pairs: a
/// pair is scored once and then serves every bead that holds it. The evidence is the mean of both directions.
/// </para>
/// A model serves one alignment on one thread: it keeps caches.
/// </summary>
internal sealed class LexicalEvidence
{
    /// <summary>
    /// Share of the background unigram model mixed into P(word | sentence). Model 1 trained on a few hundred pairs
    /// explains too few words; unmixed, every unexplained word of a correct pair costs several nats and skipping the
    /// pair looks cheaper than pairing it.
    /// </summary>
    private const float BackgroundShare = 0.3f;

    /// <summary>Sentence pairs kept scored: rows by source sentence, columns by target sentence, both modulo.</summary>
    private const int CachedRows = 8;

    private const int CachedColumns = 64;

    /// <summary>
    /// The most bead pairs a model learns from, which keeps training a fixed cost however long the document: a few
    /// thousand sentence pairs teach Model 1 the words that recur, and those are the ones that align sentences.
    /// </summary>
    private const int TrainingPairs = 4000;

    /// <summary>
    /// The document's training pairs against which each of the lexicon's seed pairs counts once; a longer document's
    /// seed counts as many times more. Counted once however long the document, an entry weighed a twentieth as much
    /// in a long input as in one chapter, and the chapter's beads that a lexicon's words had held together came apart
    /// inside it (the chapter fifty-three times over: 1.000 once, 0.958 so). Documents of up to this many pairs
    /// weigh the seed as before.
    /// </summary>
    private const int SeedCounterweight = 200;

    private readonly TranslationModel forward;
    private readonly TranslationModel backward;
    private readonly int[][] sourceWords;
    private readonly int[][] targetWords;
    private readonly PredictionCache sourcePredictions;
    private readonly PredictionCache targetPredictions;
    private readonly PairScores[] pairs = new PairScores[CachedRows * CachedColumns];

    // BestOf's word values, before they are summed.
    private float[] bestScores = new float[64];

    // What a sentence's words score at best against a run of two or three sentences of the other side, by direction,
    // run length, source sentence and target sentence (both modulo): several beads ask for the same (the run of
    // sources s, s + 1 against target t serves the beads 2-1 at (s, t), 2-2 at (s, t) and 2-2 at (s, t - 1)).
    private readonly RunScore[] runScores = new RunScore[2 * (SentenceTable.LongestRun - 1) * CachedRows * CachedColumns];

    // Every run's shares (see Shares), by side, run length and first sentence: a run is part of many candidate beads,
    // and each took a logarithm per sentence.
    private readonly float[][] sourceShares;
    private readonly float[][] targetShares;

    [MethodImpl(HotLoop.Optimised)]
    private LexicalEvidence(PairFeatures features, TranslationModel forward, TranslationModel backward)
    {
        this.forward = forward;
        this.backward = backward;
        sourceWords = [.. features.Source.Select(f => f.Words)];
        targetWords = [.. features.Target.Select(f => f.Words)];
        sourcePredictions = new PredictionCache(forward, sourceWords);
        targetPredictions = new PredictionCache(backward, targetWords);
        (sourceShares, targetShares) = (RunShares(sourceWords), RunShares(targetWords));
        for (var k = 0; k < pairs.Length; k++)
        {
            pairs[k] = new PairScores();
        }

        Array.Fill(runScores, new RunScore(-1, -1, 0));
    }

    /// <summary>t(target word | source word), as learnt (with the lexicon's seed).</summary>
    public TranslationModel Forward => forward;

    /// <summary>t(source word | target word), as learnt (with the lexicon's seed).</summary>
    public TranslationModel Backward => backward;

    /// <summary>
    /// Trains the models on the confident beads of an earlier pass: all of them up to <see cref="TrainingPairs"/>,
    /// else that many spread evenly over the document (<see cref="Sampled"/>). Evenly, not the most confident: the most confident few
    /// thousand beads of a long document are its easy ones, and a model trained on those alone left 161 sentences
    /// unpaired in forty copies of the report, where one copy leaves one.
    /// </summary>
    /// <param name="features">The pair's sentences.</param>
    /// <param name="beads">An earlier pass's beads.</param>
    /// <param name="minimumConfidence">The least confidence of a bead trained on.</param>
    public static LexicalEvidence Train(PairFeatures features, IReadOnlyList<Bead> beads, double minimumConfidence) =>
        Train(features, beads, minimumConfidence, leftOut: null);

    /// <summary>
    /// As <see cref="Train(PairFeatures, IReadOnlyList{Bead}, double)"/>, with the Chinese words that only one
    /// sentence of the document holds left out of the beads trained on (see <see cref="ChineseHapaxes"/>); the
    /// lexicon's entries are kept whole.
    /// </summary>
    public static LexicalEvidence TrainWithoutChineseHapaxes(PairFeatures features, IReadOnlyList<Bead> beads, double minimumConfidence) =>
        Train(features, beads, minimumConfidence, ChineseHapaxes(features));

    /// <summary>Both trainings, which differ only in the words they leave out of the beads.</summary>
    /// <param name="features">The pair's sentences.</param>
    /// <param name="beads">An earlier pass's beads.</param>
    /// <param name="minimumConfidence">The least confidence of a bead trained on.</param>
    /// <param name="leftOut">Words of one side left out of every bead trained on, by word id, and whether that side is the source.</param>
    [MethodImpl(HotLoop.Optimised)]
    private static LexicalEvidence Train(PairFeatures features, IReadOnlyList<Bead> beads, double minimumConfidence, (bool[] Words, bool OnSource)? leftOut)
    {
        // Loops, not a query: run once per training, the query's shared generic code never left the unoptimised tier.
        var confident = new List<Bead>();
        foreach (var bead in beads)
        {
            if (!bead.Source.IsEmpty && !bead.Target.IsEmpty && bead.Confidence >= minimumConfidence)
            {
                confident.Add(bead);
            }
        }

        var taken = Math.Min(confident.Count, TrainingPairs);
        var pairs = new List<(int[] Source, int[] Target)>(taken + features.LexiconPairs().Count);
        for (var k = 0; k < taken; k++)
        {
            var bead = confident[Sampled(k, confident.Count, taken)];
            var (source, target) = (Words(features.Source, bead.Source), Words(features.Target, bead.Target));
            if (leftOut is { } left)
            {
                (source, target) = left.OnSource ? (Without(source, left.Words), target) : (source, Without(target, left.Words));
            }

            if (source.Length > 0 && target.Length > 0)
            {
                pairs.Add((source, target));
            }
        }

        // The lexicon's entries for the terms the documents share seed the model, as extra training pairs that weigh
        // as much against the document's pairs however many of those there are.
        var trained = pairs.Count;
        var seeds = features.LexiconPairs();
        pairs.AddRange(seeds);
        var seedWeight = (float)Math.Max(1.0, (double)trained / SeedCounterweight);
        float[]? weights = null;
        if (seedWeight > 1 && seeds.Count > 0)
        {
            weights = new float[pairs.Count];
            Array.Fill(weights, 1f, 0, trained);
            Array.Fill(weights, seedWeight, trained, seeds.Count);
        }

        var (forward, backward) = TranslationModel.Train(
            pairs, features.SourceWords.Count, features.TargetWords.Count, features.Source.Select(f => f.Words), features.Target.Select(f => f.Words), weights: weights);
        return new LexicalEvidence(features, forward, backward);
    }

    /// <summary>
    /// The <paramref name="k"/>th of <paramref name="taken"/> beads sampled from <paramref name="count"/>: one from
    /// each of <paramref name="taken"/> equal stretches, at a place in it that moves by the golden ratio's fraction
    /// from one stretch to the next. Always at the stretch's start, the sample fell on the same beads of every
    /// part of a text that repeats itself at a period in step with the stretches (in a hundred copies of the
    /// interview the same beads of every copy were left out of training, and four of its pairs went unpaired in
    /// every copy); the golden ratio's steps never fall into step with a period.
    /// </summary>
    private static int Sampled(int k, int count, int taken)
    {
        var shift = (k * GoldenFraction) % 1;
        return Math.Min((int)((k + shift) * count / taken), count - 1);
    }

    /// <summary>
    /// The words of the Chinese side that one sentence of the document holds, by word id, and whether that side is
    /// the source. Such a word can only ever be explained by the sentences of the one bead it was trained in, so what
    /// the model learns of it says nothing but that this bead was chosen: a bead the draft paired wrongly is then
    /// confirmed by every rare word of its sentence (the diary's `我看了很久，想在赶马人里找到一个十四岁的孩子。` / `当然找不到。`
    /// poured into one bead of two with two, which the words they hold once explained as well as their true split).
    /// Left out of the English side too, the second model lost the story's left-out song line to two sentences the
    /// English added sixty sentences on; only the Chinese side's are left out.
    /// </summary>
    private static (bool[] Words, bool OnSource) ChineseHapaxes(PairFeatures features)
    {
        var (side, vocabulary, onSource) = features.SourceIsChinese
            ? (features.Source, features.SourceWords.Count, true)
            : (features.Target, features.TargetWords.Count, false);
        var holding = new int[vocabulary];
        var seen = new HashSet<int>();
        foreach (var sentence in side)
        {
            seen.Clear();
            foreach (var word in sentence.Words)
            {
                holding[word] += seen.Add(word) ? 1 : 0;
            }
        }

        var once = new bool[vocabulary];
        for (var word = 0; word < vocabulary; word++)
        {
            once[word] = holding[word] == 1;
        }

        return (once, onSource);
    }

    private static int[] Without(int[] words, bool[] once)
    {
        var kept = 0;
        foreach (var word in words)
        {
            kept += once[word] ? 0 : 1;
        }

        if (kept == words.Length)
        {
            return words;
        }

        var result = new int[kept];
        var at = 0;
        foreach (var word in words)
        {
            if (!once[word])
            {
                result[at++] = word;
            }
        }

        return result;
    }

    /// <summary>The golden ratio's fractional part, whose multiples are spread as evenly as any over [0, 1).</summary>
    private const double GoldenFraction = 0.6180339887498949;

    /// <summary>The words of the sentences of <paramref name="span"/>, in order, in a new array.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static int[] Words(SentenceFeatures[] side, SentenceSpan span)
    {
        var length = 0;
        for (var i = span.Start; i < span.Start + span.Count; i++)
        {
            length += side[i].Words.Length;
        }

        var words = new int[length];
        var at = 0;
        for (var i = span.Start; i < span.Start + span.Count; i++)
        {
            side[i].Words.CopyTo(words, at);
            at += side[i].Words.Length;
        }

        return words;
    }

    /// <summary>
    /// How much better the bead's sides — <paramref name="sourceCount"/> sentences from <paramref name="source"/> and
    /// <paramref name="targetCount"/> from <paramref name="target"/> — explain each other than their words' frequencies do, in nats.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Score(int source, int sourceCount, int target, int targetCount)
    {
        if (forward.IsEmpty || backward.IsEmpty)
        {
            return 0;
        }

        // Look every pair up first: scoring a pair may evict another from the cache, never one of this bead's.
        Span<int> slots = stackalloc int[sourceCount * targetCount];
        for (var a = 0; a < sourceCount; a++)
        {
            for (var b = 0; b < targetCount; b++)
            {
                slots[(a * targetCount) + b] = Pair(source + a, target + b);
            }
        }

        if (sourceCount == 1 && targetCount == 1)
        {
            var pair = pairs[slots[0]];
            return (pair.ForwardSum + pair.BackwardSum) / 2;
        }

        var there = 0.0;
        var sourceShares = Shares(this.sourceShares, source, sourceCount);
        for (var b = 0; b < targetCount; b++)
        {
            there += RunBest(slots, b, targetCount, sourceShares, targetWords[target + b].Length, forwardScores: true, source, target + b);
        }

        var back = 0.0;
        var targetShares = Shares(this.targetShares, target, targetCount);
        for (var a = 0; a < sourceCount; a++)
        {
            back += RunBest(slots[(a * targetCount)..], 0, 1, targetShares, sourceWords[source + a].Length, forwardScores: false, source + a, target);
        }

        return (there + back) / 2;
    }

    /// <summary>
    /// What the words of <paramref name="sentence"/> that <paramref name="others"/> (sentences of the same side) also
    /// hold score against <paramref name="counterpart"/>, a sentence of the other side, in the direction that explains
    /// <paramref name="sentence"/>; in nats, as <see cref="Score"/> counts them. A bead of two sentences with one
    /// scores each of the two against the one on its own, so words the two share are explained twice by the same
    /// words of the one: this is that second count.
    /// </summary>
    public double Echo(int sentence, bool source, int counterpart, SentenceSpan others)
    {
        if (forward.IsEmpty || backward.IsEmpty)
        {
            return 0;
        }

        var words = source ? sourceWords : targetWords;
        var slot = source ? Pair(sentence, counterpart) : Pair(counterpart, sentence);
        var scores = source ? pairs[slot].Backward : pairs[slot].Forward;
        var echoed = 0.0;
        var own = words[sentence];
        for (var k = 0; k < own.Length; k++)
        {
            for (var other = others.Start; other < others.Start + others.Count; other++)
            {
                if (other != sentence && Array.IndexOf(words[other], own[k]) >= 0)
                {
                    echoed += scores[k];
                    break;
                }
            }
        }

        return echoed / 2;
    }

    /// <summary>
    /// log of each sentence's share of the bead's words (with the empty word): Model 1 divides a word's probability
    /// among all the words of the other side, so a sentence that explains nothing still dilutes the others.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static ReadOnlySpan<float> Shares(float[][] shares, int first, int count) =>
        shares[count].AsSpan(first * count, count);

    /// <summary>The shares of every run of one to <see cref="SentenceTable.LongestRun"/> sentences, by run length and then first sentence.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static float[][] RunShares(int[][] words)
    {
        var runs = new float[SentenceTable.LongestRun + 1][];
        runs[0] = [];
        for (var count = 1; count <= SentenceTable.LongestRun; count++)
        {
            runs[count] = new float[words.Length * count];
            for (var first = 0; first + count <= words.Length; first++)
            {
                Shares(first, count, words, runs[count].AsSpan(first * count, count));
            }
        }

        return runs;
    }

    [MethodImpl(HotLoop.Optimised)]
    private static ReadOnlySpan<float> Shares(int first, int count, int[][] words, Span<float> shares)
    {
        if (count == 1)
        {
            shares[0] = 0;
            return shares;
        }

        var total = 1;
        for (var x = first; x < first + count; x++)
        {
            total += words[x].Length;
        }

        for (var x = 0; x < count; x++)
        {
            shares[x] = MathF.Log((words[first + x].Length + 1f) / total);
        }

        return shares;
    }

    /// <summary>
    /// <see cref="BestOf"/>, kept for the sentences of the other side that run from (or are) <paramref name="source"/>
    /// and <paramref name="target"/>: the same value whichever bead asks.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private double RunBest(ReadOnlySpan<int> slots, int first, int stride, ReadOnlySpan<float> shares, int words, bool forwardScores, int source, int target)
    {
        if (shares.Length == 1)
        {
            return forwardScores ? pairs[slots[first]].ForwardSum : pairs[slots[first]].BackwardSum;
        }

        var run = (((forwardScores ? 1 : 0) * (SentenceTable.LongestRun - 1)) + shares.Length - 2) * CachedRows;
        ref var kept = ref runScores[((run + (source % CachedRows)) * CachedColumns) + (target % CachedColumns)];
        if (kept.Source != source || kept.Target != target)
        {
            kept = new RunScore(source, target, BestOf(slots, first, stride, shares, words, forwardScores));
        }

        return kept.Value;
    }

    /// <summary>
    /// The sum over a sentence's words of each word's best score among the pairs in <paramref name="slots"/>, an explained word diluted by the share of the sentence that explains it (an unexplained word stays
    /// near log β).
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private double BestOf(ReadOnlySpan<int> slots, int first, int stride, ReadOnlySpan<float> shares, int words, bool forwardScores)
    {
        if (shares.Length == 1)
        {
            return forwardScores ? pairs[slots[first]].ForwardSum : pairs[slots[first]].BackwardSum;
        }

        var floor = MathF.Log(BackgroundShare);
        var x0 = Scores(slots[first], forwardScores).AsSpan(0, words);
        var x1 = Scores(slots[first + stride], forwardScores).AsSpan(0, words);
        var x2 = shares.Length > 2 ? Scores(slots[first + (2 * stride)], forwardScores).AsSpan(0, words) : x1;
        var (s0, s1, s2) = (shares[0], shares[1], shares.Length > 2 ? shares[2] : shares[1]);
        if (bestScores.Length < words)
        {
            bestScores = new float[Math.Max(words, 2 * bestScores.Length)];
        }

        // A vector of words at a time, without a branch per word on which pair explains it best (the processor could
        // not predict them, and this was the realigning pass's costliest loop); the same single-precision operations
        // as one word at a time, and the sum then taken in the same order, so the same to the last bit.
        var values = bestScores.AsSpan(0, words);
        var k = 0;
        for (; Vector.IsHardwareAccelerated && k + Vector<float>.Count <= words; k += Vector<float>.Count)
        {
            var (v0, v1, v2) = (new Vector<float>(x0[k..]), new Vector<float>(x1[k..]), new Vector<float>(x2[k..]));
            var firstBest = Vector.GreaterThanOrEqual(v0, v1);
            var best = Vector.ConditionalSelect(firstBest, v0, v1);
            var share = Vector.ConditionalSelect(firstBest, new Vector<float>(s0), new Vector<float>(s1));
            var kept = Vector.GreaterThanOrEqual(best, v2);
            share = Vector.ConditionalSelect(kept, share, new Vector<float>(s2));
            best = Vector.ConditionalSelect(kept, best, v2);
            var explained = Vector.Max(best + share, new Vector<float>(floor));
            Vector.ConditionalSelect(Vector.GreaterThan(best, Vector<float>.Zero), explained, best).CopyTo(values[k..]);
        }

        for (; k < words; k++)
        {
            var (best, share) = x0[k] >= x1[k] ? (x0[k], s0) : (x1[k], s1);
            (best, share) = best >= x2[k] ? (best, share) : (x2[k], s2);
            values[k] = best > 0 ? Math.Max(best + share, floor) : best;
        }

        var total = 0.0;
        foreach (var value in values)
        {
            total += value;
        }

        return total;
    }

    private float[] Scores(int slot, bool forwardScores) => forwardScores ? pairs[slot].Forward : pairs[slot].Backward;

    /// <summary>The cache slot of the pair (source, target), scored if it was not there.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private int Pair(int source, int target)
    {
        var slot = ((source % CachedRows) * CachedColumns) + (target % CachedColumns);
        var pair = pairs[slot];
        if (pair.Source != source || pair.Target != target)
        {
            pair.Source = source;
            pair.Target = target;
            pair.Forward = WordScores(sourcePredictions.Of(source), sourceWords[source].Length, targetWords[target], forward, pair.Forward);
            pair.Backward = WordScores(targetPredictions.Of(target), targetWords[target].Length, sourceWords[source], backward, pair.Backward);
            pair.ForwardSum = Sum(pair.Forward.AsSpan(0, targetWords[target].Length));
            pair.BackwardSum = Sum(pair.Backward.AsSpan(0, sourceWords[source].Length));
        }

        return slot;
    }

    /// <summary>For every word of <paramref name="words"/>, log(β + (1 − β) · P(word | sentence) / P(word)).</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static float[] WordScores(PredictionTable predicted, int sentenceWords, int[] words, TranslationModel model, float[] buffer)
    {
        var scores = buffer.Length >= words.Length ? buffer : new float[Math.Max(words.Length, 2 * buffer.Length)];
        var norm = 1f / (sentenceWords + 1);
        for (var k = 0; k < words.Length; k++)
        {
            var e = words[k];
            var probability = (model.NullProbability(e) + predicted.Get(e)) * norm;
            scores[k] = MathF.Log(BackgroundShare + ((1 - BackgroundShare) * probability / model.Background(e)));
        }

        return scores;
    }

    [MethodImpl(HotLoop.Optimised)]
    private static double Sum(ReadOnlySpan<float> scores)
    {
        var sum = 0.0;
        foreach (var score in scores)
        {
            sum += score;
        }

        return sum;
    }

    /// <summary>A value of <see cref="RunBest"/> and the sentences it is for.</summary>
    private readonly record struct RunScore(int Source, int Target, double Value);

    private sealed class PairScores
    {
        public double ForwardSum { get; set; }

        public double BackwardSum { get; set; }

        public int Source { get; set; } = -1;

        public int Target { get; set; } = -1;

        public float[] Forward { get; set; } = new float[32];

        public float[] Backward { get; set; } = new float[32];
    }

    /// <summary>
    /// Each sentence's predictions, made when first asked for and forgotten after a while: the passes sweep the
    /// document through a narrow corridor, so only recent sentences are asked for again. Kept for a whole long
    /// document, they lived long enough for the collector to copy them twice before they died, which made garbage
    /// collection grow faster than the document; a few thousand kept (each table holds a sentence's thousand or so
    /// predicted words) were most of the aligner's peak memory.
    /// </summary>
    private sealed class PredictionCache(TranslationModel model, int[][] words)
    {
        private const int Kept = 256;

        private readonly PredictionTable?[] tables = new PredictionTable?[words.Length];
        private readonly Queue<int> made = new();
        private readonly PredictionTable.Spares spares = new();

        [MethodImpl(HotLoop.Optimised)]
        public PredictionTable Of(int sentence)
        {
            if (tables[sentence] is { } table)
            {
                return table;
            }

            // The oldest tables' arrays serve new ones.
            while (made.Count >= Kept)
            {
                var oldest = made.Dequeue();
                spares.Add(tables[oldest]!);
                tables[oldest] = null;
            }

            made.Enqueue(sentence);
            return tables[sentence] = model.Predict(words[sentence], spares);
        }
    }
}
