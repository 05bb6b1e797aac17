using System.Globalization;
using Alignment.Documents;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Alignment.Benchmarks;

/// <summary>
/// Fuzzy lookup and concordance latency on a synthetic memory (<see cref="SyntheticMemory"/>). The size defaults to
/// 100,000 units; set <c>ALIGNMENT_MEMORY_UNITS=1000000</c> for the full run. The index is built once and cached;
/// the setup prints indexing rate, index size, peak memory, p50/p99 latencies and the brute-force baseline
/// measured in the same process:
/// <c>dotnet run -c Release --project tests/Alignment.Benchmarks -- --filter *MemoryBenchmarks*</c>.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class MemoryBenchmarks
{
    private const int QueriesPerInvoke = 100;

    private MemoryWorkload workload = null!;
    private int next;

    /// <summary>The memory sizes to run: <c>ALIGNMENT_MEMORY_UNITS</c>, or 100,000.</summary>
    public static IEnumerable<int> Sizes =>
        [int.Parse(Environment.GetEnvironmentVariable("ALIGNMENT_MEMORY_UNITS") ?? "100000", CultureInfo.InvariantCulture)];

    [ParamsSource(nameof(Sizes))]
    public int Units { get; set; }

    [GlobalSetup(Target = nameof(FuzzyLookup))]
    public void SetUpAndReport()
    {
        workload = MemoryWorkload.Prepare(Units);
        workload.PrintReport();
    }

    [GlobalSetup(Target = nameof(Concordance))]
    public void SetUp() => workload = MemoryWorkload.Prepare(Units);

    [GlobalCleanup]
    public void CleanUp() => workload.Dispose();

    [Benchmark(OperationsPerInvoke = QueriesPerInvoke, Description = "fuzzy lookup zh→en, per query")]
    public int FuzzyLookup()
    {
        var found = 0;
        for (var i = 0; i < QueriesPerInvoke; i++)
        {
            var query = workload.ChineseQueries[next++ % workload.ChineseQueries.Count];
            found += workload.Memory.Lookup(query, Language.Chinese, Language.English).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = 10, Description = "concordance page, per search")]
    public int Concordance()
    {
        var found = 0;
        foreach (var (phrase, language) in SyntheticMemory.ConcordanceQueries)
        {
            found += workload.Memory.Concordance(phrase, language).Hits.Count;
        }

        return found;
    }
}
