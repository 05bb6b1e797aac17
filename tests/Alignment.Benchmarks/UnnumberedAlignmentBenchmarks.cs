using System.Globalization;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Tests.Aligning;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Alignment.Benchmarks;

/// <summary>
/// The aligner alone on unnumbered input of about 1,000, 10,000 and 100,000 sentences a side, one sentence per line
/// as <c>align --presegmented</c> reads it: copies of the report's hand-checked sentences with the paragraphs of each
/// copy in another order and a tenth of the paragraphs left out of the English. Nothing anchors the alignment, so
/// this is the search at its hardest. Targets: 10,000 a side in under a second, and 100,000 within 12× of 10,000.
/// For scale: hunalign's published time for 4,875 × 6,610 sentences is about 1 s (it is not packaged for Debian).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class UnnumberedAlignmentBenchmarks
{
    private GeneratedBitext thousand = null!;
    private GeneratedBitext tenThousand = null!;
    private GeneratedBitext hundredThousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        var paragraphs = EditedBitexts.ReportParagraphs(Path.Combine(AppContext.BaseDirectory, "corpora", "unodc-cybercrime-eg4-2021"));
        GeneratedBitext Copies(int copies) => EditedBitexts.Make(paragraphs, copies, deleted: 0.1, moved: 0, seed: copies);
        thousand = Copies(6);
        tenThousand = Copies(54);
        hundredThousand = Copies(538);
    }

    [Benchmark(Baseline = true, Description = "1k sentences")]
    public int Thousand() => Align(thousand);

    [Benchmark(Description = "10k sentences")]
    public int TenThousand() => Align(tenThousand);

    [Benchmark(Description = "100k sentences")]
    public int HundredThousand() => Align(hundredThousand);

    private static int Align(GeneratedBitext bitext) =>
        Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English).Beads.Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new SentencesColumn(), new TenfoldColumn());

            // On the shared machine the generated project's build overran BenchmarkDotNet's default two minutes.
            WithBuildTimeout(TimeSpan.FromMinutes(15));
        }
    }

    private static int SourceSentences(BenchmarkCase benchmarkCase) => Name(benchmarkCase) switch
    {
        "1k sentences" => 6,
        "10k sentences" => 54,
        _ => 538,
    } * 186;

    private static string Name(BenchmarkCase benchmarkCase) => benchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');

    /// <summary>Source sentences of the input (the English has a tenth fewer).</summary>
    private sealed class SentencesColumn : IColumn
    {
        public string Id => nameof(SentencesColumn);

        public string ColumnName => "Sentences";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Chinese sentences of the input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => SourceSentences(benchmarkCase).ToString(CultureInfo.InvariantCulture);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }

    /// <summary>Median time relative to the input ten times smaller: at most 12 for linear time.</summary>
    private sealed class TenfoldColumn : IColumn
    {
        public string Id => nameof(TenfoldColumn);

        public string ColumnName => "Vs10xSmaller";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Median time over the median of the input about ten times smaller (target ≤ 12 for 100k against 10k)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var smaller = Name(benchmarkCase) switch { "10k sentences" => "1k sentences", "100k sentences" => "10k sentences", _ => null };
            var previous = summary.BenchmarksCases.FirstOrDefault(c => Name(c) == smaller);
            var current = summary[benchmarkCase]?.ResultStatistics?.Median;
            var before = previous is null ? null : summary[previous]?.ResultStatistics?.Median;
            return current is > 0 && before is > 0 ? (current.Value / before.Value).ToString("F2", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
