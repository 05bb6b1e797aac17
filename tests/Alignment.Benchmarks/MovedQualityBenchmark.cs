using System.Globalization;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Tests.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// The aligner's quality on translations whose passages are in another order, for every bundled corpus, presegmented:
/// <c>-- --moved-quality [CORPUS…]</c> (all corpora when none is named; <c>--without-word-model</c> measures the aligner without its word model, see <see cref="QualityAligner"/>). Per corpus it prints strict F1 of the pair as
/// it is, then of the pair with one block of 3, 8 or 20 English sentences, starting a quarter of the way in, moved
/// 10, 30 or 80 sentences further on or to the very end (<see cref="MovedBitexts.BlockMoved"/>), and with the English
/// cut into six blocks put in the order 0, 3, 1, 2, 5, 4, whole and with 15 % of its sentences dropped
/// (<see cref="MovedBitexts.BlocksShuffled"/>); last, the mean over every moved input and over the pairs as they are.
/// With <c>--wrong</c>, each input's gold beads missed and beads found that the gold lacks (with their confidence) are
/// listed above its line, to group the errors by cause.
/// </summary>
internal static class MovedQualityBenchmark
{
    private static readonly string[] Corpora =
    [
        "unodc-cybercrime-eg4-2021", "financial-pension-fund-2026", "letter-mountain-water-forum",
        "speeches-second-committee-sustainable-development", "story-last-ferry", "feature-mudflat-bird-counters",
    ];

    private static readonly int[] BlockSizes = [3, 8, 20];

    /// <summary>Sentences a block is moved; <see cref="int.MaxValue"/> is to the end of the document.</summary>
    private static readonly int[] Distances = [10, 30, 80, int.MaxValue];

    private static readonly int[] SixBlocks = [0, 3, 1, 2, 5, 4];

    private const double Dropped = 0.15;

    private const int Seed = 1;

    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--moved-quality")
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
            Console.Error.WriteLine($"--moved-quality: no bundled corpus named {string.Join(", ", unknown)}; known: {string.Join(", ", Corpora)}");
            Environment.ExitCode = 2;
            return true;
        }

        var (moved, unedited) = (new List<double>(), new List<double>());
        foreach (var name in names)
        {
            var directory = Path.Combine(corpora, name);
            Calibrated.Corpus = name;
            var asItIs = MovedBitexts.Reordered(directory, [.. Enumerable.Range(0, Count(directory))]);
            unedited.Add(Score(asItIs));
            Console.WriteLine(Invariant($"{name} (as it is {unedited[^1]:0.000})"));
            var start = Count(directory) / 4;
            foreach (var size in BlockSizes)
            {
                var scores = Distances.Select(d => Score(MovedBitexts.BlockMoved(directory, start, size, d))).ToList();
                moved.AddRange(scores);
                var cells = Distances.Zip(scores, (d, f) => Invariant($"{(d == int.MaxValue ? "end" : d.ToString(CultureInfo.InvariantCulture))} {f:0.000}"));
                Console.WriteLine(Invariant($"  block of {size} moved: {string.Join(", ", cells)}"));
            }

            var shuffled = Score(MovedBitexts.BlocksShuffled(directory, SixBlocks, 0, Seed));
            var shuffledDropped = Score(MovedBitexts.BlocksShuffled(directory, SixBlocks, Dropped, Seed));
            moved.Add(shuffled);
            moved.Add(shuffledDropped);
            Console.WriteLine(Invariant($"  six blocks 0,3,1,2,5,4: {shuffled:0.000}, with 15% of the English dropped {shuffledDropped:0.000}"));
        }

        Console.WriteLine(Invariant($"mean strict F1 of every moved input above: {moved.Average():0.000} ({moved.Count} inputs); as they are: {unedited.Average():0.000}"));
        Console.WriteLine(Calibrated);
        return true;
    }

    /// <summary>Whether each input's wrong beads are listed: the gold beads missed, then the beads found that the gold lacks.</summary>
    private static bool Wrong { get; set; }

    private static Calibration Calibrated { get; } = new();

    /// <summary>The aligner measured (<see cref="QualityAligner"/>).</summary>
    private static Aligner Measured { get; set; } = Aligner.Default;

    private static double Score(GeneratedBitext bitext)
    {
        var aligned = Measured.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
        var found = aligned.Beads.Select(EvaluatedBead.From).ToList();
        Calibrated.Add(bitext.Gold, aligned);
        if (Wrong)
        {
            WrongBeads.Print(bitext.Gold, aligned);
        }

        return AlignmentScores.Compute(bitext.Gold, found).StrictF1;
    }

    private static int Count(string directory) =>
        File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
