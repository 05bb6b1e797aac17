using System.Text;
using Alignment.Documents;
using Alignment.Documents.Reading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Alignment.Benchmarks;

/// <summary>
/// Reading ~10 MB of corpus text from a file with encoding detection, against <see cref="File.ReadAllText(string, Encoding)"/>
/// told the encoding as the baseline. Detection reads a UTF-8 file twice (measure, then decode) and a GB18030 file
/// four times (UTF-8 fails early, GB18030 and Big5 are measured, then decoded); the allocated column shows that it
/// allocates little more than the text itself.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class DecodingBenchmarks
{
    private string path = string.Empty;
    private Encoding encoding = Encoding.UTF8;

    /// <summary>The corpus file to read: <c>zh</c> or <c>en</c>.</summary>
    [Params("zh", "en")]
    public string Language { get; set; } = "zh";

    /// <summary>The file's encoding: <c>utf-8</c> or <c>gb18030</c>.</summary>
    [Params("utf-8", "gb18030")]
    public string FileEncoding { get; set; } = "utf-8";

    [GlobalSetup]
    public void Setup()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        encoding = FileEncoding == "utf-8" ? new UTF8Encoding(false) : Encoding.GetEncoding(FileEncoding);
        path = Path.Combine(Path.GetTempPath(), $"alignment-decoding-{Language}-{FileEncoding}-{Environment.ProcessId}.txt");
        File.WriteAllText(path, string.Join('\n', CorpusInput.Lines(Language)), encoding);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true, Description = "File.ReadAllText, encoding known")]
    public int ReadAllText() => File.ReadAllText(path, encoding).Length;

    [Benchmark(Description = "TextDecoder, encoding detected")]
    public int Detected() => TextDecoder.Read(path, ReaderOptions.Default).Text.Length;

    [Benchmark(Description = "TextDecoder, encoding named")]
    public int Named() => TextDecoder.Read(path, new ReaderOptions { Encoding = TextEncoding.Parse(FileEncoding) }).Text.Length;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.ShortRun);
            AddColumn(new ThroughputColumn());
        }
    }
}
