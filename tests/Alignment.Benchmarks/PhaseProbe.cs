using System.Diagnostics;
using System.Globalization;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Benchmarks;

/// <summary>
/// Where the peak of <see cref="PeakMemoryBenchmark"/> comes from: reads, segments and aligns one pair step by step
/// and prints after each step the resident high-water mark, the collector's heap and what it has allocated so far,
/// then the live heap after segmenting (which forces a full collection, so the later peak is lower than in the
/// benchmark): <c>-- --phase-probe ZH EN</c>. Linux only (it reads /proc/self/status).
/// </summary>
internal static class PhaseProbe
{
    public static bool TryRun(string[] args)
    {
        if (args.Length != 3 || args[0] != "--phase-probe")
        {
            return false;
        }

        var clock = Stopwatch.StartNew();
        void Report(string phase)
        {
            var status = File.ReadAllLines("/proc/self/status");
            string Field(string name) => status.First(l => l.StartsWith(name, StringComparison.Ordinal))[(name.Length + 1)..].Trim();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{phase,-12} {clock.Elapsed.TotalSeconds,6:0.0} s  peak resident {Field("VmHWM")}, resident {Field("VmRSS")}, heap {GC.GetTotalMemory(false) / 1e6:0} MB, committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1e6:0} MB, allocated {GC.GetTotalAllocatedBytes() / 1e6:0} MB"));
        }

        Report("start");
        var source = DocumentReader.Default.ReadFile(args[1]);
        Report("read zh");
        var target = DocumentReader.Default.ReadFile(args[2]);
        Report("read en");
        var sourceSentences = SentenceSegmenter.Default.Segment(source);
        Report("segment zh");
        var targetSentences = SentenceSegmenter.Default.Segment(target);
        Report("segment en");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live after segmenting: {GC.GetTotalMemory(forceFullCollection: true) / 1e6:0} MB"));
        var bitext = Aligner.Default.Align(sourceSentences, targetSentences);
        Report("align");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bitext.Beads.Count} beads"));
        return true;
    }
}
