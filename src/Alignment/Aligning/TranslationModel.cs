using System.Buffers;
using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// IBM Model 1 word-translation probabilities t(e | f), learned by EM from sentence pairs the aligner already trusts
/// (Moore's bootstrap: a length-based pass finds confident beads, the model learns from them, a second pass uses it).
/// No dictionary is needed: the document pair teaches itself which Chinese characters go with which English words.
/// </summary>
internal sealed class TranslationModel
{
    private const float PruneBelow = 0.01f;
    private const int MaxTranslationsPerWord = 40;
    private const double Floor = 1e-6;

    /// <summary>
    /// Share of the background unigram model mixed into P(e | f). Model 1 trained on a few hundred pairs explains
    /// too few words; unmixed, every unexplained word of a correct pair costs several nats and skipping the pair
    /// looks cheaper than pairing it.
    /// </summary>
    private const double BackgroundShare = 0.3;

    // t(e | f) above the pruning threshold, as rows by f: row f is [rowStarts[f], rowStarts[f + 1]) of the targets
    // and probabilities, one pair of arrays for the model rather than two per source word.
    private readonly int[] rowStarts;
    private readonly int[] rowTargets;
    private readonly float[] rowProbabilities;
    private readonly float[] nullProbabilities;
    private readonly float[] background;

    // Predict's accumulator over the target vocabulary, zero between calls: one per model rather than one per
    // sentence, which was most of what scoring allocated. A model serves one alignment, on one thread.
    private readonly float[] sum;
    private readonly int[] touched;

    private TranslationModel((int[] Starts, int[] Targets, float[] Probabilities) rows, float[] nullProbabilities, float[] background)
    {
        (rowStarts, rowTargets, rowProbabilities) = rows;
        this.nullProbabilities = nullProbabilities;
        this.background = background;
        sum = new float[nullProbabilities.Length];
        // One more than the vocabulary: Predict writes every word down before it knows whether it counts.
        touched = new int[nullProbabilities.Length + 1];
    }

    /// <summary>A model that knows nothing: every score is 0, so alignment falls back on the other evidence.</summary>
    public static TranslationModel Empty { get; } = new(([], [], []), [], []);

    public bool IsEmpty => rowStarts.Length == 0;

