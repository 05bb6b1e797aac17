using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Tests.Aligning;

namespace Alignment.Benchmarks;

/// <summary>
/// The aligner's own CPU time on unnumbered input, with the quality and the beads it gives, so that an optimisation
/// can be checked for speed and for unchanged results in one run: <c>-- --aligner-cpu [rounds]</c>.
/// Prints the presegmented strict F1 of every bundled corpus and of the edited report (five seeds), a fingerprint of
/// the beads of every corpus aligned end to end and presegmented, then the process CPU time around
/// <see cref="Aligner.Align(IReadOnlyList{string}, IReadOnlyList{string}, Language, Language)"/> for 1k, 10k and 100k
/// sentences (as in <see cref="UnnumberedAlignmentBenchmarks"/>), with what each alignment allocated and the collections it took, and for a novel-length input of 4,875 × 6,610
/// sentences, the literary corpora nine times over, once, and once followed by four UN corpora (<c>-- --aligner-cpu rounds 10k</c> times one input only, without the quality; <c>-- --aligner-cpu --write DIR</c>
/// writes the inputs as files). CPU time rather than wall time because the machine is shared: another process's load moves wall time
/// but not, to first order, the CPU this process spends. Each round starts once the background compiler is idle, and
/// prints how long the compiler was busy during it (in the first round of an input, the aligner's own methods reaching
/// optimised code, as in a fresh command).
/// </summary>
internal static class AlignerCpuBenchmark
{
    public static bool TryRun(string[] args)
    {
        if (args.Length == 0 || args[0] != "--aligner-cpu")
        {
            return false;
        }

        if (args.Length == 3 && args[1] == "--write")
        {
            Write(Path.Combine(AppContext.BaseDirectory, "corpora"), args[2]);
            return true;
        }

        if (args.Length >= 2 && args[1] == "--wrong")
        {
            Wrong(Path.Combine(AppContext.BaseDirectory, "corpora"), args.Length > 2 ? args[2] : null);
            return true;
        }

        if (args.Length == 4 && args[1] == "--dump")
        {
            Dump(Path.Combine(AppContext.BaseDirectory, "corpora"), args[2], args[3]);
            return true;
        }

        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
        var corpora = Path.Combine(AppContext.BaseDirectory, "corpora");
        var only = args.Length > 2 ? args[2] : null;
        if (only is null)
        {
            Quality(corpora);
        }

        Timing(corpora, rounds, only);
        return true;
    }

    private static readonly string[] Corpora =
    [
        "unodc-cybercrime-eg4-2021", "financial-pension-fund-2026", "letter-mountain-water-forum",
        "speeches-second-committee-sustainable-development", "story-last-ferry", "feature-mudflat-bird-counters",
        "interview-mountain-seed-bank", "news-qingshi-road-reopens", "essay-grandmothers-pickle-jars",
        "fiction-watch-mender", "diary-salt-road", "chapter-kite-shop", "magazine-county-print-shop",
        "scene-last-haircut", "feature-electric-bus-drivers",
    ];

    /// <summary>The corpora the novel-length input is made of: those bundled when its figures were first recorded, so that they stay comparable.</summary>
    private static readonly string[] NovelCorpora = Corpora[..5];

