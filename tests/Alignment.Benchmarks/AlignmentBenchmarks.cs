using System.Globalization;
using System.Text;
using Alignment.Documents;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Alignment.Benchmarks;

/// <summary>
/// The whole job on the bundled report, from decoded text to beads: read (with PDF repair), segment, align.
/// Then the same on inputs 10× and 100× as long, built by repeating the report, to show that time grows linearly
/// (target: 100× within 12× of 10×). The report alone is the baseline (target: under 50 ms warm).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class AlignmentBenchmarks
{
    private (string Chinese, string English) report;
    private (string Chinese, string English) tenTimes;
    private (string Chinese, string English) hundredTimes;

    [GlobalSetup]
    public void Setup()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "corpora", "unodc-cybercrime-eg4-2021");
        var chinese = File.ReadAllText(Path.Combine(directory, "zh.txt"), Encoding.UTF8);
        var english = File.ReadAllText(Path.Combine(directory, "en.txt"), Encoding.UTF8);
        report = (chinese, english);
        tenTimes = (Repeat(chinese, 10), Repeat(english, 10));
        hundredTimes = (Repeat(chinese, 100), Repeat(english, 100));
    }

    [Benchmark(Baseline = true, Description = "report (1×)")]
    public int Report() => Align(report);

    [Benchmark(Description = "report 10×")]
    public int TenTimes() => Align(tenTimes);

    [Benchmark(Description = "report 100×")]
    public int HundredTimes() => Align(hundredTimes);

    private static int Align((string Chinese, string English) pair) =>
        AlignmentPipeline.Default.Align(
            DocumentReader.Default.Read(pair.Chinese, Language.Chinese, "zh"),
            DocumentReader.Default.Read(pair.English, Language.English, "en")).Beads.Count;

    private static string Repeat(string text, int times) => string.Join("\n\n", Enumerable.Repeat(text, times));

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new ScalingColumn());
    }

    /// <summary>
    /// Median time per unit of input relative to the next smaller input: 1.00 is perfectly linear; 10× then 100× must stay
    /// below 1.2 (100× within 12× of 10×).
    /// </summary>
    private sealed class ScalingColumn : IColumn
    {
        private static readonly string[] Order = ["report (1×)", "report 10×", "report 100×"];

        public string Id => nameof(ScalingColumn);

        public string ColumnName => "Scaling";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Median time per unit of input relative to the previous scale (1.00 = linear)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var position = Array.IndexOf(Order, Name(benchmarkCase));
            if (position <= 0)
            {
                return "-";
            }

            var previous = summary.BenchmarksCases.FirstOrDefault(c => Name(c) == Order[position - 1]);
            // Medians: a full collection landing in one iteration of the 10× input doubled its mean in some runs.
            var current = summary[benchmarkCase]?.ResultStatistics?.Median;
            var before = previous is null ? null : summary[previous]?.ResultStatistics?.Median;
            return current is > 0 && before is > 0 ? (current.Value / before.Value / 10).ToString("F2", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        // BenchmarkDotNet quotes descriptions that contain spaces.
        private static string Name(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');

        public bool IsAvailable(Summary summary) => true;
    }
}
