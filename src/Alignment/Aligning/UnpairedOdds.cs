namespace Alignment.Aligning;

/// <summary>
/// The aligner's last step for sentences left unpaired: their confidence says how often such a sentence truly has
/// no counterpart. The lattice's posterior of an unpaired bead measures only whether the sentences around it offer
/// a better pairing, and measured on the moved and edited inputs of every bundled corpus it tells little more: a
/// sentence left out alone or beside one other was right 65 % of the time at a mean posterior of 0.73 (79 % at
/// 0.9 or more, 39 % under 0.5), being often half of a bead of two sentences with one or the counterpart of a
/// sentence moved away; in a run of three or more, a passage left out, right 98 % of the time at 0.87 (95 % under
/// 0.5).
/// </summary>
/// <remarks>
/// The rule is one line in log-odds: the posterior's log-odds times <see cref="Slope"/>, plus <see cref="Passage"/>
/// in a run of <see cref="PassageLength"/> or more. Fitted on half the corpora (the report, the letter, the story)
/// and measured on the other half. Without the word model the aligner looks for no moved passages, so a run left
/// unpaired there is as often a passage moved as one left out; that path keeps its posteriors.
/// </remarks>
internal static class UnpairedOdds
{
    /// <summary>How much of the posterior's log-odds an unpaired bead keeps.</summary>
    internal const double Slope = 0.3;

    /// <summary>What is added to the log-odds of an unpaired bead in a run of at least <see cref="PassageLength"/>.</summary>
    internal const double Passage = 3.2;

    /// <summary>Unpaired beads of one side in a row that make a passage left out.</summary>
    internal const int PassageLength = 3;

    /// <summary><paramref name="beads"/> (in output order) with every unpaired bead's confidence recalibrated; the others as they are.</summary>
    public static List<Bead> Recalibrate(List<Bead> beads)
    {
        var runs = BeadRuns.Lengths(beads.Count, b => IsUnpaired(beads[b]), (a, b) => beads[a].Source.IsEmpty == beads[b].Source.IsEmpty);
        return [.. beads.Select((bead, b) => runs[b] == 0
            ? bead
            : bead with { Confidence = BeadRuns.Rescaled(bead.Confidence, Slope, runs[b] >= PassageLength ? Passage : 0) })];
    }

    private static bool IsUnpaired(Bead bead) => bead.Source.IsEmpty != bead.Target.IsEmpty;
}
