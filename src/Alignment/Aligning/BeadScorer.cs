namespace Alignment.Aligning;

/// <summary>
/// Prices a candidate bead from all the evidence, as a sum of negative log-likelihood terms:
/// the shape's prior, the length deviation, invariant tokens matched and unmatched, lexicon concepts,
/// the translation model's log-likelihood ratio, and block boundaries crossed or disagreeing.
/// </summary>
internal sealed class BeadScorer
{
    // Weights of the evidence, in nats per unit. Matches are rewarded more than mismatches are punished because
    // translations legitimately drop or spell out numbers ("three" for 3) far more often than they invent them.
    internal const double InvariantMatch = 2.5;
    internal const double InvariantMismatch = 1.0;
    internal const double ConceptMatch = 1.5;
    internal const double LexicalWeight = 0.25;
    internal const double BlockCrossing = 3.0;
    internal const double BlockEndMismatch = 1.5;

    private readonly PairFeatures features;
    private readonly LengthModel lengths;
    private readonly BeadPriors priors;
    private readonly TranslationModel forward;
    private readonly TranslationModel backward;
    private readonly (int[], float[])[]? sourcePredictions;
    private readonly (int[], float[])[]? targetPredictions;

    public BeadScorer(PairFeatures features, LengthModel lengths, BeadPriors priors, TranslationModel forward, TranslationModel backward)
    {
        this.features = features;
        this.lengths = lengths;
        this.priors = priors;
        this.forward = forward;
        this.backward = backward;
        if (!forward.IsEmpty && !backward.IsEmpty)
        {
            sourcePredictions = new (int[], float[])[features.Source.Length];
            targetPredictions = new (int[], float[])[features.Target.Length];
        }
    }

    public PairFeatures Features => features;

    public LengthModel Lengths => lengths;

    /// <summary>Whether the invariant-token, lexicon and block-boundary evidence is used (off for the Gale–Church baseline).</summary>
    public bool UseContent { get; init; } = true;

    /// <summary>The cost of the bead covering the given region-local spans of <paramref name="region"/>.</summary>
    public double Cost(AlignmentRegion region, int sourceStart, int targetStart, int sourceCount, int targetCount)
    {
        var prior = priors.Cost(new BeadType(sourceCount, targetCount));
        if (double.IsPositiveInfinity(prior)
            || !Consecutive(region.Source, sourceStart, sourceCount)
            || !Consecutive(region.Target, targetStart, targetCount))
        {
            return double.PositiveInfinity;
        }

        var source = sourceCount == 0 ? [] : region.Source.AsSpan(sourceStart, sourceCount);
        var target = targetCount == 0 ? [] : region.Target.AsSpan(targetStart, targetCount);
        double sourceLength = 0, targetLength = 0;
        foreach (var s in source)
        {
            sourceLength += features.Length(features.Source[s]);
        }

        foreach (var t in target)
        {
            targetLength += features.Length(features.Target[t]);
        }

        // A sentence without a counterpart costs its prior alone. Gale–Church also charges it the length deviation
        // from zero, which grows with the sentence, so the long sentences most likely to be left untranslated (moved
        // footnotes, inserted notes) could not be skipped; the path would rather shift every bead around them.
        var cost = prior + (sourceCount == 0 || targetCount == 0 ? 0 : lengths.Cost(sourceLength, targetLength));
        if (!UseContent)
        {
            return cost;
        }

        var (matched, unmatched) = Overlap(source, target, f => f.Invariants);
        cost += (InvariantMismatch * unmatched) - (InvariantMatch * matched);
        var (concepts, _) = Overlap(source, target, f => f.Concepts);
        cost -= ConceptMatch * concepts;
        cost += Boundaries(source, target);
        if (sourcePredictions is not null && sourceCount > 0 && targetCount > 0)
        {
            cost -= LexicalWeight * Lexical(source, target);
        }

        return cost;
    }

    /// <summary>The invariant tokens of a bead that are numbers present on one side only.</summary>
    public int UnmatchedNumbers(ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        var left = Collect(source, features.Source, f => f.Invariants).Where(features.IsNumber).ToList();
        var right = Collect(target, features.Target, f => f.Invariants).Where(features.IsNumber).ToList();
        var (matched, unmatched) = MultisetOverlap(left.Order().ToArray(), right.Order().ToArray());
        return matched >= 0 ? unmatched : 0;
    }

    private double Lexical(ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        Span<(int[], float[])> sourceVectors = new (int[], float[])[source.Length];
        var sourceWords = new int[source.Length][];
        var sourceWordCount = 0;
        for (var k = 0; k < source.Length; k++)
        {
            var s = source[k];
            sourceVectors[k] = sourcePredictions![s].Item1 is null ? (sourcePredictions[s] = forward.Predict(features.Source[s].Words)) : sourcePredictions[s];
            sourceWords[k] = features.Source[s].Words;
            sourceWordCount += sourceWords[k].Length;
        }

        Span<(int[], float[])> targetVectors = new (int[], float[])[target.Length];
        var targetWords = new int[target.Length][];
        var targetWordCount = 0;
        for (var k = 0; k < target.Length; k++)
        {
            var t = target[k];
            targetVectors[k] = targetPredictions![t].Item1 is null ? (targetPredictions[t] = backward.Predict(features.Target[t].Words)) : targetPredictions[t];
            targetWords[k] = features.Target[t].Words;
            targetWordCount += targetWords[k].Length;
        }

        var there = forward.LogLikelihoodRatio(sourceVectors, sourceWordCount, targetWords);
        var back = backward.LogLikelihoodRatio(targetVectors, targetWordCount, sourceWords);
        return (there + back) / 2;
    }

    private double Boundaries(ReadOnlySpan<int> source, ReadOnlySpan<int> target)
    {
        var cost = 0.0;
        for (var k = 1; k < source.Length; k++)
        {
            cost += features.Source[source[k]].BlockStart ? BlockCrossing : 0;
        }

        for (var k = 1; k < target.Length; k++)
        {
            cost += features.Target[target[k]].BlockStart ? BlockCrossing : 0;
        }

        if (source.Length > 0 && target.Length > 0 && features.Source[source[^1]].BlockEnd != features.Target[target[^1]].BlockEnd)
        {
            cost += BlockEndMismatch;
        }

        return cost;
    }

    private (int Matched, int Unmatched) Overlap(ReadOnlySpan<int> source, ReadOnlySpan<int> target, Func<SentenceFeatures, int[]> select)
    {
        if (source.Length == 1 && target.Length == 1)
        {
            return MultisetOverlap(select(features.Source[source[0]]), select(features.Target[target[0]]));
        }

        var left = Collect(source, features.Source, select);
        var right = Collect(target, features.Target, select);
        left.Sort();
        right.Sort();
        return MultisetOverlap([.. left], [.. right]);
    }

    private static List<int> Collect(ReadOnlySpan<int> indices, SentenceFeatures[] sentences, Func<SentenceFeatures, int[]> select)
    {
        var all = new List<int>();
        foreach (var i in indices)
        {
            all.AddRange(select(sentences[i]));
        }

        return all;
    }

    /// <summary>Counts common elements of two sorted multisets, and the elements left over on either side.</summary>
    internal static (int Matched, int Unmatched) MultisetOverlap(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        int i = 0, j = 0, matched = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                matched++;
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (matched, left.Length + right.Length - (2 * matched));
    }

    private static bool Consecutive(int[] indices, int start, int count) =>
        count <= 1 || indices[start + count - 1] - indices[start] == count - 1;
}
