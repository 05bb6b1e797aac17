using System.Globalization;
using Alignment.Aligning;
using Alignment.Interchange;

namespace Alignment.Cli.CommandLine;

/// <summary>Prints an alignment's QA report: bead shapes, mean confidence, and the beads worth a second look.</summary>
internal static class ReportPrinter
{
    public static void Print(AlignmentReport report, TextWriter writer, int maxDoubtful = int.MaxValue)
    {
        var bitext = report.Bitext;
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{bitext.Beads.Count} beads from {bitext.Source.Sentences.Count} {bitext.Source.Language} and {bitext.Target.Sentences.Count} {bitext.Target.Language} sentences; mean confidence {report.MeanConfidence:0.00}"));
        writer.WriteLine((report.Verdict.IsTranslation ? "pair: translation, " : "pair: NOT a translation, ") + report.Verdict.Reason);
        writer.WriteLine("shapes: " + string.Join(", ", report.Shapes.Select(s => $"{s.Key} × {s.Value}")));
        writer.WriteLine($"doubtful: {report.Doubtful.Count}" + (report.Doubtful.Count > maxDoubtful ? $" (first {maxDoubtful} shown)" : string.Empty));
        var ids = AlignedUnits.IdsByBead(bitext);
        foreach (var doubtful in report.Doubtful.Take(maxDoubtful))
        {
            var pair = doubtful.Pair;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {pair.Bead.Type} {Confidence(pair.Bead)} [{string.Join(", ", doubtful.Reasons)}] {pair.Source.Path}  ({Unit(ids, doubtful.Index)}, bead {pair.Bead.Source}:{pair.Bead.Target})"));
            writer.WriteLine($"      {bitext.Source.Language}: {Whole(pair.Source.Text)}  ({pair.Source.Location})");
            writer.WriteLine($"      {bitext.Target.Language}: {Whole(pair.Target.Text)}  ({pair.Target.Location})");
        }
    }

    // An unpaired bead's confidence is that its sentences have no counterpart, not that anything pairs well.
    private static string Confidence(Bead bead) => bead.Type.IsDeletionOrInsertion
        ? string.Create(CultureInfo.InvariantCulture, $"unpaired (confidence {bead.Confidence:0.00} that it has no counterpart)")
        : string.Create(CultureInfo.InvariantCulture, $"confidence {bead.Confidence:0.00}");

    // The unit to look for in the TMX; an unpaired sentence made none, so the unit before it is named.
    private static string Unit(IReadOnlyDictionary<int, string> ids, int bead) =>
        ids.TryGetValue(bead, out var id) ? $"unit {id}"
        : Enumerable.Range(0, bead).Reverse().FirstOrDefault(ids.ContainsKey, -1) is var before and >= 0 ? $"no unit (after {ids[before]})"
        : "no unit";

    // Whole, never cut: the number or word that made the bead doubtful may be at the end.
    private static string Whole(string text) => text.Length == 0 ? "—" : text;
}