    private static void Quality(string corpora)
    {
        foreach (var name in Corpora)
        {
            var directory = Path.Combine(corpora, name);
            var (zh, en) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
            var aligned = Aligner.Default.Align(zh, en, Language.Chinese, Language.English);
            var scores = AlignmentScores.Compute(BeadFile.Read(Path.Combine(directory, "gold.beads")), [.. aligned.Beads.Select(EvaluatedBead.From)]);
            var read = AlignmentPipeline.Default.AlignFiles(Path.Combine(directory, "zh.txt"), Path.Combine(directory, "en.txt"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: strict F1 {scores.StrictF1:0.000}; beads presegmented {Fingerprint(aligned)}, end to end {Fingerprint(read)}"));
        }

        var report = EditedBitexts.ReportParagraphs(Path.Combine(corpora, Corpora[0]));
        var edited = Enumerable.Range(1, 5).Select(seed => Score(EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0.05, seed))).ToList();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"edited report, 10% out, 5% moved: mean strict F1 {edited.Average():0.000} ({string.Join(", ", edited.Select(f => f.ToString("0.000", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"twenty shuffled copies, 10% out: strict F1 {Score(EditedBitexts.Make(report, copies: 20, deleted: 0.1, moved: 0, seed: 7)):0.000}"));
    }

    /// <summary>
    /// The wrong beads of every presegmented corpus and edited report seed that <see cref="Quality"/> scores
    /// (<c>-- --aligner-cpu --wrong [NAME]</c>, NAME a corpus or <c>edited-N</c>), each with its sentences, so that
    /// the errors behind a strict F1 can be grouped by cause.
    /// </summary>
    private static void Wrong(string corpora, string? only)
    {
        var inputs = new List<(string Name, GeneratedBitext Bitext)>();
        foreach (var name in Corpora.Where(n => only is null || n == only))
        {
            var directory = Path.Combine(corpora, name);
            inputs.Add((name, new GeneratedBitext(Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"), BeadFile.Read(Path.Combine(directory, "gold.beads")))));
        }

        var report = EditedBitexts.ReportParagraphs(Path.Combine(corpora, Corpora[0]));
        inputs.AddRange(Enumerable.Range(1, 5).Select(seed => ($"edited-{seed}", EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0.05, seed))).Where(i => only is null || i.Item1 == only));
        foreach (var (name, bitext) in inputs)
        {
            var aligned = Align(bitext);
            var found = aligned.Beads.Select(b => (Bead: EvaluatedBead.From(b), b.Confidence)).ToList();
            var (expected, got) = (bitext.Gold.Select(b => b.ToString()).ToHashSet(), found.Select(b => b.Bead.ToString()).ToHashSet());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {name}: strict F1 {AlignmentScores.Compute(bitext.Gold, [.. found.Select(b => b.Bead)]).StrictF1:0.000}"));
            foreach (var bead in bitext.Gold.Where(b => !got.Contains(b.ToString())))
            {
                Console.WriteLine($"  missed {bead}");
                Show(bead);
            }

            foreach (var (bead, confidence) in found.Where(b => !expected.Contains(b.Bead.ToString())))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  wrong  {bead} {confidence:0.000}"));
                Show(bead);
            }

            void Show(EvaluatedBead bead)
            {
                foreach (var i in bead.Source)
                {
                    Console.WriteLine($"      zh {i}: {Cut(bitext.Source[i])}");
                }

                foreach (var i in bead.Target)
                {
                    Console.WriteLine($"      en {i}: {Cut(bitext.Target[i])}");
                }
            }
        }

        static string Cut(string text) => text.Length > 90 ? text[..90] + "…" : text;
    }

    /// <summary>Writes the timed inputs as one sentence per line (<c>NAME.zh.txt</c>, <c>NAME.en.txt</c>), for <c>align --presegmented</c> and other aligners.</summary>
    private static void Write(string corpora, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, bitext) in Inputs(corpora))
        {
            File.WriteAllLines(Path.Combine(directory, name + ".zh.txt"), bitext.Source);
            File.WriteAllLines(Path.Combine(directory, name + ".en.txt"), bitext.Target);
        }
    }

    /// <summary>
    /// Writes the beads of one timed input (<c>-- --aligner-cpu --dump NAME FILE</c>), one a line with its confidence
    /// to the last bit, so that two builds whose fingerprints differ can be told bead by bead.
    /// </summary>
    private static void Dump(string corpora, string name, string file)
    {
        var bitext = Inputs(corpora).Single(i => i.Name == name).Bitext;
        File.WriteAllLines(file, Align(bitext).Beads.Select(b => string.Create(
            CultureInfo.InvariantCulture, $"{EvaluatedBead.From(b)}\t{b.Confidence:R}")));
    }