    /// <summary>
    /// Trains t(e | f) and t(f | e) on <paramref name="pairs"/> of (source words, target words): the model of each
    /// direction, exactly as if each were trained alone, on one numbering of the word pairs that co-occur.
    /// </summary>
    /// <param name="pairs">Token-id arrays; source ids below <paramref name="sourceVocabulary"/>, target ids below <paramref name="targetVocabulary"/>.</param>
    /// <param name="sourceVocabulary">Number of source word ids.</param>
    /// <param name="targetVocabulary">Number of target word ids.</param>
    /// <param name="sourceCorpus">All source sentences of the document, for the backward model's background unigram model.</param>
    /// <param name="targetCorpus">All target sentences of the document, for the forward model's background unigram model.</param>
    /// <param name="iterations">EM iterations; Model 1 converges quickly, and more mostly overfits small pairs.</param>
    /// <param name="weights">How many times each pair counts, as if repeated that many times (once each when null).</param>
    [MethodImpl(HotLoop.Optimised)]
    public static (TranslationModel Forward, TranslationModel Backward) Train(
        IReadOnlyList<(int[] Source, int[] Target)> pairs,
        int sourceVocabulary,
        int targetVocabulary,
        IEnumerable<int[]> sourceCorpus,
        IEnumerable<int[]> targetCorpus,
        int iterations = 3,
        IReadOnlyList<float>? weights = null)
    {
        if (pairs.Count == 0 || sourceVocabulary == 0 || targetVocabulary == 0)
        {
            return (Empty, Empty);
        }

        // Words repeat within a pair (a paragraph says 网络犯罪 many times), so each pair keeps its distinct words with
        // their counts: the same EM, exactly, on a fraction of the cells. Every (f, e) that co-occurs gets a slot,
        // and EM runs over flat arrays. The cells of all pairs share one pooled array: as one small array per pair,
        // they lived through training long enough for the collector to copy them twice, which on long documents
        // made collection grow faster than the document.
        // Loops, not queries: run twice per alignment, their shared generic code never left the unoptimised tier.
        var distinct = new ((int[] Words, float[] Counts) Source, (int[] Words, float[] Counts) Target)[pairs.Count];
        var cellCount = 0;
        var sorted = new int[64];
        for (var p = 0; p < distinct.Length; p++)
        {
            distinct[p] = (Distinct(pairs[p].Source, ref sorted), Distinct(pairs[p].Target, ref sorted));
            cellCount += distinct[p].Source.Words.Length * distinct[p].Target.Words.Length;
        }

        var slots = ArrayPool<int>.Shared.Rent(cellCount);
        var (slotSource, slotTarget, slotPair) = (ArrayPool<int>.Shared.Rent(cellCount), ArrayPool<int>.Shared.Rent(cellCount), ArrayPool<int>.Shared.Rent(cellCount));
        try
        {
            var (cells, slotCount) = CoOccurrences(distinct, weights, slots, sourceVocabulary, targetVocabulary, slotSource, slotTarget, slotPair);
            // The slots' words stay in the rented arrays, read up to slotCount: copied out, they were two arrays of
            // megabytes per training, and so was each order the backward model sums in.
            var co = new CoOccurrence(cells, slots, slotSource, slotTarget, slotCount);
            var forward = Train(co, transposed: false, order: null, sourceVocabulary, targetVocabulary, targetCorpus, iterations);
            var order = BackwardOrder(co, slotPair, distinct.Length, targetVocabulary);
            try
            {
                var backward = Train(co, transposed: true, order, targetVocabulary, sourceVocabulary, sourceCorpus, iterations);
                return (forward, backward);
            }
            finally
            {
                ArrayPool<int>.Shared.Return(order);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(slots);
            ArrayPool<int>.Shared.Return(slotSource);
            ArrayPool<int>.Shared.Return(slotTarget);
            ArrayPool<int>.Shared.Return(slotPair);
        }
    }

    /// <summary>
    /// One direction's EM over the shared slots. <paramref name="order"/> is the order in which a model trained alone
    /// would have numbered the slots (the slots' own order when null): its M step sums each word's counts in that order, and its rows are made in it,
    /// so that the sums and the ties are those of the model trained alone, to the last bit.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static TranslationModel Train(
        CoOccurrence co,
        bool transposed,
        int[]? order,
        int sourceVocabulary,
        int targetVocabulary,
        IEnumerable<int[]> targetCorpus,
        int iterations)
    {
        var (owner, other) = transposed ? (co.SlotTarget, co.SlotSource) : (co.SlotSource, co.SlotTarget);

        // t and the E step's counts, a few megabytes each, are rented: made afresh for every direction of every
        // training, they were cleared by the runtime and faulted in page by page. Only the first SlotCount count.
        var slots = co.SlotCount;
        var (t, counts) = (ArrayPool<float>.Shared.Rent(slots), ArrayPool<float>.Shared.Rent(slots));
        try
        {
            t.AsSpan(0, slots).Fill(1f);
            var tNull = new float[targetVocabulary];
            Array.Fill(tNull, 1f);
            // The E step's counts and the M step's totals, cleared for every iteration rather than made anew: at a few
            // megabytes an iteration, new ones cost more to zero and collect than to clear.
            var (nullCounts, totals) = (new float[tNull.Length], new float[sourceVocabulary]);
            var shares = new float[transposed || co.Cells.Length == 0 ? 0 : co.Cells.Max(c => c.TargetWords.Length)];
            for (var iteration = 0; iteration < iterations; iteration++)
            {
                counts.AsSpan(0, slots).Clear();
                Array.Clear(nullCounts);
                Array.Clear(totals);
                if (transposed)
                {
                    ExpectTransposed(co.Cells, co.Slots, t, tNull, counts, nullCounts);
                }
                else
                {
                    Expect(co.Cells, co.Slots, t, tNull, counts, nullCounts, shares);
                }

                Maximise(counts.AsSpan(0, slots), nullCounts, owner, order, totals, t.AsSpan(0, slots), tNull);
            }

            return new TranslationModel(Rows(t.AsSpan(0, slots), owner, other, order, sourceVocabulary), tNull, Background(targetCorpus, targetVocabulary));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(t);
            ArrayPool<float>.Shared.Return(counts);
        }
    }

