namespace Alignment.Aligning;

/// <summary>
/// The aligner's last step for sentences left unpaired: their confidence says how often such a sentence truly has
/// no counterpart. The lattice's posterior of an unpaired bead measures only whether the sentences around it offer
/// a better pairing, and tells little more; what tells more is the run the sentence stands in (a passage of three or
/// more left out is nearly always right, two nearly as often) and whether sentences of the other side are left
/// unpaired near it: then its counterpart may be among them (half of a pair the path split, a sentence moved a
/// little), and a sentence left out alone is right far less often.
/// </summary>
/// <remarks>
/// The rule is a logistic on four features: <see cref="Intercept"/>, plus the posterior's log-odds (clamped at
/// ±<see cref="SurestLogOdds"/>) times <see cref="Slope"/>, plus <see cref="Passage"/> in a run of <see cref="PassageLength"/> or more or
/// <see cref="Two"/> in a run of two, plus <see cref="OtherSideNear"/> where an unpaired sentence of the other side
/// lies within <see cref="MovedSentences.Window"/> sentences. Fitted (maximum likelihood) on 1,415 unpaired beads: the
/// odd-numbered inputs of <c>--edited-quality</c> and <c>--moved-quality</c> made from the report, the letter and the
/// story; measured on their even-numbered inputs, on the other corpora's inputs and on the corpora as they are
/// (docs/benchmarks.md). Without the word model the aligner looks for no moved passages, so a run left unpaired there
/// is as often a passage moved as one left out; that path keeps its posteriors.
/// </remarks>
internal static class UnpairedOdds
{
    /// <summary>The log-odds of a sentence left out alone, with nothing unpaired near it, at a posterior of one half.</summary>
    internal const double Intercept = 1.78;

    /// <summary>How much of the posterior's log-odds an unpaired bead keeps.</summary>
    internal const double Slope = 0.56;

    /// <summary>
    /// The posterior's log-odds count up to this (a posterior between 0.12 and 0.88): a sentence left out alone, with
    /// nothing unpaired near it, at a posterior of 0.99 or more was right 83 % of the time (58 beads), under 0.5 90 %
    /// (41). Clamps of 2, 3, 4, 5, 6
    /// and 8 fitted about alike on the fitting half; 2 gave the lowest error on the moved inputs it was not fitted on.
    /// </summary>
    internal const double SurestLogOdds = 2;

    /// <summary>What is added to the log-odds of an unpaired bead in a run of at least <see cref="PassageLength"/>.</summary>
    internal const double Passage = 3.66;

    /// <summary>What is added to the log-odds of an unpaired bead in a run of two.</summary>
    internal const double Two = 2.31;

    /// <summary>What is added to the log-odds of an unpaired bead with an unpaired sentence of the other side near it.</summary>
    internal const double OtherSideNear = -1.89;

    /// <summary>Unpaired beads of one side in a row that make a passage left out.</summary>
    internal const int PassageLength = 3;

    /// <summary><paramref name="beads"/> (in output order) with every unpaired bead's confidence recalibrated; the others as they are.</summary>
    public static List<Bead> Recalibrate(List<Bead> beads)
    {
        var runs = BeadRuns.Lengths(beads.Count, b => IsUnpaired(beads[b]), (a, b) => beads[a].Source.IsEmpty == beads[b].Source.IsEmpty);

        // Where each side's unpaired sentences stand, on the axis of the side they lack: a sentence of the other side
        // near there could be the counterpart.
        var addedAt = Sorted(beads.Where(b => b.Source.IsEmpty && !b.Target.IsEmpty).Select(b => b.Target.Start));
        var leftOutAt = Sorted(beads.Where(b => b.Target.IsEmpty && !b.Source.IsEmpty).Select(b => b.Source.Start));
        return [.. beads.Select((bead, b) =>
        {
            if (runs[b] == 0)
            {
                return bead;
            }

            var near = bead.Target.IsEmpty ? Near(addedAt, bead.Target.Start) : Near(leftOutAt, bead.Source.Start);
            var shift = Intercept
                + (runs[b] >= PassageLength ? Passage : runs[b] == 2 ? Two : 0)
                + (near ? OtherSideNear : 0);
            return bead with { Confidence = BeadRuns.Rescaled(bead.Confidence, Slope, shift, SurestLogOdds) };
        })];
    }

    private static bool IsUnpaired(Bead bead) => bead.Source.IsEmpty != bead.Target.IsEmpty;

    private static int[] Sorted(IEnumerable<int> positions)
    {
        var sorted = positions.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>Whether <paramref name="sorted"/> holds a position within <see cref="MovedSentences.Window"/> of <paramref name="at"/>.</summary>
    private static bool Near(int[] sorted, int at)
    {
        var first = Array.BinarySearch(sorted, at - MovedSentences.Window);
        first = first < 0 ? ~first : first;
        return first < sorted.Length && sorted[first] <= at + MovedSentences.Window;
    }
}
