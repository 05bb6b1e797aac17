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

    /// <summary>Log-odds beyond this are taken as this: a posterior of 1 is as sure as the lattice can be, not infinitely sure.</summary>
    private const double SurestLogOdds = 8;

    /// <summary><paramref name="beads"/> (in output order) with every unpaired bead's confidence recalibrated; the others as they are.</summary>
    public static List<Bead> Recalibrate(List<Bead> beads)
    {
        var result = new List<Bead>(beads.Count);
        for (var b = 0; b < beads.Count; b++)
        {
            var bead = beads[b];
            if (!IsUnpaired(bead))
            {
                result.Add(bead);
                continue;
            }

            var (first, last) = (b, b);
            while (first > 0 && SameSideUnpaired(beads[first - 1], bead))
            {
                first--;
            }

            while (last + 1 < beads.Count && SameSideUnpaired(beads[last + 1], bead))
            {
                last++;
            }

            var odds = Math.Clamp(Math.Log(bead.Confidence / (1 - bead.Confidence)), -SurestLogOdds, SurestLogOdds);
            var shifted = (Slope * odds) + (last - first + 1 >= PassageLength ? Passage : 0);
            result.Add(bead with { Confidence = 1 / (1 + Math.Exp(-shifted)) });
        }

        return result;
    }

    private static bool IsUnpaired(Bead bead) => bead.Source.IsEmpty != bead.Target.IsEmpty;

    private static bool SameSideUnpaired(Bead bead, Bead other) => IsUnpaired(bead) && bead.Source.IsEmpty == other.Source.IsEmpty;
}
