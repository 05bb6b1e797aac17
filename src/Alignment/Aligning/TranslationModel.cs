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

    private readonly (int[] Targets, float[] Probabilities)[] rows;
    private readonly float[] nullProbabilities;
    private readonly double[] logBackground;

    private TranslationModel((int[], float[])[] rows, float[] nullProbabilities, double[] logBackground)
    {
        this.rows = rows;
        this.nullProbabilities = nullProbabilities;
        this.logBackground = logBackground;
    }

    /// <summary>A model that knows nothing: every score is 0, so alignment falls back on the other evidence.</summary>
    public static TranslationModel Empty { get; } = new([], [], []);

    public bool IsEmpty => rows.Length == 0;

    /// <summary>Trains t(e | f) on <paramref name="pairs"/> of (source words, target words).</summary>
    /// <param name="pairs">Token-id arrays; source ids below <paramref name="sourceVocabulary"/>, target ids below <paramref name="targetVocabulary"/>.</param>
    /// <param name="sourceVocabulary">Number of source word ids.</param>
    /// <param name="targetVocabulary">Number of target word ids.</param>
    /// <param name="targetCorpus">All target sentences of the document, for the background unigram model.</param>
    /// <param name="iterations">EM iterations; Model 1 converges quickly, and more mostly overfits small pairs.</param>
    public static TranslationModel Train(
        IReadOnlyList<(int[] Source, int[] Target)> pairs,
        int sourceVocabulary,
        int targetVocabulary,
        IEnumerable<int[]> targetCorpus,
        int iterations = 5)
    {
        if (pairs.Count == 0 || sourceVocabulary == 0 || targetVocabulary == 0)
        {
            return Empty;
        }

        // Every (f, e) that co-occurs in some pair gets a slot; EM then works on flat arrays.
        var slotOf = new Dictionary<long, int>();
        var slotSource = new List<int>();
        var slotTarget = new List<int>();
        var pairSlots = new int[pairs.Count][];
        for (var p = 0; p < pairs.Count; p++)
        {
            var (f, e) = pairs[p];
            var slots = new int[e.Length * f.Length];
            for (var i = 0; i < e.Length; i++)
            {
                for (var j = 0; j < f.Length; j++)
                {
                    var key = ((long)f[j] << 32) | (uint)e[i];
                    if (!slotOf.TryGetValue(key, out var slot))
                    {
                        slot = slotSource.Count;
                        slotOf.Add(key, slot);
                        slotSource.Add(f[j]);
                        slotTarget.Add(e[i]);
                    }

                    slots[(i * f.Length) + j] = slot;
                }
            }

            pairSlots[p] = slots;
        }

        var t = new double[slotSource.Count];
        Array.Fill(t, 1.0);
        var tNull = new double[targetVocabulary];
        Array.Fill(tNull, 1.0);
        var counts = new double[t.Length];
        var nullCounts = new double[targetVocabulary];
        var totals = new double[sourceVocabulary];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Array.Clear(counts);
            Array.Clear(nullCounts);
            for (var p = 0; p < pairs.Count; p++)
            {
                var (f, e) = pairs[p];
                var slots = pairSlots[p];
                for (var i = 0; i < e.Length; i++)
                {
                    var row = i * f.Length;
                    var denominator = tNull[e[i]];
                    for (var j = 0; j < f.Length; j++)
                    {
                        denominator += t[slots[row + j]];
                    }

                    for (var j = 0; j < f.Length; j++)
                    {
                        counts[slots[row + j]] += t[slots[row + j]] / denominator;
                    }

                    nullCounts[e[i]] += tNull[e[i]] / denominator;
                }
            }

            Array.Clear(totals);
            for (var s = 0; s < counts.Length; s++)
            {
                totals[slotSource[s]] += counts[s];
            }

            for (var s = 0; s < t.Length; s++)
            {
                t[s] = counts[s] / totals[slotSource[s]];
            }

            var nullTotal = nullCounts.Sum();
            for (var e = 0; e < tNull.Length; e++)
            {
                tNull[e] = nullTotal > 0 ? nullCounts[e] / nullTotal : 0;
            }
        }

        return new TranslationModel(
            Rows(t, slotSource, slotTarget, sourceVocabulary),
            tNull.Select(p => (float)p).ToArray(),
            Background(targetCorpus, targetVocabulary));
    }

    /// <summary>Σ over the sentence's words f of t(e | f), as a sparse vector sorted by e: what the sentence predicts.</summary>
    public (int[] Targets, float[] Weights) Predict(int[] sourceWords)
    {
        if (IsEmpty)
        {
            return ([], []);
        }

        var sum = new Dictionary<int, float>();
        foreach (var f in sourceWords)
        {
            if (f >= rows.Length)
            {
                continue;
            }

            var (targets, probabilities) = rows[f];
            for (var k = 0; k < targets.Length; k++)
            {
                sum[targets[k]] = sum.GetValueOrDefault(targets[k]) + probabilities[k];
            }
        }

        var keys = sum.Keys.Order().ToArray();
        return (keys, keys.Select(k => sum[k]).ToArray());
    }

    /// <summary>
    /// log P(target | source) − log P(target | background), summed over the target words: positive when the source
    /// sentences explain the target words better than their frequency alone does.
    /// </summary>
    /// <param name="predictions">The <see cref="Predict"/> vectors of the source sentences of the bead.</param>
    /// <param name="sourceWordCount">Total number of source words of the bead.</param>
    /// <param name="targetSentences">The target sentences' word ids.</param>
    public double LogLikelihoodRatio(ReadOnlySpan<(int[] Targets, float[] Weights)> predictions, int sourceWordCount, ReadOnlySpan<int[]> targetSentences)
    {
        if (IsEmpty)
        {
            return 0;
        }

        var total = 0.0;
        var norm = 1.0 / (sourceWordCount + 1);
        foreach (var sentence in targetSentences)
        {
            foreach (var e in sentence)
            {
                double sum = e < nullProbabilities.Length ? nullProbabilities[e] : 0;
                foreach (var (targets, weights) in predictions)
                {
                    var at = Array.BinarySearch(targets, e);
                    if (at >= 0)
                    {
                        sum += weights[at];
                    }
                }

                var background = e < logBackground.Length ? logBackground[e] : Math.Log(Floor);
                var translated = Math.Max(sum * norm, Floor);
                total += Math.Log(((1 - BackgroundShare) * translated / Math.Exp(background)) + BackgroundShare);
            }
        }

        return total;
    }

    private static (int[], float[])[] Rows(double[] t, List<int> slotSource, List<int> slotTarget, int sourceVocabulary)
    {
        var lists = new List<(int Target, float P)>[sourceVocabulary];
        for (var s = 0; s < t.Length; s++)
        {
            if (t[s] >= PruneBelow)
            {
                (lists[slotSource[s]] ??= []).Add((slotTarget[s], (float)t[s]));
            }
        }

        var rows = new (int[], float[])[sourceVocabulary];
        for (var f = 0; f < sourceVocabulary; f++)
        {
            var kept = (lists[f] ?? []).OrderByDescending(x => x.P).Take(MaxTranslationsPerWord).OrderBy(x => x.Target).ToArray();
            rows[f] = (kept.Select(x => x.Target).ToArray(), kept.Select(x => x.P).ToArray());
        }

        return rows;
    }

    private static double[] Background(IEnumerable<int[]> corpus, int vocabulary)
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

        // Add-one smoothing keeps unseen words finite.
        return counts.Select(c => Math.Log((c + 1) / (total + vocabulary))).ToArray();
    }
}
