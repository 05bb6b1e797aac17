using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

public class MaintenanceTests
{
    private static IReadOnlyList<TranslationUnit> Report => CorpusUnits.Units;

    private static int DistinctPairs => Report.DistinctBy(u => (u.Source.Text, u.Target.Text)).Count();

    [Test]
    public void Adding_the_report_reports_each_distinct_pair_as_added()
    {
        using var memory = TranslationMemory.OpenInMemory();

        var report = memory.Add(Report);

        Assert.Multiple(() =>
        {
            Assert.That(report.Added, Is.EqualTo(DistinctPairs));
            Assert.That(report.Total, Is.EqualTo(Report.Count));
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(DistinctPairs));
        });
    }

    [Test]
    public void Adding_the_same_units_again_with_Keep_skips_them_all()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(Report);

        var again = memory.Add(Report, DuplicatePolicy.Keep);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(new AddReport(0, Report.Count, 0, 0)));
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(DistinctPairs));
        });
    }

    [Test]
    public void Adding_the_same_units_again_with_Overwrite_replaces_them_without_duplicating()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(Report);
        var revised = Report.Select(u => u with { Provenance = u.Provenance with { Document = "revised.pdf" } }).ToList();

        var again = memory.Add(revised, DuplicatePolicy.Overwrite);

        Assert.Multiple(() =>
        {
            Assert.That(again.Added, Is.Zero);
            Assert.That(again.Overwritten, Is.EqualTo(Report.Count));
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(DistinctPairs));
            Assert.That(memory.Lookup(Report[0].Source.Text, Language.Chinese, Language.English).Single(m => m.Score.Value == 100).Unit.Provenance.Document, Is.EqualTo("revised.pdf"));
        });
    }

    [Test]
    public void Within_one_add_the_last_of_several_copies_of_a_pair_is_the_one_kept_with_Overwrite()
    {
        using var memory = TranslationMemory.OpenInMemory();
        const int rounds = 8;
        var copies = Enumerable.Range(0, rounds)
            .SelectMany(round => Report.Select(u => u with { Provenance = u.Provenance with { Document = $"round-{round}.pdf" } }))
            .ToList();

        memory.Add(copies, DuplicatePolicy.Overwrite);

        var documents = Report
            .DistinctBy(u => (u.Source.Text, u.Target.Text))
            .Select(u => memory.Lookup(u.Source.Text, Language.Chinese, Language.English, new LookupOptions { MaxResults = 50 })
                .First(m => m.Unit.Target.Text == u.Target.Text).Unit.Provenance.Document)
            .Distinct();
        Assert.That(documents, Is.EqualTo(new[] { $"round-{rounds - 1}.pdf" }));
    }

    [TestCase(1)]
    [TestCase(40)]
    [TestCase(1000)]
    public void Within_one_add_the_last_copy_is_kept_with_Overwrite_however_far_apart_the_copies_stand(int distance)
    {
        using var memory = TranslationMemory.OpenInMemory();
        var filler = Enumerable.Range(0, distance - 1)
            .Select(i => Units.Pair($"第{i}号填充句。", $"Filler sentence number {i}.", document: "filler.pdf"));
        var first = Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.", document: "first.pdf");
        var last = first with { Provenance = first.Provenance with { Document = "last.pdf" } };

        memory.Add([first, .. filler, last], DuplicatePolicy.Overwrite);

        Assert.That(memory.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Single().Unit.Provenance.Document, Is.EqualTo("last.pdf"));
    }

    [Test]
    public void Kept_duplicate_leaves_the_stored_unit_as_it_was()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add([Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.", document: "first.pdf")]);

        memory.Add([Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.", document: "second.pdf")], DuplicatePolicy.Keep);

        Assert.That(memory.Lookup("应优化国际合作程序。", Language.Chinese, Language.English).Single().Unit.Provenance.Document, Is.EqualTo("first.pdf"));
    }

    [Test]
    public void Pairs_differing_only_in_width_or_spacing_are_duplicates_but_case_variants_are_not()
    {
        using var memory = TranslationMemory.OpenInMemory();

        var report = memory.Add(
        [
            Units.Pair("专家组于 2011 年举行会议。", "The Expert Group met in 2011."),
            Units.Pair("专家组于２０１１年举行会议。", "The Expert Group  met in 2011."),
            Units.Pair("专家组于 2011 年举行会议。", "The expert group met in 2011."),
        ]);

        Assert.That(report, Is.EqualTo(new AddReport(2, 1, 0, 0)));
    }

    [Test]
    public void Deleting_a_document_removes_its_units_and_nothing_else()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(Report);
        memory.Add([Units.Pair("应优化国际合作程序。", "International cooperation procedures should be streamlined.", document: "other.pdf")]);

        var deleted = memory.DeleteDocument(CorpusUnits.DocumentName);

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(DistinctPairs));
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(1));
            Assert.That(memory.GetStatistics().DocumentCount, Is.EqualTo(1));
            Assert.That(memory.Lookup(Report[0].Source.Text, Language.Chinese, Language.English), Is.Empty);
            Assert.That(memory.Concordance("证据", Language.Chinese).TotalUnits, Is.Zero);
        });
    }

    [Test]
    public void Deleting_an_unknown_document_deletes_nothing()
    {
        using var memory = Units.Memory(Units.Pair("应优化国际合作程序。", "Procedures should be streamlined."));

        Assert.That(memory.DeleteDocument("never-added.pdf"), Is.Zero);
    }

    [Test]
    public void Statistics_count_units_documents_and_languages()
    {
        using var memory = Units.Memory(
            Units.Pair("应优化国际合作程序。", "Procedures should be streamlined.", document: "a.pdf"),
            Units.Pair("各国应开展调查。", "States should conduct surveys.", document: "b.pdf"),
            Units.Pair("鼓励各国建立联合调查组。", "States are encouraged to establish joint investigation teams.", document: "b.pdf"));

        var statistics = memory.GetStatistics();

        Assert.Multiple(() =>
        {
            Assert.That(statistics.UnitCount, Is.EqualTo(3));
            Assert.That(statistics.DocumentCount, Is.EqualTo(2));
            Assert.That(statistics.Languages, Is.EqualTo(new[] { Language.English, Language.Chinese }));
            Assert.That(statistics.SizeInBytes, Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_unit_comes_back_with_everything_it_was_added_with()
    {
        var unit = Units.Aligned("各国应开展调查。", "States should conduct surveys.", confidence: 0.75) with
        {
            Id = "u-53",
            Source = new Segment(Language.Chinese, "各国应开展调查。") { Markup = "各国应<ph x=\"1\"/>开展调查。" },
            Created = new DateTimeOffset(2021, 4, 19, 10, 30, 0, TimeSpan.Zero),
            PreviousSource = "前一句。",
            NextSource = "后一句。",
            Properties = [new("x-client", "UNODC"), new("x-domain", "cybercrime")],
            Notes = ["checked by hand"],
        };
        using var memory = Units.Memory(unit);

        var stored = memory.Lookup("各国应开展调查。", Language.Chinese, Language.English).Single().Unit;

        Assert.Multiple(() =>
        {
            Assert.That(stored with { Properties = unit.Properties, Notes = unit.Notes }, Is.EqualTo(unit));
            Assert.That(stored.Properties, Is.EqualTo(unit.Properties));
            Assert.That(stored.Notes, Is.EqualTo(unit.Notes));
        });
    }

    [Test]
    public void A_unit_with_both_sides_in_one_language_is_refused()
    {
        using var memory = TranslationMemory.OpenInMemory();
        var unit = new TranslationUnit("x", new Segment(Language.Chinese, "证据"), new Segment(Language.Parse("zh-TW"), "證據"));

        Assert.That(() => memory.Add([unit]), Throws.ArgumentException);
    }

    [Test]
    public void An_add_that_fails_part_way_keeps_nothing_of_that_call()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(Report.Take(10));

        Assert.That(() => memory.Add(FailingAfter(Report.Skip(10), 20)), Throws.InstanceOf<IOException>());
        Assert.Multiple(() =>
        {
            Assert.That(memory.GetStatistics().UnitCount, Is.EqualTo(10));
            Assert.That(memory.Add(Report.Skip(10).Take(5)).Added, Is.EqualTo(5), "the memory stays writable");
        });
    }

    [Test]
    public void A_memory_survives_closing_and_reopening()
    {
        using var folder = new TempFolder();
        using (var memory = TranslationMemory.Open(folder.Path))
        {
            memory.Add(Report);
        }

        using var reopened = TranslationMemory.Open(folder.Path);

        Assert.Multiple(() =>
        {
            Assert.That(reopened.GetStatistics().UnitCount, Is.EqualTo(DistinctPairs));
            Assert.That(reopened.Lookup(Report[5].Source.Text, Language.Chinese, Language.English)[0].Score.Value, Is.EqualTo(100));
        });
    }

    [Test]
    public void A_files_on_disk_as_a_crash_mid_add_would_leave_them_open_as_the_last_commit()
    {
        using var folder = new TempFolder();
        var crashed = folder.Combine("crashed");
        var memoryFolder = folder.Combine("memory");
        using var memory = TranslationMemory.OpenFlushingEvery(memoryFolder, 10);
        memory.Add(Report.Take(30));
        var committedFiles = Copied(memoryFolder).Count();

        // Halfway through the next add, with uncommitted segments already flushed to disk, copy the folder:
        // that copy is what a power cut at that moment would leave behind.
        memory.Add(Report.Skip(30).Take(60).Select((unit, i) =>
        {
            if (i == 45)
            {
                // Units are analysed on worker threads: give them a moment to flush what they hold.
                SpinWait.SpinUntil(() => Copied(memoryFolder).Count() > committedFiles, TimeSpan.FromSeconds(30));
                CopyFolder(memoryFolder, crashed);
            }

            return unit;
        }));

        using var afterCrash = TranslationMemory.OpenReadOnly(crashed);
        Assert.Multiple(() =>
        {
            Assert.That(System.IO.Directory.GetFiles(crashed), Has.Length.GreaterThan(committedFiles), "the copy should hold uncommitted segments");
            Assert.That(afterCrash.GetStatistics().UnitCount, Is.EqualTo(30));
        });
    }

    private static IEnumerable<TranslationUnit> FailingAfter(IEnumerable<TranslationUnit> units, int count)
    {
        foreach (var unit in units.Take(count))
        {
            yield return unit;
        }

        throw new IOException("the TMX file was cut short");
    }

    // The writer's lock file cannot be read while it is held; a power cut leaves it, but it holds nothing.
    private static IEnumerable<string> Copied(string folder) =>
        System.IO.Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "writer.lock");

    // The writer keeps flushing while we copy, and folds flushed files into compound files, deleting them: a file
    // gone by the time it is copied is left out, as a power cut just after its deletion would leave it out.
    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in Copied(from))
        {
            try
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
            catch (FileNotFoundException)
            {
            }
        }
    }
}
