using System.Globalization;
using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Tests.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// Whether the confidences mean what they say on the bundled corpora as they are: <c>-- --corpus-calibration [--beads FILE]</c>.
/// Prints, per corpus and then over all of them, the reliability table (<see cref="Calibration"/>) of every kind of
/// bead, and last the beads under 0.5 of the set <c>CorporaAlignmentTests</c> judges (seven corpora and six edited
/// copies of the report) with the margin its doubtful-bead test allows.
/// </summary>
internal static class CorpusCalibrationBenchmark
{
    private static readonly string[] Corpora =
    [
        "unodc-cybercrime-eg4-2021", "financial-pension-fund-2026", "letter-mountain-water-forum",
        "speeches-second-committee-sustainable-development", "story-last-ferry", "feature-mudflat-bird-counters",
        "interview-mountain-seed-bank", "news-qingshi-road-reopens", "essay-grandmothers-pickle-jars",
        "fiction-watch-mender", "diary-salt-road",
    ];

    /// <summary>The corpora <c>CorporaAlignmentTests</c> judges confidence on.</summary>
    private static readonly string[] Tested = Corpora[..7];

    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--corpus-calibration")
        {
            return false;
        }

        var corpora = Path.Combine(AppContext.BaseDirectory, "corpora");
        var all = new Calibration();
        all.TakeArguments(args);
        var tested = new List<(double Confidence, bool Right)>();
        void Measure(string name, GeneratedBitext bitext, bool judged)
        {
            var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
            all.Corpus = name;
            all.Add(bitext.Gold, aligned);
            var keys = bitext.Gold.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
            if (judged)
            {
                tested.AddRange(aligned.Beads.Select(b => (b.Confidence, keys.Contains(EvaluatedBead.From(b).Key))));
            }
        }

        foreach (var name in Corpora)
        {
            var directory = Path.Combine(corpora, name);
            var bitext = new GeneratedBitext(Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"), BeadFile.Read(Path.Combine(directory, "gold.beads")));
            var one = new Calibration { Corpus = name };
            one.Add(bitext.Gold, Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English));
            Console.WriteLine($"{name}: {one}");
            Measure(name, bitext, Tested.Contains(name));
        }

        var report = EditedBitexts.ReportParagraphs(Path.Combine(corpora, Corpora[0]));
        foreach (var seed in Enumerable.Range(1, 6))
        {
            Measure("edited-report", EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0.05, seed), judged: true);
        }

        Console.WriteLine($"every corpus and six edited copies of the report: {all}");
        var doubtful = tested.Where(b => b.Confidence < 0.5).ToList();
        var said = doubtful.Average(b => b.Confidence);
        var right = doubtful.Average(b => b.Right ? 1.0 : 0.0);
        var allowed = 3 * Math.Sqrt(said * (1 - said) / doubtful.Count);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"the doubtful-bead test's set: {doubtful.Count} beads under 0.5 at {said:0.000}, {right:0.000} right; allowed {said - allowed:0.000}–{said + allowed:0.000}"));
        return true;
    }

    private static string[] Lines(string directory, string file) =>
        [.. File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8).Where(l => l.Length > 0)];
}
