namespace Alignment.Aligning;

/// <summary>
/// The aligner's last step for beads off the chain that runs through both texts in order (<see cref="Orphans.InLine"/>):
/// their confidence says how often such a bead is right. Measured on the moved and edited inputs of every bundled
/// corpus and the news pair, a bead moved with two or more others beside it, a passage found elsewhere, was right more
/// often than its confidence said (96 % at 0.93), and one moved alone or with one other less often (83 % at 0.94),
/// being now and then a sentence whose translation was left out paired with a loose one of the other side.
/// </summary>
/// <remarks>
/// The rule is a logistic on two features, as <see cref="UnpairedOdds"/>'s: the confidence's log-odds (clamped at ±8)
/// times <see cref="Slope"/>, plus <see cref="Passage"/> in a run of at least <see cref="UnpairedOdds.PassageLength"/>
/// moved beads, else <see cref="Alone"/>. Fitted (maximum likelihood) on 678 moved beads: the odd-numbered inputs of
/// <c>--edited-quality</c> and <c>--moved-quality</c> made from the report, the letter and the story; measured on
/// their even-numbered inputs, on the other corpora's inputs and on the corpora as they are (docs/benchmarks.md).
/// A moved bead alone is right less often than its posterior says even when the lattice was sure of it: two
/// sentences that each took the other's translation share what the two translations share.
/// </remarks>
internal static class MovedOdds
{
    /// <summary>How much of its log-odds a moved bead keeps.</summary>
    internal const double Slope = 0.76;

    /// <summary>What is added to the log-odds of a moved bead in a run of at least <see cref="UnpairedOdds.PassageLength"/>.</summary>
    internal const double Passage = 0.91;

    /// <summary>What is added to the log-odds of a moved bead in a shorter run.</summary>
    internal const double Alone = -1.40;

    /// <summary><paramref name="beads"/> (in output order) with every moved bead's confidence recalibrated; the others as they are.</summary>
    public static List<Bead> Recalibrate(List<Bead> beads)
    {
        var inLine = Orphans.InLine(beads).ToHashSet();
        var runs = BeadRuns.Lengths(beads.Count, b => !inLine.Contains(b) && !beads[b].Source.IsEmpty && !beads[b].Target.IsEmpty, (_, _) => true);
        return [.. beads.Select((bead, b) => runs[b] == 0
            ? bead
            : bead with { Confidence = BeadRuns.Rescaled(bead.Confidence, Slope, runs[b] >= UnpairedOdds.PassageLength ? Passage : Alone) })];
    }
}
