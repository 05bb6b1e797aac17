namespace Alignment.Aligning;

/// <summary>
/// What the recalibration steps (<see cref="UnpairedOdds"/>, <see cref="MovedOdds"/>) share: how long a run of beads
/// of one kind each bead stands in, found in one pass, and a confidence moved along a line in log-odds.
/// </summary>
internal static class BeadRuns
{
    /// <summary>Log-odds beyond this are taken as this: a posterior of 1 is as sure as the lattice can be, not infinitely sure.</summary>
    private const double SurestLogOdds = 8;

    /// <summary>
    /// For each of <paramref name="count"/> beads, the length of the run of consecutive beads it stands in where
    /// <paramref name="inRun"/> holds for each and <paramref name="together"/> for each neighbouring pair; 0 where
    /// <paramref name="inRun"/> does not hold. Linear in <paramref name="count"/>: a run of thousands of beads (two
    /// documents that do not correspond) is measured once, not once per bead.
    /// </summary>
    public static int[] Lengths(int count, Func<int, bool> inRun, Func<int, int, bool> together)
    {
        var lengths = new int[count];
        for (var first = 0; first < count; first++)
        {
            if (!inRun(first))
            {
                continue;
            }

            var end = first + 1;
            while (end < count && inRun(end) && together(end - 1, end))
            {
                end++;
            }

            Array.Fill(lengths, end - first, first, end - first);
            first = end - 1;
        }

        return lengths;
    }

    /// <summary><paramref name="confidence"/>'s log-odds (clamped) times <paramref name="slope"/> plus <paramref name="shift"/>, back as a probability.</summary>
    public static double Rescaled(double confidence, double slope, double shift) => Rescaled(confidence, slope, shift, SurestLogOdds);

    /// <summary>As <see cref="Rescaled(double, double, double)"/>, with the log-odds clamped at ±<paramref name="surest"/>.</summary>
    public static double Rescaled(double confidence, double slope, double shift, double surest)
    {
        var odds = Math.Clamp(Math.Log(confidence / (1 - confidence)), -surest, surest);
        return 1 / (1 + Math.Exp(-((slope * odds) + shift)));
    }
}
