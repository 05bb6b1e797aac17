using System.Globalization;
using Alignment.Aligning;

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
        foreach (var doubtful in report.Doubtful.Take(maxDoubtful))
        {
            var pair = doubtful.Pair;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {pair.Bead.Type} {pair.Bead.Confidence:0.00} [{string.Join(", ", doubtful.Reasons)}] {pair.Source.Path}"));
            writer.WriteLine($"      {bitext.Source.Language}: {Shorten(pair.Source.Text)}  ({pair.Source.Location})");
            writer.WriteLine($"      {bitext.Target.Language}: {Shorten(pair.Target.Text)}  ({pair.Target.Location})");
        }
    }

    private static string Shorten(string text) => text.Length == 0 ? "—" : text.Length <= 100 ? text : text[..97] + "…";
}
