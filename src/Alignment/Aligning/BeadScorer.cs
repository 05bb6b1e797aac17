using System.Runtime.CompilerServices;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Prices a candidate bead from all the evidence, as a sum of negative log-likelihood terms:
/// the shape's prior, the length deviation, invariant tokens matched and unmatched, lexicon concepts,
/// the translation model's log-likelihood ratio, and block boundaries crossed or disagreeing.
/// A scorer serves one alignment on one thread: it keeps caches.
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
    // A tie-breaker between the ways of splitting dialogue that lengths and words cannot tell apart: weighed more, it
    // moved beads far from any quotation on the feature and the edited story, by way of the word model it trains.
    internal const double QuoteMismatch = 0.5;
    // A bead that pours a turn of dialogue into narration or two turns into one crosses what in a story's text is a
    // paragraph boundary (see SpeechTurns), and costs what crossing one does.
    internal const double TurnMismatch = BlockCrossing;

    private readonly PairFeatures features;
    private readonly LengthModel lengths;
    private readonly BeadPriors priors;
    private readonly LexicalEvidence? lexical;
    private readonly EvidenceOverlap overlap;
    private double[]? rarity;

    public BeadScorer(PairFeatures features, LengthModel lengths, BeadPriors priors, LexicalEvidence? lexical)
    {
        this.features = features;
        this.lengths = lengths;
        this.priors = priors;
        this.lexical = lexical;
        overlap = new EvidenceOverlap(features.SourceTable, features.TargetTable, features.EvidenceSpace);
    }

    public PairFeatures Features => features;

    public LengthModel Lengths => lengths;

    /// <summary>The translation models, when a pass has trained them.</summary>
    public LexicalEvidence? Lexical => lexical;

    /// <summary>Evidence of the application's own, and the documents it is asked about.</summary>
    public (IReadOnlyList<IBeadScorer> Scorers, SegmentedDocument Source, SegmentedDocument Target) Plugged { get; init; }

    /// <summary>The cost of the bead covering the given region-local spans of <paramref name="region"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Cost(AlignmentRegion region, int sourceStart, int targetStart, int sourceCount, int targetCount)
    {
        var prior = priors.Cost(sourceCount, targetCount);
        if (double.IsPositiveInfinity(prior)
            || !Consecutive(region.Source, sourceStart, sourceCount)
            || !Consecutive(region.Target, targetStart, targetCount))
        {
            return double.PositiveInfinity;
        }

        // From here on, sentences are global indices: a bead never spans a gap in its region.
        var (s, t) = (sourceCount == 0 ? 0 : region.Source[sourceStart], targetCount == 0 ? 0 : region.Target[targetStart]);
        var (sources, targets) = (features.SourceTable, features.TargetTable);
        if (sourceCount == 0 || targetCount == 0)
        {
            // A sentence without a counterpart costs its prior and its numbers and names, which a translation keeps.
            // Gale–Church also charges it the length deviation from zero, which grows with the sentence, so the long
            // sentences most likely to be left untranslated (moved footnotes, inserted notes) could not be skipped;
            // the path would rather shift every bead around them.
            var unmatched = sourceCount == 0 ? targets.Invariants(t, targetCount) : sources.Invariants(s, sourceCount);
            return prior + (InvariantMismatch * unmatched) + Boundaries(s, sourceCount, t, targetCount);
        }

        var cost = prior + lengths.Cost(sources.Length(s, sourceCount), targets.Length(t, targetCount));
        cost += Overlap(s, sourceCount, t, targetCount) + Boundaries(s, sourceCount, t, targetCount);
        cost += QuoteMismatch * sources.Quotes(s, sourceCount).Disagreements(targets.Quotes(t, targetCount));
        // Only a bead with a turn of dialogue can mismatch one, and most text holds none: tell that first.
        if (sourceCount + targetCount > 2
            && (sources.HoldsTurn(s, sourceCount) || targets.HoldsTurn(t, targetCount))
            && SpeechTurns.Mismatched(sources.Speech(s, sourceCount), targets.Speech(t, targetCount)))
        {
            cost += TurnMismatch;
        }

        if (lexical is not null)
        {
            cost -= LexicalWeight * lexical.Score(s, sourceCount, t, targetCount);
        }

        if (Plugged.Scorers is { Count: > 0 } scorers)
        {
            var (sourceSpan, targetSpan) = (new SentenceSpan(s, sourceCount), new SentenceSpan(t, targetCount));
            foreach (var scorer in scorers)
            {
                cost -= scorer.Score(Plugged.Source, sourceSpan, Plugged.Target, targetSpan);
            }
        }

        return cost;
    }

    /// <summary>
    /// The cost of a bead that pairs sentences away from the path (<see cref="MovedSentences"/>, <see cref="StrayBeads"/>):
    /// as <see cref="Cost"/>, but each invariant token both sides share is rewarded by how rare it is in the document.
    /// On the path, a name shared by the sentences beside each other is good evidence however often the text repeats
    /// it; across the document, a name that a tenth of the sentences hold matches a tenth of the candidates, and pairs
    /// a sentence whose counterpart is gone with any other that names the same person. The reward is scaled by
    /// ln(n / d) / ln(n), n a side's sentences and d those holding the token (the less of the two sides): whole for a
    /// token one sentence holds, nothing for one that every sentence holds.
    /// </summary>
    public double CostAcross(AlignmentRegion region, int sourceStart, int targetStart, int sourceCount, int targetCount)
    {
        var cost = Cost(region, sourceStart, targetStart, sourceCount, targetCount);
        if (sourceCount == 0 || targetCount == 0 || double.IsPositiveInfinity(cost))
        {
            return cost;
        }

        rarity ??= Rarity();
        // Each token both runs hold, in ascending order, as many times as the fewer of them holds it: a walk of the two
        // runs' distinct tokens in step.
        var left = features.SourceTable.DistinctEvidence(region.Source[sourceStart], sourceCount);
        var right = features.TargetTable.DistinctEvidence(region.Target[targetStart], targetCount);
        for (int a = 0, b = 0; a < left.Length && b < right.Length;)
        {
            if (left[a] != right[b])
            {
                (a, b) = left[a] < right[b] ? (a + 2, b) : (a, b + 2);
                continue;
            }

            var shared = left[a];
            for (var times = Math.Min(left[a + 1], right[b + 1]); times > 0; times--)
            {
                cost += (shared & 1) == 0 ? InvariantMatch * (1 - rarity[shared]) : 0;
            }

            (a, b) = (a + 2, b + 2);
        }

        return cost;
    }

    /// <summary>
    /// The share of <see cref="Cost"/>'s reward for the bead (<paramref name="source"/>, <paramref name="target"/>)
    /// that comes from the words <paramref name="sentence"/> repeats from the other sentences of its side: see
    /// <see cref="LexicalEvidence.Echo"/>. Zero unless the other side is one sentence.
    /// </summary>
    public double Echo(SentenceSpan source, SentenceSpan target, int sentence, bool sourceSide)
    {
        var (many, one) = sourceSide ? (source, target) : (target, source);
        return lexical is null || one.Count != 1 ? 0 : LexicalWeight * lexical.Echo(sentence, sourceSide, one.Start, many);
    }

    /// <summary>For every evidence token, ln(n / d) / ln(n) on the side where it is commoner (see <see cref="CostAcross"/>).</summary>
    private double[] Rarity()
    {
        var rarities = new double[features.EvidenceSpace];
        Array.Fill(rarities, 1.0);
        foreach (var table in new[] { features.SourceTable, features.TargetTable })
        {
            var holding = new int[features.EvidenceSpace];
            for (var sentence = 0; sentence < table.Count; sentence++)
            {
                var previous = -1;
                foreach (var token in table.Evidence(sentence))
                {
                    holding[token] += token == previous ? 0 : 1;
                    previous = token;
                }
            }

            for (var token = 0; token < holding.Length; token++)
            {
                if (holding[token] > 0 && table.Count > 1)
                {
                    rarities[token] = Math.Min(rarities[token], Math.Log((double)table.Count / holding[token]) / Math.Log(table.Count));
                }
            }
        }

        return rarities;
    }

    /// <summary>
    /// What a sentence holds that its translation would hold too, as ids in one space for both sides: invariant
    /// tokens and lexicon concepts. The coarse search compares runs of sentences by them, and the searches for where a
    /// passage went. A single character's word (说, 年) is left out: it tells a bead from its neighbours, but is in
    /// too many sentences far apart to say where a sentence went.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public int[] EvidenceTokens(int sentence, bool source)
    {
        var f = source ? features.Source[sentence] : features.Target[sentence];
        var terms = features.Lexicon.IsEmpty ? null : features.Lexicon.Terms;

        // Counted first and written into an array of that size: a list grown and copied was a third of what a draft allocated.
        var kept = f.Invariants.Length;
        foreach (var concept in f.Concepts)
        {
            kept += terms is null || !terms.IsCharacter(concept) ? 1 : 0;
        }

        var tokens = new int[kept];
        var at = 0;
        foreach (var invariant in f.Invariants)
        {
            tokens[at++] = invariant * 2;
        }

        foreach (var concept in f.Concepts)
        {
            if (terms is null || !terms.IsCharacter(concept))
            {
                tokens[at++] = (concept * 2) + 1;
            }
        }

        return tokens;
    }

    [MethodImpl(HotLoop.Optimised)]
    private double Boundaries(int source, int sourceCount, int target, int targetCount)
    {
        var (sources, targets) = (features.SourceTable, features.TargetTable);
        var cost = 0.0;
        for (var k = 1; k < sourceCount; k++)
        {
            cost += sources.BlockStart(source + k) ? BlockCrossing : 0;
        }

        for (var k = 1; k < targetCount; k++)
        {
            cost += targets.BlockStart(target + k) ? BlockCrossing : 0;
        }

        if (sourceCount > 0 && targetCount > 0 && sources.BlockEnd(source + sourceCount - 1) != targets.BlockEnd(target + targetCount - 1))
        {
            cost += BlockEndMismatch;
        }

        return cost;
    }

    /// <summary>
    /// What the shared evidence says: each invariant both sides hold is
    /// rewarded and each that only one side holds punished; each lexicon concept both hold is rewarded.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private double Overlap(int source, int sourceCount, int target, int targetCount)
    {
        var (sources, targets) = (features.SourceTable, features.TargetTable);
        var (leftCount, rightCount) = (sources.EvidenceCount(source, sourceCount), targets.EvidenceCount(target, targetCount));
        if (leftCount == 0 || rightCount == 0)
        {
            return InvariantMismatch * (sources.Invariants(source, sourceCount) + targets.Invariants(target, targetCount));
        }

        var (matched, concepts) = overlap.Count(source, sourceCount, target, targetCount);
        var invariants = matched - concepts;
        var unmatched = sources.Invariants(source, sourceCount) + targets.Invariants(target, targetCount) - (2 * invariants);
        return (InvariantMismatch * unmatched) - (InvariantMatch * invariants) - (ConceptMatch * concepts);
    }

    /// <summary>Counts common elements of two sorted multisets, and the elements left over on either side.</summary>
    internal static (int Matched, int Unmatched) MultisetOverlap(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        var matched = 0;
        foreach (var _ in new SortedCommon(left, right))
        {
            matched++;
        }

        return (matched, left.Length + right.Length - (2 * matched));
    }

    private static bool Consecutive(int[] indices, int start, int count) =>
        count <= 1 || indices[start + count - 1] - indices[start] == count - 1;
}
