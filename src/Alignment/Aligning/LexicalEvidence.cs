namespace Alignment.Aligning;

/// <summary>
/// The translation-model evidence for a bead: the mean of the two directions' log-likelihood ratios, from models
/// trained on the confident beads of an earlier pass, so that each document pair teaches itself its vocabulary.
/// </summary>
internal sealed class LexicalEvidence
{
    private readonly TranslationModel forward;
    private readonly TranslationModel backward;
    private readonly (int[], float[])[] sourcePredictions;
    private readonly (int[], float[])[] targetPredictions;

    private readonly int[][] sourceWords;
    private readonly int[][] targetWords;

    /// <summary>
    /// Predictions kept, at most: the passes sweep the document through a narrow band, so only recent sentences are
    /// asked for again. Kept for a whole long document, they lived long enough for the collector to copy them
    /// twice before they died, which made garbage collection grow faster than the document.
    /// </summary>
    private const int KeptPredictions = 4096;

    private readonly Queue<((int[], float[])[] Cache, int Sentence)> predicted = new();

    private LexicalEvidence(PairFeatures features, TranslationModel forward, TranslationModel backward)
    {
        this.forward = forward;
        this.backward = backward;
        sourceWords = [.. features.Source.Select(f => f.Words)];
        targetWords = [.. features.Target.Select(f => f.Words)];
        sourcePredictions = new (int[], float[])[features.Source.Length];
        targetPredictions = new (int[], float[])[features.Target.Length];
    }


    /// <summary>
    /// Trains the models on every confident bead of an earlier pass. Not on a sample: the most confident few thousand
    /// beads of a long document are its easy ones, and a model trained on those alone left 161 sentences unpaired in
    /// forty copies of the report, where one copy leaves one.
    /// </summary>
    public static LexicalEvidence Train(PairFeatures features, IReadOnlyList<Bead> beads, double minimumConfidence)
    {
        var pairs = beads
            .Where(b => !b.Source.IsEmpty && !b.Target.IsEmpty && b.Confidence >= minimumConfidence)
            .Select(b => (
                Source: b.Source.Indices.SelectMany(i => features.Source[i].Words).ToArray(),
                Target: b.Target.Indices.SelectMany(i => features.Target[i].Words).ToArray()))
            .Where(p => p.Source.Length > 0 && p.Target.Length > 0)
            .ToList();
        var forward = TranslationModel.Train(pairs, features.SourceWords.Count, features.TargetWords.Count, features.Target.Select(f => f.Words));
        var backward = TranslationModel.Train(
            [.. pairs.Select(p => (p.Target, p.Source))], features.TargetWords.Count, features.SourceWords.Count, features.Source.Select(f => f.Words));
        return new LexicalEvidence(features, forward, backward);
    }

    /// <summary>How much better the bead's sides explain each other than their words' frequencies do, in nats.</summary>
    public double Score(ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        if (forward.IsEmpty || backward.IsEmpty)
        {
            return 0;
        }

        ForgetOldPredictions();
        var sourceWordCount = 0;
        foreach (var s in source)
        {
            Predicted(sourcePredictions, s, forward, sourceWords[s]);
            sourceWordCount += sourceWords[s].Length;
        }

        var targetWordCount = 0;
        foreach (var t in target)
        {
            Predicted(targetPredictions, t, backward, targetWords[t]);
            targetWordCount += targetWords[t].Length;
        }

        var there = forward.LogLikelihoodRatio(source, sourcePredictions, sourceWordCount, target, targetWords);
        var back = backward.LogLikelihoodRatio(target, targetPredictions, targetWordCount, source, sourceWords);
        return (there + back) / 2;
    }

    private void Predicted((int[], float[])[] cache, int sentence, TranslationModel model, int[] words)
    {
        if (cache[sentence].Item1 is not null)
        {
            return;
        }

        cache[sentence] = model.Predict(words);
        predicted.Enqueue((cache, sentence));
    }

    // Before a bead's predictions are looked up, never while: a bead must not lose one of its own.
    private void ForgetOldPredictions()
    {
        while (predicted.Count > KeptPredictions)
        {
            var (cache, sentence) = predicted.Dequeue();
            cache[sentence] = default;
        }
    }
}
