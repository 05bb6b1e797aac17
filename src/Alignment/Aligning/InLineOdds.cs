namespace Alignment.Aligning;

/// <summary>
/// The aligner's last step: a one-to-one bead in line is given the confidence it earns. The lattice's posteriors are
/// tempered (<see cref="Aligner.ConfidenceTemper"/>), which keeps a doubtful stretch doubtful, but measured on the
/// moved and edited inputs of every bundled corpus a one-to-one bead on the chain that runs through both texts in
/// order (<see cref="Orphans.InLine"/>) is right far more often than its posterior says: at 0.55 about 80 % of the
/// time, at 0.76 about 95 %. Beads of the other kinds are not off one way: unpaired sentences are too sure where a
/// translation leaves little out and too doubtful where it leaves much out, moved beads likewise, and beads of two or
/// more sentences on a side are about right but where a split explains them as well (<see cref="ManyOdds"/>).
/// </summary>
/// <remarks>
/// The rule is one shift of the log-odds, <see cref="Shift"/>: the value that makes those beads as often right as they
/// say, fitted on half the corpora (the report, the letter, the story: 1.597; the other half gives 1.653) and
/// measured on the other half and the news pair. Beads the orphans pass paired (<see cref="Orphans"/>) keep the
/// confidence that pass measured for them.
/// </remarks>
internal static class InLineOdds
{
    /// <summary>What is added to an in-line one-to-one bead's log-odds: its odds are multiplied by about five.</summary>
    internal const double Shift = 1.6;

    /// <summary>
    /// <paramref name="beads"/> with every in-line one-to-one bead's confidence raised by <see cref="Shift"/> in
    /// log-odds, unless <paramref name="keep"/> holds it; in the same order.
    /// </summary>
    public static List<Bead> Raise(List<Bead> beads, IReadOnlySet<Bead> keep)
    {
        var inLine = Orphans.InLine(beads).ToHashSet();
        return [.. beads.Select((bead, b) => inLine.Contains(b) && bead.Type == BeadType.OneToOne && !keep.Contains(bead)
            ? bead with { Confidence = Raised(bead.Confidence) }
            : bead)];
    }

    private static double Raised(double confidence) =>
        confidence is <= 0 or >= 1 ? confidence : 1 / (1 + ((1 - confidence) / confidence * Math.Exp(-Shift)));
}
