using Alignment.Segmentation;

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
    // The translation model multiplies word probabilities as if words were independent, which overstates the
    // evidence; halving it was best on every variant of the evaluation family (omissions, merges, either direction).
    internal const double LexicalWeight = 0.5;
    internal const double BlockCrossing = 3.0;
    internal const double BlockEndMismatch = 1.5;

    private readonly PairFeatures features;
    private readonly LengthModel lengths;
    private readonly BeadPriors priors;
    private readonly LexicalEvidence? lexical;

    public BeadScorer(PairFeatures features, LengthModel lengths, BeadPriors priors, LexicalEvidence? lexical)
    {
        this.features = features;
        this.lengths = lengths;
        this.priors = priors;
        this.lexical = lexical;
    }

    public PairFeatures Features => features;

    public LengthModel Lengths => lengths;

    /// <summary>Evidence of the application's own, and the documents it is asked about.</summary>
    public (IReadOnlyList<IBeadScorer> Scorers, SegmentedDocument Source, SegmentedDocument Target) Plugged { get; init; }

    /// <summary>The cost of the bead covering the given region-local spans of <paramref name="region"/>.</summary>
    public double Cost(AlignmentRegion region, int sourceStart, int targetStart, int sourceCount, int targetCount)
    {
        var prior = priors.Cost(sourceCount, targetCount);
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
        var (matched, unmatched) = Overlap(source, target, f => f.Invariants);
        cost += (InvariantMismatch * unmatched) - (InvariantMatch * matched);
        var (concepts, _) = Overlap(source, target, f => f.Concepts);
        cost -= ConceptMatch * concepts;
        cost += Boundaries(source, target);
        if (lexical is not null && sourceCount > 0 && targetCount > 0)
        {
            cost -= LexicalWeight * lexical.Score(source, target);
        }

        if (Plugged.Scorers is { Count: > 0 } scorers && sourceCount > 0 && targetCount > 0)
        {
            var (sourceSpan, targetSpan) = (new SentenceSpan(source[0], sourceCount), new SentenceSpan(target[0], targetCount));
            foreach (var scorer in scorers)
            {
                cost -= scorer.Score(Plugged.Source, sourceSpan, Plugged.Target, targetSpan);
            }
        }

        return cost;
    }

    /// <summary>
    /// What a sentence holds that its translation would hold too, as ids in one space for both sides: invariant
    /// tokens and lexicon concepts. The coarse search compares runs of sentences by them.
    /// </summary>
    public int[] EvidenceTokens(int sentence, bool source)
    {
        var f = source ? features.Source[sentence] : features.Target[sentence];
        var tokens = new int[f.Invariants.Length + f.Concepts.Length];
        for (var k = 0; k < f.Invariants.Length; k++)
        {
            tokens[k] = f.Invariants[k] * 2;
        }

        for (var k = 0; k < f.Concepts.Length; k++)
        {
            tokens[f.Invariants.Length + k] = (f.Concepts[k] * 2) + 1;
        }

        return tokens;
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

        // Several sentences on a side: their token lists are gathered and sorted in a buffer, on the stack when small.
        var leftCount = Count(source, features.Source, select);
        var rightCount = Count(target, features.Target, select);
        if (leftCount == 0 || rightCount == 0)
        {
            return (0, leftCount + rightCount);
        }

        Span<int> left = leftCount <= 256 ? stackalloc int[leftCount] : new int[leftCount];
        Span<int> right = rightCount <= 256 ? stackalloc int[rightCount] : new int[rightCount];
        return MultisetOverlap(Gather(source, features.Source, select, left), Gather(target, features.Target, select, right));
    }

    private static int Count(ReadOnlySpan<int> indices, SentenceFeatures[] sentences, Func<SentenceFeatures, int[]> select)
    {
        var count = 0;
        foreach (var i in indices)
        {
            count += select(sentences[i]).Length;
        }

        return count;
    }

    /// <summary>The sentences' sorted token lists merged into one sorted list, in <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<int> Gather(ReadOnlySpan<int> indices, SentenceFeatures[] sentences, Func<SentenceFeatures, int[]> select, Span<int> buffer)
    {
        var length = 0;
        foreach (var i in indices)
        {
            var tokens = select(sentences[i]);

            // Merge from the back, so that the list gathered so far is never overwritten before it is read.
            int a = length - 1, b = tokens.Length - 1;
            for (var at = length + tokens.Length - 1; b >= 0; at--)
            {
                buffer[at] = a >= 0 && buffer[a] > tokens[b] ? buffer[a--] : tokens[b--];
            }

            length += tokens.Length;
        }

        return buffer[..length];
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
