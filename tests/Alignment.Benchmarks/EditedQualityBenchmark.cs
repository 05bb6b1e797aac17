using System.Globalization;
using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Tests.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// The aligner's quality on edited translations of every bundled corpus, presegmented, in one run, so that a change
/// to the aligner can be measured before and after on the same inputs: <c>-- --edited-quality [CORPUS…]</c> (all
/// corpora when none is named; <c>--wrong</c> lists each input's wrong beads; <c>--without-word-model</c> measures the aligner without its word model, see <see cref="QualityAligner"/>). Per corpus it prints strict F1, mean (lowest), over ten seeds of two kinds of edits
/// (<see cref="EditedBitexts.Edit"/> as a magazine editor edits; <see cref="EditedBitexts.Make"/> with a tenth of the
/// paragraphs' translations left out and a twentieth of the sentences moved), seeds 1–5 (those the tests hold) and
/// 6–10 apart, then strict F1 of the pair with a stretch of one side removed (the middle third, or everything from
/// the half on), with, in brackets, F1 over paired beads only as <c>corpora/tools/measure.py</c> scores it.
/// </summary>
internal static class EditedQualityBenchmark
{
    private static readonly string[] Corpora =
    [
        "unodc-cybercrime-eg4-2021", "financial-pension-fund-2026", "letter-mountain-water-forum",
        "speeches-second-committee-sustainable-development", "story-last-ferry", "feature-mudflat-bird-counters",
    ];

    private static readonly Edits EditorsEdits = new(LeftOut: 0.1, Added: 0.05, MovedPassages: 0.05, MovedSentences: 0.03);

    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--edited-quality")
        {
            return false;
        }

        var corpora = Path.Combine(AppContext.BaseDirectory, "corpora");
        Wrong = args.Contains("--wrong");
        args = Calibrated.TakeArguments([.. args.Where(a => a != "--wrong")]);
        (Measured, args) = QualityAligner.TakeArguments(args);
        var names = args.Length > 1 ? args[1..] : Corpora;
        var unknown = names.Where(n => !Directory.Exists(Path.Combine(corpora, n))).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"--edited-quality: no bundled corpus named {string.Join(", ", unknown)}; known: {string.Join(", ", Corpora)}");
            Environment.ExitCode = 2;
            return true;
        }

        var all = new List<double>();
        foreach (var name in names)
        {
            Console.WriteLine(name);
            Calibrated.Corpus = name;
            all.AddRange(Measure(Path.Combine(corpora, name)));
        }

        Console.WriteLine(Invariant($"mean strict F1 of every edited input above: {all.Average():0.000} ({all.Count} inputs)"));
        Console.WriteLine(Calibrated);
        return true;
    }

    /// <summary>Prints one corpus's rows and returns every strict F1 it measured.</summary>
    private static List<double> Measure(string directory)
    {
        var measured = new List<double>();
        var paragraphs = EditedBitexts.Paragraphs(directory);
        void Seeds(string what, Func<int, GeneratedBitext> make)
        {
            foreach (var (from, to) in new[] { (1, 5), (6, 10) })
            {
                var scores = Enumerable.Range(from, to - from + 1).Select(seed => Score(make(seed)).Strict).ToList();
                measured.AddRange(scores);
                Console.WriteLine(Invariant($"  {what}, seeds {from}–{to}: mean {scores.Average():0.000} (lowest {scores.Min():0.000}) [{string.Join(" ", scores.Select(s => s.ToString("0.000", CultureInfo.InvariantCulture)))}]"));
            }
        }

        Seeds("editor's edits", seed => EditedBitexts.Edit(paragraphs, EditorsEdits, seed));
        Seeds("10% of paragraphs out, 5% of sentences moved", seed => EditedBitexts.Make(paragraphs, copies: 1, deleted: 0.1, moved: 0.05, seed));

        var (chinese, english) = (Count(directory, "zh.sentences.txt"), Count(directory, "en.sentences.txt"));
        void Stretch(string what, bool source, int from, int to)
        {
            var (strict, paired) = Score(EditedBitexts.WithoutStretch(directory, source, from, to));
            measured.Add(strict);
            Console.WriteLine(Invariant($"  {what}: {strict:0.000} [paired {paired:0.000}]"));
        }

        Stretch("middle third of the English missing", source: false, english / 3, english * 2 / 3);
        Stretch("middle third of the Chinese missing", source: true, chinese / 3, chinese * 2 / 3);
        Stretch("English from 50% on missing", source: false, english / 2, english);
        Stretch("Chinese from 50% on missing", source: true, chinese / 2, chinese);
        return measured;
    }

    /// <summary>Whether each input's wrong beads are listed above its line (<c>--wrong</c>).</summary>
    private static bool Wrong { get; set; }

    private static Calibration Calibrated { get; } = new();

    /// <summary>The aligner measured (<see cref="QualityAligner"/>).</summary>
    private static Aligner Measured { get; set; } = Aligner.Default;

    /// <summary>Strict F1, and strict F1 over the beads with both sides only (gold and test alike).</summary>
    private static (double Strict, double Paired) Score(GeneratedBitext bitext)
    {
        var aligned = Measured.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
        Calibrated.Add(bitext.Gold, aligned);
        if (Wrong)
        {
            WrongBeads.Print(bitext.Gold, aligned);
        }

        var test = aligned.Beads.Select(EvaluatedBead.From).ToList();
        var strict = AlignmentScores.Compute(bitext.Gold, test).StrictF1;
        var paired = AlignmentScores.Compute(
            [.. bitext.Gold.Where(b => !b.IsDeletionOrInsertion)],
            [.. test.Where(b => !b.IsDeletionOrInsertion)]).StrictF1;
        return (strict, paired);
    }

    private static int Count(string directory, string file) =>
        File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8).Count(l => l.Length > 0);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
