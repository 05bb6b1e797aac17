using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Tests.Interchange;

public sealed class TmxLargeFileTests
{
    private const int Units = 200_000;

    [Test]
    public void A_large_memory_is_read_in_memory_far_smaller_than_the_file()
    {
        using var directory = new TempDirectory();
        var path = directory.File("large.tmx");
        TmxWriter.Write(path, Generate(), new TmxWriteOptions(Language.Chinese));
        var fileSize = new FileInfo(path).Length;

        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var peak = 0L;
        var count = 0;
        using (var reader = TmxReader.Open(path, new TmxReadOptions(Language.Chinese, Language.English)))
        {
            foreach (var unit in reader.ReadUnits())
            {
                if (++count % 50_000 == 0)
                {
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }
        }

        TestContext.Out.WriteLine($"{count} units, file {fileSize / 1_000_000.0:F1} MB, live heap grew at most {peak / 1_000_000.0:F2} MB");
        Assert.That(count, Is.EqualTo(Units));
        Assert.That(peak, Is.LessThan(fileSize / 20), $"The reader held {peak:N0} bytes while reading a {fileSize:N0}-byte file.");
    }

    private static IEnumerable<TranslationUnit> Generate()
    {
        var created = new DateTimeOffset(2021, 4, 6, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Units; i++)
        {
            yield return new TranslationUnit(
                $"large#{i}",
                new Segment(Language.Chinese, $"专家组第 {i} 次会议于 2021 年 4 月 6 日至 8 日在维也纳举行。"),
                new Segment(Language.English, $"The {i}th meeting of the Expert Group was held in Vienna from 6 to 8 April 2021."))
            {
                Created = created,
                Origin = UnitOrigin.Aligned,
                Provenance = new Provenance("large.zh.txt", $"body › {i}", Alignment.Aligning.BeadType.OneToOne, 0.9),
            };
        }
    }
}