    /// <summary>
    /// Numbers every (f, e) that co-occurs in a pair (a slot) and fills each pair's rows of slots, one row of target
    /// slots per distinct source word. Source word by source word, through an index of the pairs each occurs in, so
    /// that the slots of one f are found in an array over the target vocabulary rather than a hash of all pairs, and
    /// each f writes whole rows: written a column at a time, the rows' cache lines were fetched once per source word.
    /// Each slot's f, e and the first pair it occurs in go to <paramref name="slotSource"/>, <paramref name="slotTarget"/>
    /// and <paramref name="slotPair"/>.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static (PairCells[] Cells, int SlotCount) CoOccurrences(
        ((int[] Words, float[] Counts) Source, (int[] Words, float[] Counts) Target)[] distinct,
        IReadOnlyList<float>? weights,
        int[] slots,
        int sourceVocabulary,
        int targetVocabulary,
        int[] slotSource,
        int[] slotTarget,
        int[] slotPair)
    {
        var cells = new PairCells[distinct.Length];
        var occurrences = new int[sourceVocabulary + 1];
        var start = 0;
        for (var p = 0; p < distinct.Length; p++)
        {
            var (source, target) = (distinct[p].Source, distinct[p].Target);
            cells[p] = new PairCells(source.Words, target.Words, target.Counts, source.Counts, start, weights is null ? 1f : weights[p]);
            start += target.Words.Length * source.Words.Length;
            foreach (var f in source.Words)
            {
                occurrences[f + 1]++;
            }
        }

        // Where each source word occurs: pair and position among the pair's distinct source words.
        for (var f = 0; f < sourceVocabulary; f++)
        {
            occurrences[f + 1] += occurrences[f];
        }

        var (pairOf, positionOf) = (new int[occurrences[^1]], new int[occurrences[^1]]);
        var next = occurrences[..^1];
        for (var p = 0; p < distinct.Length; p++)
        {
            var words = distinct[p].Source.Words;
            for (var j = 0; j < words.Length; j++)
            {
                (pairOf[next[words[j]]], positionOf[next[words[j]]]) = (p, j);
                next[words[j]]++;
            }
        }

        var count = 0;
        var slotOfTarget = new int[targetVocabulary];
        Array.Fill(slotOfTarget, -1);
        for (var f = 0; f < sourceVocabulary; f++)
        {
            var first = count;
            for (var o = occurrences[f]; o < occurrences[f + 1]; o++)
            {
                var (cell, j) = (cells[pairOf[o]], positionOf[o]);
                var row = slots.AsSpan(cell.Start + (j * cell.TargetWords.Length), cell.TargetWords.Length);
                for (var i = 0; i < row.Length; i++)
                {
                    var e = cell.TargetWords[i];
                    if (slotOfTarget[e] < 0)
                    {
                        slotOfTarget[e] = count;
                        (slotSource[count], slotTarget[count], slotPair[count]) = (f, e, pairOf[o]);
                        count++;
                    }

                    row[i] = slotOfTarget[e];
                }
            }

            for (var slot = first; slot < count; slot++)
            {
                slotOfTarget[slotTarget[slot]] = -1;
            }
        }

        return (cells, count);
    }

    /// <summary>
    /// The order in which the backward model trained alone would have numbered the slots: by e, then by the first
    /// pair the slot occurs in, then by f (the forward numbering is by f, then first pair, then e). Two stable
    /// counting sorts of the forward order, by first pair and then by e. Rented: the caller returns it to the pool,
    /// and only its first SlotCount entries count.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static int[] BackwardOrder(CoOccurrence co, int[] slotPair, int pairCount, int targetVocabulary)
    {
        var byPair = CountingSort(null, slotPair, co.SlotCount, pairCount);
        try
        {
            return CountingSort(byPair, co.SlotTarget, co.SlotCount, targetVocabulary);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(byPair);
        }
    }

    /// <summary>
    /// The first <paramref name="count"/> slots of <paramref name="order"/> (all slots in turn when null), stably
    /// sorted by <paramref name="keys"/>, in a rented array.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static int[] CountingSort(int[]? order, int[] keys, int count, int range)
    {
        var starts = new int[range + 1];
        for (var s = 0; s < count; s++)
        {
            starts[keys[s] + 1]++;
        }

        for (var k = 0; k < range; k++)
        {
            starts[k + 1] += starts[k];
        }

        var sorted = ArrayPool<int>.Shared.Rent(count);
        for (var x = 0; x < count; x++)
        {
            var s = order is null ? x : order[x];
            sorted[starts[keys[s]]++] = s;
        }

        return sorted;
    }

    /// <summary>The E step: each target word's count shared among the source words (and the empty word) by t, added to <paramref name="counts"/> and <paramref name="nullCounts"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void Expect(PairCells[] cells, int[] slots, float[] t, float[] tNull, float[] counts, float[] nullCounts, float[] shares)
    {
        // Every target word's denominator, built up a source word's row at a time, then in the same place its share
        // of its count.
        foreach (var pair in cells)
        {
            var (targets, width) = (pair.TargetWords, pair.TargetWords.Length);
            var denominators = shares.AsSpan(0, width);
            for (var i = 0; i < width; i++)
            {
                denominators[i] = tNull[targets[i]];
            }

            for (var j = 0; j < pair.SourceCounts.Length; j++)
            {
                var count = pair.SourceCounts[j];
                var row = slots.AsSpan(pair.Start + (j * width), width);
                for (var i = 0; i < width; i++)
                {
                    denominators[i] += count * t[row[i]];
                }
            }

            for (var i = 0; i < width; i++)
            {
                shares[i] = pair.Weight * pair.TargetCounts[i] / denominators[i];
                nullCounts[targets[i]] += shares[i] * tNull[targets[i]];
            }

            for (var j = 0; j < pair.SourceCounts.Length; j++)
            {
                var count = pair.SourceCounts[j];
                var row = slots.AsSpan(pair.Start + (j * width), width);
                for (var i = 0; i < width; i++)
                {
                    counts[row[i]] += shares[i] * count * t[row[i]];
                }
            }
        }
    }

    /// <summary>
    /// The E step of the backward model, whose source words are the pairs' target words: the same sums as
    /// <see cref="Expect"/> on transposed rows, read from the forward rows. A backward target word (a forward source
    /// word) is a forward row, so its denominator is summed along the row in the order the transposed rows would
    /// have given, and its share and counts follow at once.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void ExpectTransposed(PairCells[] cells, int[] slots, float[] t, float[] tNull, float[] counts, float[] nullCounts)
    {
        foreach (var pair in cells)
        {
            var (targets, width) = (pair.SourceWords, pair.TargetWords.Length);
            var sourceCounts = pair.TargetCounts;
            for (var j = 0; j < targets.Length; j++)
            {
                var row = slots.AsSpan(pair.Start + (j * width), width);
                var denominator = tNull[targets[j]];
                for (var i = 0; i < width; i++)
                {
                    denominator += sourceCounts[i] * t[row[i]];
                }

                var share = pair.Weight * pair.SourceCounts[j] / denominator;
                nullCounts[targets[j]] += share * tNull[targets[j]];
                for (var i = 0; i < width; i++)
                {
                    counts[row[i]] += share * sourceCounts[i] * t[row[i]];
                }
            }
        }
    }

    /// <summary>
    /// The M step: t(e | f) as f's counts normalised over e (summed in <paramref name="totals"/>, slot by slot in
    /// <paramref name="order"/>), the empty word's likewise.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static void Maximise(ReadOnlySpan<float> counts, float[] nullCounts, int[] owner, int[]? order, float[] totals, Span<float> t, float[] tNull)
    {
        for (var x = 0; x < counts.Length; x++)
        {
            var s = order is null ? x : order[x];
            totals[owner[s]] += counts[s];
        }

        for (var s = 0; s < t.Length; s++)
        {
            t[s] = counts[s] / totals[owner[s]];
        }

        var nullTotal = nullCounts.Sum();
        for (var e = 0; e < tNull.Length; e++)
        {
            tNull[e] = nullTotal > 0 ? nullCounts[e] / nullTotal : 0;
        }
    }

    /// <summary>Σ over the sentence's words f of t(e | f) for every e: what the sentence predicts.</summary>
    /// <param name="sourceWords">The sentence's words.</param>
    /// <param name="spares">Tables no longer needed, which may serve the new one (see <see cref="PredictionTable.Of"/>).</param>
    [MethodImpl(HotLoop.Optimised)]
    public PredictionTable Predict(int[] sourceWords, PredictionTable.Spares? spares = null)
    {
        // A dense accumulator over the target vocabulary, remembering which entries were touched: every word is
        // written down and counted only when its sum was still zero (a sum of positive terms is never zero again),
        // without a branch the processor could not predict.
        var count = 0;
        var (starts, targets, probabilities, sums, seen) = (rowStarts, rowTargets, rowProbabilities, sum, touched);
        foreach (var f in sourceWords)
        {
            if (f >= starts.Length - 1)
            {
                continue;
            }

            for (var k = starts[f]; k < starts[f + 1]; k++)
            {
                var e = targets[k];
                ref var total = ref sums[e];
                seen[count] = e;
                count += BitConverter.SingleToInt32Bits(total) == 0 ? 1 : 0;
                total += probabilities[k];
            }
        }

        var table = PredictionTable.Of(touched.AsSpan(0, count), sum, spares);
        foreach (var e in touched.AsSpan(0, count))
        {
            sum[e] = 0;
        }

        return table;
    }

    /// <summary>The words <paramref name="word"/> translates into above the pruning threshold (their probabilities are <see cref="Probabilities"/>).</summary>
    public ReadOnlySpan<int> Translations(int word) =>
        word < rowStarts.Length - 1 ? rowTargets.AsSpan(rowStarts[word], rowStarts[word + 1] - rowStarts[word]) : default;

    /// <summary>t(e | <paramref name="word"/>) for each of <see cref="Translations"/>, in the same order.</summary>
    public ReadOnlySpan<float> Probabilities(int word) =>
        word < rowStarts.Length - 1 ? rowProbabilities.AsSpan(rowStarts[word], rowStarts[word + 1] - rowStarts[word]) : default;

    /// <summary>t(<paramref name="word"/> | the empty word): how often the word appears unexplained by any other.</summary>
    public float NullProbability(int word) => word < nullProbabilities.Length ? nullProbabilities[word] : 0;

    /// <summary>The word's frequency in the whole document, smoothed.</summary>
    public float Background(int word) => word < background.Length ? background[word] : (float)Floor;

    /// <summary>
    /// Each word's translations above the pruning threshold, at most <see cref="MaxTranslationsPerWord"/> (the likeliest,
    /// found by the same sort of the same sequence as a list per word gave), as rows ordered by translation.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private static (int[] Starts, int[] Targets, float[] Probabilities) Rows(ReadOnlySpan<float> t, int[] owner, int[] other, int[]? order, int sourceVocabulary)
    {
        var found = new int[sourceVocabulary + 1];
        for (var x = 0; x < t.Length; x++)
        {
            var s = order is null ? x : order[x];
            found[owner[s] + 1] += t[s] >= PruneBelow ? 1 : 0;
        }

        for (var f = 0; f < sourceVocabulary; f++)
        {
            found[f + 1] += found[f];
        }

        // Rented, as the slots are: a few megabytes per direction of every training.
        var entries = ArrayPool<(int Target, float P)>.Shared.Rent(found[^1]);
        try
        {
            var next = found[..^1];
            for (var x = 0; x < t.Length; x++)
            {
                var s = order is null ? x : order[x];
                if (t[s] >= PruneBelow)
                {
                    entries[next[owner[s]]++] = (other[s], t[s]);
                }
            }

            var starts = new int[sourceVocabulary + 1];
            for (var f = 0; f < sourceVocabulary; f++)
            {
                starts[f + 1] = starts[f] + Math.Min(found[f + 1] - found[f], MaxTranslationsPerWord);
            }

            var targets = new int[starts[^1]];
            var probabilities = new float[starts[^1]];
            for (var f = 0; f < sourceVocabulary; f++)
            {
                var row = entries.AsSpan(found[f], found[f + 1] - found[f]);
                if (row.Length > MaxTranslationsPerWord)
                {
                    row.Sort((x, y) => y.P.CompareTo(x.P));
                    row = row[..MaxTranslationsPerWord];
                }

                row.Sort((x, y) => x.Target.CompareTo(y.Target));
                for (var k = 0; k < row.Length; k++)
                {
                    (targets[starts[f] + k], probabilities[starts[f] + k]) = row[k];
                }
            }

            return (starts, targets, probabilities);
        }
        finally
        {
            ArrayPool<(int Target, float P)>.Shared.Return(entries);
        }
    }

    /// <summary>The distinct words of <paramref name="words"/>, ascending, and how often each comes.</summary>
    /// <param name="words">The words, in any order.</param>
    /// <param name="scratch">Where the words are sorted, grown when too short: one for every pair rather than a copy of each.</param>
    [MethodImpl(HotLoop.Optimised)]
    private static (int[] Words, float[] Counts) Distinct(int[] words, ref int[] scratch)
    {
        if (scratch.Length < words.Length)
        {
            scratch = new int[Math.Max(words.Length, 2 * scratch.Length)];
        }

        var sorted = scratch.AsSpan(0, words.Length);
        words.CopyTo(sorted);
        sorted.Sort();
        var count = 0;
        for (var k = 0; k < sorted.Length; k++)
        {
            count += k == 0 || sorted[k] != sorted[k - 1] ? 1 : 0;
        }

        var distinct = new int[count];
        var counts = new float[count];
        var at = -1;
        for (var k = 0; k < sorted.Length; k++)
        {
            if (k == 0 || sorted[k] != sorted[k - 1])
            {
                distinct[++at] = sorted[k];
            }

            counts[at]++;
        }

        return (distinct, counts);
    }

    [MethodImpl(HotLoop.Optimised)]
    private static float[] Background(IEnumerable<int[]> corpus, int vocabulary)
    {
        var counts = new double[vocabulary];
        var total = 0.0;
        foreach (var sentence in corpus)
        {
            foreach (var e in sentence)
            {
                counts[e]++;
                total++;
            }
        }

        // Add-one smoothing keeps unseen words above zero.
        return [.. counts.Select(c => (float)((c + 1) / (total + vocabulary)))];
    }

    /// <summary>
    /// One training pair as EM sees it: distinct source and target words and their counts, where the slots of their
    /// co-occurrences start in the shared array (a row of target slots per source word), and how many times it counts.
    /// </summary>
    private readonly record struct PairCells(int[] SourceWords, int[] TargetWords, float[] TargetCounts, float[] SourceCounts, int Start, float Weight);

    /// <summary>The training pairs' cells and slots, and each slot's source and target word (the first <paramref name="SlotCount"/> entries).</summary>
    private sealed record CoOccurrence(PairCells[] Cells, int[] Slots, int[] SlotSource, int[] SlotTarget, int SlotCount);
}
