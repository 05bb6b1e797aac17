using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Takes a sentence back out of a bead it was merged into only because it repeats its neighbour. A bead of two or
/// three sentences with one scores each of the many against the one on its own, so where a translation leaves out a
/// sentence that says nearly what the next one says (`At its 2nd session… At its 3rd session…`, a heading above the
/// paragraph it names), the one translated sentence explains the left-out sentence's words a second time with the
/// same words, and the bead pays for that sentence less than leaving it out costs. Counted once, the repeated words
/// no longer pay: where the bead without its first or last sentence, and that sentence left unpaired, then cost less
/// than the bead, the sentence is left unpaired, for the later passes to pair elsewhere if it belongs there.
/// </summary>
internal static class EchoedSentences
{
    /// <summary>The beads, in the same order, with every such sentence split off; the same list when none is.</summary>
    public static List<Bead> Split(List<Bead> beads, BeadScorer scorer)
    {
        List<Bead>? result = null;
        for (var b = 0; b < beads.Count; b++)
        {
            var bead = beads[b];
            var split = Splitting(bead, scorer);
            if (split is null)
            {
                result?.Add(bead);
                continue;
            }

            result ??= [.. beads.Take(b)];
            result.AddRange(split);
        }

        return result ?? beads;
    }

    private static Bead[]? Splitting(Bead bead, BeadScorer scorer)
    {
        var sourceSide = bead.Source.Count >= 2 && bead.Target.Count == 1;
        if (!sourceSide && !(bead.Target.Count >= 2 && bead.Source.Count == 1))
        {
            return null;
        }

        var many = sourceSide ? bead.Source : bead.Target;
        var whole = Cost(bead.Source, bead.Target, scorer);
        Bead[]? best = null;
        var bestGain = 0.0;
        foreach (var first in new[] { true, false })
        {
            var sentence = first ? many.Start : many.End - 1;
            var rest = first ? new SentenceSpan(many.Start + 1, many.Count - 1) : new SentenceSpan(many.Start, many.Count - 1);
            var alone = new SentenceSpan(sentence, 1);
            var echoed = whole + scorer.Echo(bead.Source, bead.Target, sentence, sourceSide);
            var (kept, left) = sourceSide
                ? (new Bead(rest, bead.Target, bead.Confidence), new Bead(alone, new SentenceSpan(bead.Target.Start, 0), bead.Confidence))
                : (new Bead(bead.Source, rest, bead.Confidence), new Bead(new SentenceSpan(first ? bead.Source.Start : bead.Source.End, 0), alone, bead.Confidence));
            var apart = Cost(kept.Source, kept.Target, scorer) + Cost(left.Source, left.Target, scorer);
            if (echoed - apart > bestGain)
            {
                // The sentence left out is as sure as the split beat the merge: the two costs are log-likelihoods, so
                // their difference is the log-odds of the one against the other. The merged bead's posterior weighed the
                // merge with its words counted twice and says nothing about the sentence alone.
                var sure = left with { Confidence = 1 / (1 + Math.Exp(apart - echoed)) };
                (best, bestGain) = (first ? [sure, kept] : [kept, sure], echoed - apart);
            }
        }

        return best;
    }

    private static double Cost(SentenceSpan source, SentenceSpan target, BeadScorer scorer)
    {
        var region = new AlignmentRegion([.. source.Indices], [.. target.Indices], Anchored: false);
        return scorer.Cost(region, 0, 0, source.Count, target.Count);
    }
}
