using Alignment.Documents;
using Alignment.Interchange;
using Lucene.Net.Index;

namespace Alignment.Memory.Tests;

/// <summary>A document's units replaced in one commit, as a reviewed or re-aligned document goes back into a memory.</summary>
public class ReplaceDocumentsTests
{
    private const string Zh = "应优化国际合作程序。";
    private const string En = "International cooperation procedures should be streamlined.";

    [TestCase(DuplicatePolicy.Keep)]
    [TestCase(DuplicatePolicy.Overwrite)]
    public void Replacing_a_document_leaves_the_memory_as_deleting_it_and_adding_the_new_units_would(DuplicatePolicy policy)
    {
        using var replaced = Stocked();
        using var deletedThenAdded = Stocked();

        var report = replaced.ReplaceDocuments(["first.pdf"], Revised(), new AddOptions { Duplicates = policy });
        var deleted = deletedThenAdded.DeleteDocument("first.pdf");
        var added = deletedThenAdded.Add(Revised(), new AddOptions { Duplicates = policy });

        Assert.Multiple(() =>
        {
            Assert.That(report, Is.EqualTo(added with { Removed = deleted }));
            Assert.That(Contents(replaced), Is.EqualTo(Contents(deletedThenAdded)));
            Assert.That(Hits(replaced, "国际合作"), Is.EqualTo(Hits(deletedThenAdded, "国际合作")));
            Assert.That(Hits(replaced, "年度报告"), Is.EqualTo(Hits(deletedThenAdded, "年度报告")));
        });
    }

    [Test]
    public void Replacing_two_documents_at_once_leaves_what_replacing_them_one_after_the_other_would()
    {
        using var together = Stocked();
        using var apart = Stocked();

        together.ReplaceDocuments(["first.pdf", "second.pdf"], Revised(), new AddOptions());
        apart.ReplaceDocuments(["first.pdf"], [], new AddOptions());
        apart.ReplaceDocuments(["second.pdf"], Revised(), new AddOptions());

        Assert.Multiple(() =>
        {
            Assert.That(Contents(together), Is.EqualTo(Contents(apart)));
            Assert.That(Hits(together, "国际合作"), Is.EqualTo(Hits(apart, "国际合作")));
        });
    }

    [Test]
    public void A_replacement_that_fails_part_way_leaves_the_document_as_it_was()
    {
        using var memory = Stocked();
        var before = Contents(memory);

        Assert.That(() => memory.ReplaceDocuments(["first.pdf"], Failing(Revised()), new AddOptions()), Throws.InstanceOf<IOException>());

        Assert.That(Contents(memory), Is.EqualTo(before));
    }

    [Test]
    public void A_replacement_is_a_single_commit_so_no_reader_can_find_the_document_missing()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        using var memory = TranslationMemory.Open(path);
        memory.Add([Units.Pair(Zh, En, document: "first.pdf")]);
        var generation = SegmentInfos.GetLastCommitGeneration(Directory.GetFiles(path).Select(Path.GetFileName).ToArray());

        memory.ReplaceDocuments(["first.pdf"], [Units.Pair(Zh, En.ToUpperInvariant(), document: "first.pdf")], new AddOptions());

        Assert.That(SegmentInfos.GetLastCommitGeneration(Directory.GetFiles(path).Select(Path.GetFileName).ToArray()), Is.EqualTo(generation + 1));
    }

    // first.pdf: a unit that second.pdf repeats (read alike), one that third.pdf repeats exactly, and one of its own.
    private static TranslationMemory Stocked()
    {
        var memory = TranslationMemory.OpenInMemory();
        memory.Add([
            Units.Pair(Zh, En, document: "first.pdf"),
            Units.Pair("年度报告已经提交。", "The annual report has been submitted.", document: "first.pdf"),
            Units.Pair("会议于上午十时开始。", "The meeting began at 10 a.m.", document: "first.pdf"),
        ]);
        memory.Add([Units.Pair(Zh, En.ToUpperInvariant(), document: "second.pdf")]);
        memory.Add([Units.Pair("年度报告已经提交。", "The annual report has been submitted.", document: "third.pdf")]);
        return memory;
    }

    // The revised first.pdf: a unit read like second.pdf's, one identical to third.pdf's, one as it was, one new.
    private static IEnumerable<TranslationUnit> Revised() =>
    [
        Units.Pair("会议于上午十时开始。", "The meeting began at 10 a.m.", document: "first.pdf"),
        Units.Pair(Zh, En.ToLowerInvariant(), document: "first.pdf"),
        Units.Pair("年度报告已经提交。", "The annual report has been submitted.", document: "first.pdf"),
        Units.Pair("委员会通过了议程。", "The Committee adopted its agenda.", document: "first.pdf"),
    ];

    private static IEnumerable<TranslationUnit> Failing(IEnumerable<TranslationUnit> units)
    {
        foreach (var unit in units.Take(2))
        {
            yield return unit;
        }

        throw new IOException("the reviewed alignment could not be read to the end");
    }

    private static List<string> Contents(TranslationMemory memory) =>
        memory.ReadUnits(UnitSelection.All, units => units.Select(u => $"{u.Provenance.Document}\t{u.Source.Text}\t{u.Target.Text}").Order(StringComparer.Ordinal).ToList());

    private static (int Hits, int Units, string First, int Count) Hits(TranslationMemory memory, string phrase)
    {
        var page = memory.Concordance(phrase, Language.Chinese);
        return (page.TotalHits, page.TotalUnits, page.Hits[0].Unit.Provenance.Document, page.Hits[0].Count);
    }
}