    private static (string Name, GeneratedBitext Bitext)[] Inputs(string corpora)
    {
        var report = EditedBitexts.ReportParagraphs(Path.Combine(corpora, Corpora[0]));
        return
        [
            ("1k", EditedBitexts.Make(report, 6, deleted: 0.1, moved: 0, seed: 6)),
            ("10k", EditedBitexts.Make(report, 54, deleted: 0.1, moved: 0, seed: 54)),
            ("100k", EditedBitexts.Make(report, 538, deleted: 0.1, moved: 0, seed: 538)),
            ("novel-length", NovelLength(corpora)),
            ("literary-nine-times", Joined(corpora, LiteraryCorpora, copies: 9)),
            ("literary-once", Joined(corpora, LiteraryCorpora, copies: 1)),
            ("all-once", Joined(corpora, [.. LiteraryCorpora, .. Corpora[..4]], copies: 1)),
            ("chapter", Joined(corpora, ["chapter-kite-shop"], copies: 1)),
            ("magazine", Joined(corpora, ["magazine-county-print-shop"], copies: 1)),
            ("scene", Joined(corpora, ["scene-last-haircut"], copies: 1)),
            ("bus-feature", Joined(corpora, ["feature-electric-bus-drivers"], copies: 1)),
        ];
    }

    /// <summary>The literary corpora told the way the held-out sets are.</summary>
    private static readonly string[] LiteraryCorpora =
        ["story-last-ferry", "essay-grandmothers-pickle-jars", "fiction-watch-mender", "diary-salt-road", "feature-mudflat-bird-counters", "interview-mountain-seed-bank", "news-qingshi-road-reopens"];

