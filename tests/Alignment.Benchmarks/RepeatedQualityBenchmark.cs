using System.Globalization;
using System.Text;
using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Benchmarks;

/// <summary>
/// A bundled pair repeated end to end, as a long input that says the same things in each of its parts (a record of
/// many sessions, an interview series): strict F1 of the whole, then each gold bead missed and each bead found that the
/// gold lacks, counted over the copies, so that a bead lost only at length shows as lost in every copy:
/// <c>-- --repeated-quality interview-mountain-seed-bank 100</c>. <c>-- --repeated-quality all</c> gives the strict F1
/// and the CPU time of every bundled corpus once, twice, five times and repeated to about 5,000 sentences.
/// </summary>
internal static class RepeatedQualityBenchmark
{
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--repeated-quality")
        {
            return false;
        }

        if (args.Length == 2 && args[1] == "all")
        {
            All();
            return true;
        }

        var directory = args.Length == 3 ? Path.Combine(AppContext.BaseDirectory, "corpora", args[1]) : string.Empty;
        if (args.Length != 3 || !Directory.Exists(directory) || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var copies) || copies < 1)
        {
            Console.Error.WriteLine("--repeated-quality: give a bundled corpus's name and a number of copies");
            Environment.ExitCode = 2;
            return true;
        }

        var (chinese, english) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
        var oneCopy = BeadFile.Read(Path.Combine(directory, "gold.beads"));
        var gold = Enumerable.Range(0, copies)
            .SelectMany(c => oneCopy.Select(b => new EvaluatedBead([.. b.Source.Select(i => i + (c * chinese.Length))], [.. b.Target.Select(j => j + (c * english.Length))])))
            .ToList();
        var aligned = Aligner.Default.Align(
            [.. Enumerable.Repeat(chinese, copies).SelectMany(s => s)], [.. Enumerable.Repeat(english, copies).SelectMany(s => s)], Language.Chinese, Language.English);
        var found = aligned.Beads.Select(EvaluatedBead.From).ToList();
        Console.WriteLine(Invariant($"{args[1]} × {copies} ({chinese.Length * copies} × {english.Length * copies}): strict F1 {AlignmentScores.Compute(gold, found).StrictF1:0.0000}"));

        // A bead as it reads in the copy it starts in, so that the copies' beads group together.
        string InCopy(EvaluatedBead bead)
        {
            var copy = bead.Source.Count > 0 ? bead.Source[0] / chinese.Length : bead.Target[0] / english.Length;
            return $"[{string.Join(",", bead.Source.Select(i => i - (copy * chinese.Length)))}]:[{string.Join(",", bead.Target.Select(j => j - (copy * english.Length)))}]";
        }

        var (goldKeys, foundKeys) = (gold.Select(b => b.Key).ToHashSet(), found.Select(b => b.Key).ToHashSet());
        foreach (var group in gold.Where(b => !foundKeys.Contains(b.Key)).GroupBy(InCopy).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine(Invariant($"  missed {group.Key} in {group.Count()} copies"));
        }

        foreach (var group in aligned.Beads.Where(b => !goldKeys.Contains(EvaluatedBead.From(b).Key)).GroupBy(b => InCopy(EvaluatedBead.From(b))).OrderByDescending(g => g.Count()))
        {
            Console.WriteLine(Invariant($"  wrong {group.Key} in {group.Count()} copies, mean confidence {group.Average(b => b.Confidence):0.00}"));
        }

        return true;
    }

    private static void All()
    {
        var corpora = Path.Combine(AppContext.BaseDirectory, "corpora");
        var names = Directory.GetDirectories(corpora).Where(d => File.Exists(Path.Combine(d, "gold.beads"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        // Warm the runtime up so that the first timed run is not the JIT's.
        Aligner.Default.Align(Lines(Path.Combine(corpora, names[0]!), "zh.sentences.txt"), Lines(Path.Combine(corpora, names[0]!), "en.sentences.txt"), Language.Chinese, Language.English);
        foreach (var name in names)
        {
            var directory = Path.Combine(corpora, name!);
            var (chinese, english) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
            var oneCopy = BeadFile.Read(Path.Combine(directory, "gold.beads"));
            var line = new StringBuilder(name);
            foreach (var copies in new[] { 1, 2, 5, (5000 + chinese.Length - 1) / chinese.Length })
            {
                var gold = Enumerable.Range(0, copies)
                    .SelectMany(c => oneCopy.Select(b => new EvaluatedBead([.. b.Source.Select(i => i + (c * chinese.Length))], [.. b.Target.Select(j => j + (c * english.Length))])))
                    .ToList();
                var before = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var aligned = Aligner.Default.Align(
                    [.. Enumerable.Repeat(chinese, copies).SelectMany(s => s)], [.. Enumerable.Repeat(english, copies).SelectMany(s => s)], Language.Chinese, Language.English);
                var cpu = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
                var f1 = AlignmentScores.Compute(gold, [.. aligned.Beads.Select(EvaluatedBead.From)]).StrictF1;
                line.Append(Invariant($"; × {copies}: {f1:0.0000} ({cpu:0.00} s CPU)"));
            }

            Console.WriteLine(line);
        }
    }

    private static string[] Lines(string directory, string file) =>
        [.. File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8).Where(l => l.Length > 0)];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
