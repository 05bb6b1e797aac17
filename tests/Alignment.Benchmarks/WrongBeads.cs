using System.Globalization;
using Alignment.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// What <c>--wrong</c> prints above an input's line: the gold beads the aligner missed, then the beads it found that
/// the gold lacks, each with its confidence, so that wrong beads can be grouped by cause.
/// </summary>
internal static class WrongBeads
{
    public static void Print(IReadOnlyList<EvaluatedBead> gold, Bitext aligned)
    {
        var (expected, found) = (gold.Select(Key).ToHashSet(), aligned.Beads.Select(b => Key(EvaluatedBead.From(b))).ToHashSet());
        Console.WriteLine($"    missed: {string.Join(" ", gold.Select(Key).Where(k => !found.Contains(k)))}");
        Console.WriteLine($"    wrong:  {string.Join(" ", aligned.Beads.Where(b => !expected.Contains(Key(EvaluatedBead.From(b)))).Select(b => Key(EvaluatedBead.From(b)) + b.Confidence.ToString(".00", CultureInfo.InvariantCulture)))}");
    }

    private static string Key(EvaluatedBead bead) => $"[{string.Join(",", bead.Source)}]:[{string.Join(",", bead.Target)}]";
}
