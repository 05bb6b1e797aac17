namespace Alignment.Aligning;

/// <summary>Runs a pass over the beads again while it changes them, up to a number of rounds.</summary>
internal static class Passes
{
    /// <summary>
    /// Applies <paramref name="pass"/> until it returns the list it was given (its way of saying nothing changed) or
    /// <paramref name="rounds"/> have run.
    /// </summary>
    public static List<Bead> Repeat(List<Bead> beads, int rounds, Func<List<Bead>, List<Bead>> pass)
    {
        for (var round = 0; round < rounds; round++)
        {
            var next = pass(beads);
            if (ReferenceEquals(next, beads))
            {
                break;
            }

            beads = next;
        }

        return beads;
    }
}
