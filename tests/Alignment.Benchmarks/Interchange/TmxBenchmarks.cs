using System.Xml;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Alignment.Benchmarks.Interchange;

/// <summary>
/// TMX throughput against the cost of the XML alone, measured in the same process: reading against an XmlReader that
/// only visits every node of the same file, writing against an XmlWriter that writes the same texts without metadata.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TmxBenchmarks
{
    private const int Units = 20_000;
    private static readonly TmxReadOptions ReadOptions = new(Language.Chinese, Language.English);
    private static readonly TmxWriteOptions WriteOptions = new(Language.Chinese);

    private TranslationUnit[] units = [];
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        units = [.. Enumerable.Range(0, Units).Select(Unit)];
        path = Path.Combine(Path.GetTempPath(), $"alignment-benchmark-{Guid.NewGuid():N}.tmx");
        TmxWriter.Write(path, units, WriteOptions);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true, Description = "XmlReader visits every node")]
    [BenchmarkCategory("Read")]
    public int ScanXml()
    {
        using var xml = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var nodes = 0;
        while (xml.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark(Description = "TmxReader reads every unit")]
    [BenchmarkCategory("Read")]
    public int ReadUnits()
    {
        using var reader = TmxReader.Open(path, ReadOptions);
        return reader.ReadUnits().Count();
    }

    [Benchmark(Baseline = true, Description = "XmlWriter writes the bare texts")]
    [BenchmarkCategory("Write")]
    public void WriteBareXml()
    {
        using var xml = XmlWriter.Create(Stream.Null, new XmlWriterSettings { Indent = true });
        xml.WriteStartElement("body");
        foreach (var unit in units)
        {
            xml.WriteStartElement("tu");
            xml.WriteElementString("seg", unit.Source.Text);
            xml.WriteElementString("seg", unit.Target.Text);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    [Benchmark(Description = "TmxWriter writes every unit")]
    [BenchmarkCategory("Write")]
    public int WriteUnits() => TmxWriter.Write(Stream.Null, units, WriteOptions);

    private static TranslationUnit Unit(int i) =>
        new($"bench#{i}", new Segment(Language.Chinese, $"专家组第 {i} 次会议于 2021 年 4 月 6 日至 8 日在维也纳举行。"),
            new Segment(Language.English, $"The {i}th meeting of the Expert Group was held in Vienna from 6 to 8 April 2021."))
        {
            Created = new DateTimeOffset(2021, 4, 6, 0, 0, 0, TimeSpan.Zero),
            Origin = UnitOrigin.Aligned,
            Provenance = new Provenance("bench.zh.txt", $"body › {i}", BeadType.OneToOne, 0.9),
            PreviousSource = "上一句。",
            NextSource = "下一句。",
        };
}
