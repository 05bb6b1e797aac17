using System.Diagnostics;
using System.Globalization;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Memory.Matching;

namespace Alignment.Benchmarks;

/// <summary>
/// A synthetic memory of a given size on disk, built once and cached under the temporary folder (set
/// <c>ALIGNMENT_MEMORY_REBUILD=1</c> to build it again), with the queries the benchmarks run and a report that
/// measures the index against a brute-force scan with the same scorer in the same process.
/// </summary>
internal sealed class MemoryWorkload : IDisposable
{
    /// <summary>Part of the cache's name: a memory of an older format cannot be opened, so it is built again.</summary>
    private static readonly string Generation = $"f{Alignment.Memory.Storage.IndexFormat.Version}";

    private MemoryWorkload(string folder, List<TranslationUnit> units, TranslationMemory memory, string buildSummary)
    {
        Folder = folder;
        Units = units;
        Memory = memory;
        BuildSummary = buildSummary;
        ChineseQueries = SyntheticMemory.FuzzyQueries(units, 1000, english: false);
        EnglishQueries = SyntheticMemory.FuzzyQueries(units, 400, english: true, seed: 11);
    }

    /// <summary>The folder of the cached memory.</summary>
    public string Folder { get; }

    public List<TranslationUnit> Units { get; }

    public TranslationMemory Memory { get; }

    public string BuildSummary { get; }

    public List<string> ChineseQueries { get; }

    public List<string> EnglishQueries { get; }

    public static string CorpusDirectory => Path.Combine(AppContext.BaseDirectory, "corpora", "unodc-cybercrime-eg4-2021");

    public static MemoryWorkload Prepare(int size)
    {
        var root = Path.Combine(Path.GetTempPath(), "alignment-benchmarks");
        var folder = Path.Combine(root, $"memory-{size}-{Generation}");
        var summaryFile = folder + ".build.txt";
        var generating = Stopwatch.StartNew();
        var units = SyntheticMemory.Generate(CorpusDirectory, size);
        Console.WriteLine($"// generated {size:N0} synthetic units in {generating.Elapsed.TotalSeconds:F1} s");

        if (Environment.GetEnvironmentVariable("ALIGNMENT_MEMORY_REBUILD") == "1" || !File.Exists(summaryFile))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            File.WriteAllText(summaryFile, Build(folder, units));
        }

