using Alignment.Documents;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Alignment.Benchmarks;

/// <summary>
/// Reading a 100-page PDF (the Chinese report typeset ten times over by tests/Fixtures/make-documents.sh), beside the
/// text reader on pdftotext's text of the same PDF as the baseline. Target: under 2 s for the PDF.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestData", "Documents");

    [GlobalSetup]
    public void Setup()
    {
        if (ReadPdf() == 0 || ReadText() == 0)
        {
            throw new InvalidOperationException("The benchmark documents read as empty.");
        }
    }

    [Benchmark(Baseline = true, Description = "text reader, pdftotext's text of the PDF")]
    public int ReadText() => DocumentReader.Default.ReadFile(Path.Combine(Folder, "long-a4.zh.pdftotext.txt")).Blocks.Count;

    [Benchmark(Description = "PDF reader, 100 pages")]
    public int ReadPdf() => DocumentReader.Default.ReadFile(Path.Combine(Folder, "long-a4.zh.pdf")).Blocks.Count;

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.ShortRun);
    }
}
