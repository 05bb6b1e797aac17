namespace Alignment.Aligning;

/// <summary>
/// Precision, recall and F1 of a test alignment against a gold one, strict (a bead counts only when it equals a gold
/// bead) and lax (it counts when it overlaps a gold bead on both sides), computed as the Vecalign and Bertalign
/// scripts do: beads with an empty side count against precision but are left out of recall.
/// </summary>
/// <param name="StrictPrecision">Share of test beads that equal a gold bead.</param>
/// <param name="StrictRecall">Share of gold beads (both sides non-empty) that the test reproduces exactly.</param>
/// <param name="LaxPrecision">Share of test beads that overlap a gold bead on both sides.</param>
/// <param name="LaxRecall">Share of gold beads (both sides non-empty) that some test bead overlaps on both sides.</param>
public sealed record AlignmentScores(double StrictPrecision, double StrictRecall, double LaxPrecision, double LaxRecall)
{
    /// <summary>Harmonic mean of strict precision and recall.</summary>
    public double StrictF1 => F1(StrictPrecision, StrictRecall);

    /// <summary>Harmonic mean of lax precision and recall.</summary>
    public double LaxF1 => F1(LaxPrecision, LaxRecall);

    /// <summary>Scores <paramref name="test"/> against <paramref name="gold"/>.</summary>
    public static AlignmentScores Compute(IReadOnlyList<EvaluatedBead> gold, IReadOnlyList<EvaluatedBead> test)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(test);
        var (strictPrecision, laxPrecision) = Precision(gold, test);

        // Recall is precision with the roles swapped and beads with an empty side removed from both.
        var (strictRecall, laxRecall) = Precision(
            [.. test.Where(b => !b.IsDeletionOrInsertion)],
            [.. gold.Where(b => !b.IsDeletionOrInsertion)]);
        return new AlignmentScores(strictPrecision, strictRecall, laxPrecision, laxRecall);
    }

    /// <summary>One table, as the evaluation scripts print it.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"""
                    strict   lax
        precision   {StrictPrecision:0.000}    {LaxPrecision:0.000}
        recall      {StrictRecall:0.000}    {LaxRecall:0.000}
        F1          {StrictF1:0.000}    {LaxF1:0.000}
        """);

    private static (double Strict, double Lax) Precision(IReadOnlyList<EvaluatedBead> reference, IReadOnlyList<EvaluatedBead> candidates)
    {
        var exact = reference.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        var linked = new Dictionary<int, HashSet<int>>();
        foreach (var bead in reference)
        {
            foreach (var s in bead.Source)
            {
                if (!linked.TryGetValue(s, out var targets))
                {
                    linked[s] = targets = [];
                }

                targets.UnionWith(bead.Target);
            }
        }

        var distinct = candidates.DistinctBy(b => b.Key).ToList();
        if (distinct.Count == 0)
        {
            return (0, 0);
        }

        int strict = 0, lax = 0;
        foreach (var bead in distinct)
        {
            if (exact.Contains(bead.Key))
            {
                strict++;
                lax++;
            }
            else if (bead.Source.Any(s => linked.TryGetValue(s, out var targets) && bead.Target.Any(targets.Contains)))
            {
                lax++;
            }
        }

        return ((double)strict / distinct.Count, (double)lax / distinct.Count);
    }

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
