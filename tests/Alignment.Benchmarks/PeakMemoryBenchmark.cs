using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Alignment.Benchmarks;

/// <summary>
/// Peak memory against input size, for a document pair that matches (the report and its English, each repeated k
/// times) and one that does not (the report k times against the English ¾k times, about as many bytes but a quarter
/// of the text without counterpart), from 1 MB to 64 MB a side (the larger side, the English, is that size), aligned
/// end to end as <c>align</c> does it. Each size runs in a process of its own, so that its peak is its own; the peak
/// is the process's high-water mark of resident memory. Target: peak memory at most 20 times the input, growing no faster than the input.
/// </summary>
/// <remarks>
/// Not a BenchmarkDotNet benchmark, which measures allocation, not the peak: <c>-- --peak-memory [MB …]</c>;
/// <c>-- --peak-memory documents [WORD...]</c> for Word and PDF files (<see cref="DocumentPeakMemoryBenchmark"/>), only
/// those whose description holds one of the words if any are given.
/// </remarks>
internal static class PeakMemoryBenchmark
{
    private const string ChildSwitch = "--peak-memory-child";

    public static bool TryRun(string[] args)
    {
        if (args is ["--peak-memory", DocumentPeakMemoryBenchmark.Switch, .. var only])
        {
            DocumentPeakMemoryBenchmark.Run(only);
            return true;
        }

        if (args is [DocumentPeakMemoryBenchmark.ChildSwitch, var document])
        {
            DocumentPeakMemoryBenchmark.Child(document);
            return true;
        }

        if (args.Length > 0 && args[0] == "--peak-memory")
        {
            Run([.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(0)]);
            return true;
        }

        if (args.Length == 3 && args[0] == ChildSwitch)
        {
            Child(args[1], args[2]);
            return true;
        }

        return false;
    }

    private static void Run(int[] sizes)
    {
        sizes = sizes is [0] ? [1, 4, 16, 64] : sizes;
        var directory = Path.Combine(Path.GetTempPath(), "alignment-peak-memory-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        try
        {
            Console.WriteLine("| pair | MB a side | input bytes | beads | seconds | peak resident MB | peak / input |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var megabytes in sizes)
            {
                foreach (var matching in new[] { true, false })
                {
                    var (zh, en) = WriteInput(directory, megabytes, matching);
                    var input = new FileInfo(zh).Length + new FileInfo(en).Length;
                    var (beads, seconds, peak) = Measure(zh, en);
                    Console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"| {(matching ? "matching" : "not matching")} | {megabytes} | {input:N0} | {beads} | {seconds:0.0} | {peak / 1e6:N0} | {(double)peak / input:0.0} |"));
                    File.Delete(zh);
                    File.Delete(en);
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static (string Chinese, string English) WriteInput(string directory, int megabytes, bool matching)
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "corpora", "unodc-cybercrime-eg4-2021");
        var chinese = File.ReadAllText(Path.Combine(corpus, "zh.txt"), Encoding.UTF8);
        var english = File.ReadAllText(Path.Combine(corpus, "en.txt"), Encoding.UTF8);
        // The larger side (the English) is the named size, so that the largest pair stays within the reader's limit.
        var largerSide = Math.Max(Encoding.UTF8.GetByteCount(chinese), Encoding.UTF8.GetByteCount(english));
        var copies = Math.Max(1, (int)Math.Round(megabytes * 1e6 / largerSide));
        var englishCopies = matching ? copies : Math.Max(1, copies * 3 / 4);
        var zh = Path.Combine(directory, $"zh-{megabytes}-{matching}.txt");
        var en = Path.Combine(directory, $"en-{megabytes}-{matching}.txt");
        File.WriteAllText(zh, string.Join("\n\n", Enumerable.Repeat(chinese, copies)), Encoding.UTF8);
        File.WriteAllText(en, string.Join("\n\n", Enumerable.Repeat(english, englishCopies)), Encoding.UTF8);
        return (zh, en);
    }

    /// <summary>This program run again with <paramref name="arguments"/>, as the command line runs (its project sets System.GC.ConserveMemory to 9).</summary>
    internal static ProcessStartInfo ChildProcess(params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        start.Environment["DOTNET_GCConserveMemory"] = "9";
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(PeakMemoryBenchmark).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private static (string Beads, double Seconds, long Peak) Measure(string zh, string en)
    {
        var start = ChildProcess(ChildSwitch, zh, en);
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim().Split(' ');
        child.WaitForExit();
        return child.ExitCode == 0 && output.Length == 3
            ? (output[0], double.Parse(output[1], CultureInfo.InvariantCulture), long.Parse(output[2], CultureInfo.InvariantCulture))
            : ($"failed ({child.ExitCode})", 0, 0);
    }

    /// <summary>Aligns the pair and prints the bead count, the seconds and the peak resident bytes.</summary>
    private static void Child(string zh, string en)
    {
        var clock = Stopwatch.StartNew();
        var bitext = (AlignmentPipeline.Default with { AllowLengthMismatch = true }).AlignFiles(zh, en);
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bitext.Beads.Count} {seconds:0.00} {PeakResidentBytes()}"));
    }

    /// <summary>The process's high-water mark of resident memory (VmHWM on Linux; the peak working set elsewhere).</summary>
    internal static long PeakResidentBytes()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }
}
