using Alignment.Segmentation;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ICU4N.Globalization;
using ICU4N.Text;

namespace Alignment.Benchmarks;

/// <summary>
/// Sentence segmentation of ~10 MB per language (the corpus lines repeated, each line one block), against the
/// bare ICU sentence break iterator over the same lines as the baseline. Target: at least 5 MB/s per core.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private string[] lines = [];
    private Documents.Language language = Documents.Language.English;
    private BreakIterator icu = null!;

    /// <summary>The corpus file to read: <c>zh</c> or <c>en</c>.</summary>
    [Params("zh", "en")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        lines = CorpusInput.Lines(Language);
        language = Documents.Language.Parse(Language);
        icu = BreakIterator.GetSentenceInstance(new UCultureInfo(language.Tag));
        _ = SentenceSegmenter.Default.Split(lines[0], language);
    }

    [Benchmark(Baseline = true, Description = "ICU BreakIterator")]
    public int IcuSentenceBreaks()
    {
        var count = 0;
        foreach (var line in lines)
        {
            icu.SetText(line);
            icu.First();
            while (icu.Next() != BreakIterator.Done)
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "SentenceSegmenter")]
    public int SentenceSegmenterSplit()
    {
        var count = 0;
        foreach (var line in lines)
        {
            count += SentenceSegmenter.Default.Split(line, language).Count;
        }

        return count;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun);
            AddColumn(new ThroughputColumn());
        }
    }
}
