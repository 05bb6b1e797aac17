namespace Alignment.Aligning;

/// <summary>
/// Which beads pair sentences that share evidence: a word the lexicon translates, a number, a name, a Latin word
/// written on both sides. A translation's beads nearly all do; the beads that pair two unrelated documents by their
/// positions and lengths seldom do, however sure the lattice is of them (it compares a bead only with its neighbours,
/// never with the possibility that nothing translates).
/// </summary>
internal static class BeadEvidence
{
    /// <summary>For each bead of <paramref name="beads"/>, whether its two sides share an evidence token of <paramref name="features"/>.</summary>
    public static bool[] Of(IReadOnlyList<Bead> beads, PairFeatures features)
    {
        var overlap = new EvidenceOverlap(features.SourceTable, features.TargetTable, features.EvidenceSpace);
        var shared = new bool[beads.Count];
        for (var i = 0; i < beads.Count; i++)
        {
            shared[i] = Shares(beads[i], overlap);
        }

        return shared;
    }

    /// <summary>Runs longer than the table's longest are read in pieces: two runs share a token when two of their pieces do.</summary>
    private static bool Shares(Bead bead, EvidenceOverlap overlap)
    {
        foreach (var (source, sourceCount) in Pieces(bead.Source))
        {
            foreach (var (target, targetCount) in Pieces(bead.Target))
            {
                if (overlap.Count(source, sourceCount, target, targetCount).Matched > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<(int Start, int Count)> Pieces(Segmentation.SentenceSpan span)
    {
        for (var start = span.Start; start < span.End; start += SentenceTable.LongestRun)
        {
            yield return (start, Math.Min(SentenceTable.LongestRun, span.End - start));
        }
    }
}
