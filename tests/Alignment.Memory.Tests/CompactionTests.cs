using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

public class CompactionTests
{
    private static IReadOnlyList<TranslationUnit> Report => CorpusUnits.Units;

    // Four adds leave four segments behind.
    private static TranslationMemory MemoryAddedInParts(string folder)
    {
        var memory = TranslationMemory.Open(folder);
        foreach (var part in Report.Chunk((Report.Count / 4) + 1))
        {
            memory.Add(part);
        }

        return memory;
    }

    private static string Answers(TranslationMemory memory) => string.Join(
        "\n",
        Report.Take(60).Select(u => string.Join(
            ";",
            memory.Lookup(u.Source.Text, Language.Chinese, Language.English).Select(m => $"{m.Score.Value}|{m.Unit.Id}|{m.Unit.Target.Text}"))));

    [Test]
    public void Compacting_leaves_one_segment()
    {
        using var folder = new TempFolder();
        using var memory = MemoryAddedInParts(folder.Path);
        Assume.That(memory.GetStatistics().SegmentCount, Is.GreaterThan(1));

        memory.Compact();

        Assert.Multiple(() =>
        {
            Assert.That(memory.GetStatistics().SegmentCount, Is.EqualTo(1));
            Assert.That(Directory.GetFiles(folder.Path, "*.si"), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Compacting_keeps_every_unit_and_every_answer()
    {
        using var folder = new TempFolder();
        using var memory = MemoryAddedInParts(folder.Path);
        var units = memory.GetStatistics().UnitCount;
        var answers = Answers(memory);

        memory.Compact();

        Assert.Multiple(() =>
        {
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(units));
            Assert.That(Answers(memory), Is.EqualTo(answers));
        });
    }

    [Test]
    public void Compacting_drops_what_deleted_units_left_behind()
    {
        using var folder = new TempFolder();
        using var memory = TranslationMemory.Open(folder.Path);
        // Every other unit is dropped, so that every segment keeps some units and holds deleted ones.
        memory.Add(Report.Select((u, i) => u with { Provenance = u.Provenance with { Document = i % 2 == 0 ? "dropped.pdf" : "kept.pdf" } }));
        memory.DeleteDocument("dropped.pdf");
        var before = memory.GetStatistics().SizeInBytes;

        memory.Compact();

        Assert.That(memory.GetStatistics().SizeInBytes, Is.LessThan(before * 0.75));
    }

    [Test]
    public void A_compacted_memory_reopens_with_the_same_units()
    {
        using var folder = new TempFolder();
        int units;
        using (var memory = MemoryAddedInParts(folder.Path))
        {
            memory.Compact();
            units = memory.GetStatistics().UnitCount;
        }

        using var reopened = TranslationMemory.OpenReadOnly(folder.Path);
        Assert.That(reopened.GetStatistics().UnitCount, Is.EqualTo(units));
    }

    [Test]
    public void A_read_only_memory_cannot_be_compacted()
    {
        using var folder = new TempFolder();
        MemoryAddedInParts(folder.Path).Dispose();
        using var memory = TranslationMemory.OpenReadOnly(folder.Path);

        Assert.That(memory.Compact, Throws.InvalidOperationException);
    }
}