    /// <summary>
    /// The corpora named, as they are, one after another, <paramref name="copies"/> times over. The seven literary
    /// corpora nine times (5,940 × 6,426) are a long unnumbered text whose parts differ in length ratio and which
    /// repeats itself, so that every sentence has copies a copy away and each copy's moved passages are found again, as
    /// in a text of refrains, formulae or repeated motions; once (660 × 714), or followed by the report, the financial
    /// report, the letter and the speeches (1,318 × 1,388), a text that never repeats itself.
    /// </summary>
    private static GeneratedBitext Joined(string corpora, string[] names, int copies)
    {
        var (source, target, gold) = (new List<string>(), new List<string>(), new List<EvaluatedBead>());
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var name in names)
            {
                var directory = Path.Combine(corpora, name);
                var (zh, en) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
                var (sourceStart, targetStart) = (source.Count, target.Count);
                gold.AddRange(BeadFile.Read(Path.Combine(directory, "gold.beads")).Select(b => new EvaluatedBead(
                    [.. b.Source.Select(i => i + sourceStart)], [.. b.Target.Select(i => i + targetStart)])));
                source.AddRange(zh);
                target.AddRange(en);
            }
        }

        return new GeneratedBitext(source, target, gold);
    }

    private static void Timing(string corpora, int rounds, string? only)
    {
        var report = EditedBitexts.ReportParagraphs(Path.Combine(corpora, Corpora[0]));
        var inputs = Inputs(corpora);

        // Warm the runtime up so that the first timed run is not the JIT's.
        Align(EditedBitexts.Make(report, 6, deleted: 0.1, moved: 0, seed: 6));
        foreach (var (name, bitext) in inputs.Where(i => only is null || i.Name == only))
        {
            var times = new List<double>();
            string beads = string.Empty;
            for (var round = 0; round < rounds; round++)
            {
                // The background compiler finishes first what the inputs, the warm-up and the last round's scoring
                // left it: its CPU counts in the process's, and in the first 10k round it spent more than a second
                // recompiling the document reader and the text classes the inputs were made with.
                SettleCompiler();
                GC.Collect();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var (pausedBefore, collectionsBefore) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0));
                var compilingBefore = JitInfo.GetCompilationTime();
                var clock = Stopwatch.StartNew();
                var aligned = Align(bitext);
                var (cpu, wall) = ((Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds, clock.Elapsed.TotalSeconds);
                var compiling = (JitInfo.GetCompilationTime() - compilingBefore).TotalSeconds;
                var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / 1e6;
                var (paused, collections) = ((GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds, GC.CollectionCount(0) - collectionsBefore);
                times.Add(cpu);
                beads = Fingerprint(aligned);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{name} ({bitext.Source.Count} × {bitext.Target.Count}): {cpu:0.000} s CPU (compiler busy {compiling:0.000} s), {wall:0.000} s wall, {allocated:0} MB allocated, {collections} collections pausing {paused:0.000} s, peak resident so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB"));
            }

            var scores = AlignmentScores.Compute(bitext.Gold, [.. Align(bitext).Beads.Select(EvaluatedBead.From)]);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: median {times.Order().ElementAt(times.Count / 2):0.000} s CPU; strict F1 {scores.StrictF1:0.000}; beads {beads}"));
        }
    }

    /// <summary>
    /// Waits, up to ten seconds, until the just-in-time compiler has compiled nothing new for half a second:
    /// tiered compilation recompiles hot methods on a thread of its own, whose CPU time a timed round would otherwise
    /// count for code the round never ran (the compiling each round still does is printed beside its CPU time).
    /// </summary>
    private static void SettleCompiler()
    {
        var clock = Stopwatch.StartNew();
        var compiled = JitInfo.GetCompiledMethodCount();
        while (clock.Elapsed.TotalSeconds < 10)
        {
            Thread.Sleep(500);
            var now = JitInfo.GetCompiledMethodCount();
            if (now == compiled)
            {
                break;
            }

            compiled = now;
        }
    }

    /// <summary>
    /// About the held-out novel's shape (4,875 × 6,610 sentences, no numbering): the hand-aligned beads of the
    /// corpora in <see cref="NovelCorpora"/> cut into paragraphs of up to five beads, shuffled, in as many copies as
    /// it takes; every other one-to-one English sentence with a comma past its first third is cut in two there,
    /// since the novel's English has a third more sentences than its Chinese.
    /// </summary>
    private static GeneratedBitext NovelLength(string corpora)
    {
        var paragraphs = new List<GoldParagraph>();
        foreach (var name in NovelCorpora)
        {
            var directory = Path.Combine(corpora, name);
            var (zh, en) = (Lines(directory, "zh.sentences.txt"), Lines(directory, "en.sentences.txt"));
            var beads = BeadFile.Read(Path.Combine(directory, "gold.beads"));
            var count = 0;
            var split = beads.Select(b => (Source: b.Source.Select(i => zh[i]).ToArray(), Target: b.Target.SelectMany(i => Split(en[i], b, ref count)).ToArray())).ToList();
            paragraphs.AddRange(split.Chunk(5).Select(c => new GoldParagraph([.. c.Where(b => b.Source.Length > 0)])));
        }

        var perCopy = paragraphs.Sum(p => p.Beads.Sum(b => b.Source.Length));
        return EditedBitexts.Make(paragraphs, (int)Math.Round(4875.0 / perCopy), deleted: 0, moved: 0, seed: 4875);

        static IEnumerable<string> Split(string sentence, EvaluatedBead bead, ref int count)
        {
            var comma = sentence.IndexOf(", ", sentence.Length / 3, StringComparison.Ordinal);
            if (bead.Source.Count == 1 && bead.Target.Count == 1 && comma > 0 && comma < sentence.Length - 20 && count++ % 2 == 0)
            {
                return [sentence[..(comma + 1)], sentence[(comma + 2)..]];
            }

            return [sentence];
        }
    }

    private static double Score(GeneratedBitext bitext) =>
        AlignmentScores.Compute(bitext.Gold, [.. Align(bitext).Beads.Select(EvaluatedBead.From)]).StrictF1;

    private static Bitext Align(GeneratedBitext bitext) =>
        Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);

    private static string[] Lines(string directory, string file) =>
        [.. File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8).Where(l => l.Length > 0)];

    /// <summary>A short hash of the beads' spans and of their confidences to four places.</summary>
    private static string Fingerprint(Bitext bitext)
    {
        var spans = new StringBuilder();
        var confidences = new StringBuilder();
        foreach (var bead in bitext.Beads)
        {
            spans.Append(EvaluatedBead.From(bead)).Append('\n');
            confidences.Append(bead.Confidence.ToString("0.0000", CultureInfo.InvariantCulture)).Append('\n');
        }

        return $"{Hash(spans)}/{Hash(confidences)}";

        static string Hash(StringBuilder text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }
}