        return new MemoryWorkload(folder, units, TranslationMemory.OpenReadOnly(folder), File.ReadAllText(summaryFile));
    }

    public void Dispose() => Memory.Dispose();

    /// <summary>Measures lookups and concordance against brute force and prints the figures.</summary>
    public void PrintReport()
    {
        var lines = new List<string>
        {
            $"== Translation memory, {Units.Count:N0} synthetic units ({Environment.ProcessorCount} cores, load average {LoadAverage()}) ==",
            BuildSummary,
        };
        var (zh, en) = TimeLookups(Memory);
        lines.Add($"fuzzy lookup zh→en: {Percentiles(zh)} over {zh.Count} queries (target p50 ≤ 5 ms, p99 ≤ 30 ms)");
        lines.Add($"fuzzy lookup en→zh: {Percentiles(en)} over {en.Count} queries");

        // The full scan takes seconds a query on a large memory: a sample of the same queries, same options.
        var sample = Math.Clamp(20_000_000 / Units.Count, 10, 100);
        lines.Add(CompareWithFullScan("zh→en", ChineseQueries, sample, Language.Chinese, Language.English, zh));
        lines.Add(CompareWithFullScan("en→zh", EnglishQueries, Math.Max(5, sample / 2), Language.English, Language.Chinese, en));

        var phrases = Enumerable.Repeat(SyntheticMemory.ConcordanceQueries, 20).SelectMany(p => p).ToList();
        phrases.ForEach(p => Memory.Concordance(p.Phrase, p.Language));
        var concordance = Time(phrases, p => Memory.Concordance(p.Phrase, p.Language));
        lines.Add($"concordance (page of 20, de-duplicated, highlighted, counted to {ConcordanceOptions.Default.CountLimit:N0}): "
            + $"{Percentiles(concordance)} over {concordance.Count} searches (target p99 ≤ 20 ms)");
        var countAll = new ConcordanceOptions { CountLimit = int.MaxValue };
        var pages = new List<ConcordancePage>();
        var counted = Time(phrases, p => pages.Add(Memory.Concordance(p.Phrase, p.Language, countAll)));
        lines.Add($"concordance counting every hit: {Percentiles(counted)} over {counted.Count} searches");
        foreach (var (phrase, page) in SyntheticMemory.ConcordanceQueries.Zip(pages))
        {
            lines.Add($"   {phrase.Phrase}: {page.TotalUnits:N0} units, {page.TotalHits:N0} distinct");
        }

        var scanned = new List<int>();
        var scanTimes = Time(SyntheticMemory.ConcordanceQueries, p => scanned.Add(ScanConcordance(p.Phrase, p.Language)));
        lines.Add($"brute-force concordance (string scan, de-duplicated): {Percentiles(scanTimes)}; "
            + $"indexed p50, counting every hit, is {Median(scanTimes) / Median(counted):N0}× faster; "
            + $"units found by both: {(scanned.SequenceEqual(pages.Take(scanned.Count).Select(p => p.TotalUnits)) ? "identical" : "DIFFERENT " + string.Join(",", scanned))}");

        // Term lookup for the report's hand-checked key terms, both directions, with the default options.
        var terms = File.ReadAllLines(Path.Combine(CorpusDirectory, "terms.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .SelectMany(p => new[] { (Term: p[0], Language: Language.Chinese, Target: Language.English), (Term: p[1], Language: Language.English, Target: Language.Chinese) })
            .ToList();
        // Twice through the list first: until the runtime has recompiled the hot paths with full optimisation, a
        // lookup costs two to three times what it does in a process that has been serving for a while.
        foreach (var term in terms.Concat(terms))
        {
            Memory.LookupTerm(term.Term, term.Language, term.Target);
        }

        var termTimes = Time([.. Enumerable.Repeat(terms, 3).SelectMany(t => t)], t => Memory.LookupTerm(t.Term, t.Language, t.Target));
        lines.Add($"term lookup (5 equivalents with 3 examples each, sample of {new TermLookupOptions().SampleSize} units): {Percentiles(termTimes)} over {termTimes.Count} lookups (target p99 ≤ 50 ms)");

        lines.Add(MeasureCompacted());

        var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo();
        lines.Add($"process peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB, GC heap {gc.HeapSizeBytes / 1048576.0:N0} MiB, "
            + $"allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MiB in total");
        Console.WriteLine(string.Join(Environment.NewLine, lines.Select(l => "// " + l)));
    }

    // Fuzzy lookups both ways, timed after a warm-up of the JIT and the OS file cache.
    private (List<double> ChineseToEnglish, List<double> EnglishToChinese) TimeLookups(TranslationMemory memory)
    {
        var options = LookupOptions.Default;
        foreach (var query in ChineseQueries.Take(200))
        {
            memory.Lookup(query, Language.Chinese, Language.English, options);
        }

        foreach (var query in EnglishQueries.Take(100))
        {
            memory.Lookup(query, Language.English, Language.Chinese, options);
        }

        return (Time(ChineseQueries, q => memory.Lookup(q, Language.Chinese, Language.English, options)),
            Time(EnglishQueries, q => memory.Lookup(q, Language.English, Language.Chinese, options)));
    }

    // Compacting rewrites the memory, so a copy is compacted: the cached memory stays as a bulk add leaves it.
    private string MeasureCompacted()
    {
        var copy = Folder + "-compacted";
        if (Directory.Exists(copy))
        {
            Directory.Delete(copy, recursive: true);
        }

        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(Folder).Where(f => Path.GetFileName(f) != "write.lock"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        try
        {
            using var memory = TranslationMemory.Open(copy);
            var segments = Directory.GetFiles(copy, "*.si").Length;
            var clock = Stopwatch.StartNew();
            memory.Compact();
            var seconds = clock.Elapsed.TotalSeconds;
            var (zh, en) = TimeLookups(memory);
            return $"after compacting a copy ({segments} segments into 1 in {seconds:F1} s, {memory.GetStatistics().SizeInBytes / 1048576.0:N0} MiB): "
                + $"fuzzy lookup zh→en {Percentiles(zh)}; en→zh {Percentiles(en)}";
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private string CompareWithFullScan(string direction, List<string> queries, int sample, Language source, Language target, List<double> indexedTimes)
    {
        var chosen = queries.Where((_, i) => i % (queries.Count / sample) == 1).Take(sample).ToList();
        var indexed = chosen.Select(q => Memory.Lookup(q, source, target, LookupOptions.Default)).ToList();
        var brute = new List<List<FuzzyMatch>>();
        var times = Time(chosen, q => brute.Add(BruteForceLookup.Lookup(Units, q, source, target, LookupOptions.Default)));
        return $"brute-force lookup {direction} (same scorer, linear scan): {Percentiles(times)} over {times.Count} queries; "
            + $"indexed p50 is {Median(times) / Median(indexedTimes):N0}× faster; recall against it: {Recall(indexed, brute)}";
    }

    private static string Build(string folder, List<TranslationUnit> units)
    {
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        AddReport report;
        using (var memory = TranslationMemory.Open(folder))
        {
            report = memory.Add(units);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var size = Directory.GetFiles(folder).Sum(f => new FileInfo(f).Length);
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds * 1000 / units.Count;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"indexing: {units.Count:N0} units ({report.Added:N0} added, {report.Skipped:N0} duplicates skipped) in {seconds:F1} s = {units.Count / seconds:N0} TU/s "
            + $"(target ≥ 10,000 TU/s), {cpu:F0} µs CPU per unit (load average before: {LoadAverage()}); "
            + $"index {size / 1048576.0:N0} MiB on disk ({size / (double)units.Count:N0} B/TU); "
            + $"peak working set while building {process.PeakWorkingSet64 / 1048576.0:N0} MiB, allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:N0} MiB; "
            + $"measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    // Other builds share this machine: the load average says how much of it the measurement had.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static List<double> Time<T>(IEnumerable<T> inputs, Action<T> action)
    {
        var times = new List<double>();
        foreach (var input in inputs)
        {
            var start = Stopwatch.GetTimestamp();
            action(input);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return times;
    }

    private static double Median(List<double> times) => Quantile(times, 0.5);

    private static double Quantile(List<double> times, double q)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    }

    private static string Percentiles(List<double> times) =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {Median(times):F2} ms, p99 {Quantile(times, 0.99):F2} ms, max {times.Max():F2} ms");

    // Per rank: does the index return the score the full scan returns at that rank?
    private static string Recall(List<IReadOnlyList<FuzzyMatch>> indexed, List<List<FuzzyMatch>> brute)
    {
        int expected = 0, found = 0, identicalQueries = 0;
        foreach (var (mine, reference) in indexed.Zip(brute))
        {
            expected += reference.Count;
            found += reference.Where((m, i) => i < mine.Count && mine[i].Score == m.Score).Count();
            identicalQueries += mine.Select(m => m.Score).SequenceEqual(reference.Select(m => m.Score)) ? 1 : 0;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{found}/{expected} ranked scores = {(expected == 0 ? 1 : found / (double)expected):P1}; {identicalQueries}/{indexed.Count} queries identical");
    }

    private int ScanConcordance(string phrase, Language language)
    {
        var comparison = language.IsChinese ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return Units
            .Where(u => (language.IsChinese ? u.Source.Text : u.Target.Text).Contains(phrase, comparison))
            .DistinctBy(u => (u.Source.Text, u.Target.Text))
            .Count();
    }
}
