using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Learning;

namespace Alignment.Memory.Tests;

/// <summary>The word pairs a memory learns from its units, kept in its folder beside the index for the commit they describe.</summary>
public class KeptLearnedWordsTests
{
    private const string Report = "unodc-cybercrime-eg4-2021";
    private const string Speeches = "speeches-second-committee-sustainable-development";

    [Test]
    public void A_commit_leaves_the_learned_pairs_in_the_memory_folder_for_that_commit()
    {
        using var folder = new TempFolder();
        var path = ReportMemory(folder);

        var lines = File.ReadAllLines(Path.Combine(path, LearnedWords.FileName));
        Assert.Multiple(() =>
        {
            Assert.That(lines[..2], Is.EqualTo(new[] { "alignment learned word pairs", "format\t1" }));
            Assert.That(lines[2..6].Select(l => l.Split('\t')[0]), Is.EqualTo(new[] { "generation", "units", "changed", "pairs" }));
            Assert.That(lines, Does.Contain(lines.First(l => l.StartsWith("证据\tevidence\t", StringComparison.Ordinal))));
            Assert.That(lines[^1], Is.EqualTo("end"));
            Assert.That(File.Exists(Path.Combine(path, LearnedWords.TemporaryFileName)), Is.False);
        });
    }

    [Test]
    public void A_memory_opened_again_reads_its_pairs_from_the_folder_instead_of_learning_them()
    {
        using var folder = new TempFolder();
        var path = ReportMemory(folder);

        // A pair no unit teaches, written into the file: only a memory that reads the file can know it.
        var file = Path.Combine(path, LearnedWords.FileName);
        var lines = WithPlantedPair(file);
        File.WriteAllLines(file, lines);

        using var reopened = TranslationMemory.OpenReadOnly(path);
        var learned = reopened.LearnedLexicon();

        Assert.That((learned.Lookup("斑马"), learned.Lookup("证据")), Is.EqualTo((new[] { "zebra" }, new[] { "evidence" })));
    }

    [TestCase("generation", Description = "written for another commit")]
    [TestCase("end", Description = "cut short")]
    [TestCase("format", Description = "of another format")]
    public void Pairs_kept_for_another_commit_or_cut_short_are_learned_again(string damaged)
    {
        using var folder = new TempFolder();
        var path = ReportMemory(folder);

        var file = Path.Combine(path, LearnedWords.FileName);
        var lines = WithPlantedPair(file);
        switch (damaged)
        {
            case "generation":
                lines[2] = "generation\t999";
                break;
            case "end":
                lines.RemoveAt(lines.Count - 1);
                break;
            default:
                lines[1] = "format\t99";
                break;
        }

        File.WriteAllLines(file, lines);

        using var reopened = TranslationMemory.OpenReadOnly(path);
        var learned = reopened.LearnedLexicon();

        Assert.That((learned.Lookup("斑马").Count, learned.Lookup("证据")), Is.EqualTo((0, new[] { "evidence" })));
    }

    [Test]
    public void The_kept_pairs_follow_a_document_deleted_from_the_memory()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        using (var memory = TranslationMemory.Open(path))
        {
            memory.Add(Named(Report, "report.pdf"));
            memory.Add(Named(Speeches, "record.txt"));
            Assert.That(memory.LearnedLexicon().Lookup("证据"), Does.Contain("evidence"), "before the report is deleted");
            memory.DeleteDocument("report.pdf");
        }

        using var reopened = TranslationMemory.OpenReadOnly(path);
        var learned = reopened.LearnedLexicon();
        var kept = File.ReadAllLines(Path.Combine(path, LearnedWords.FileName));

        Assert.Multiple(() =>
        {
            Assert.That(learned.Lookup("证据"), Does.Not.Contain("evidence"));
            Assert.That(learned.Count, Is.GreaterThan(10), "the summary record's pairs stay");
            Assert.That(kept.Any(l => l.StartsWith("证据\t", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void A_commit_changing_fewer_than_one_unit_in_a_hundred_keeps_the_pairs_and_a_larger_one_learns_them_again()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        using var memory = TranslationMemory.Open(path);
        memory.Add(Named(Report, "report.pdf"));
        var file = Path.Combine(path, LearnedWords.FileName);
        var lines = WithPlantedPair(file);
        File.WriteAllLines(file, lines);

        memory.Add([new TranslationUnit("one", new Segment(Language.Chinese, "斑马在河边喝水。"), new Segment(Language.English, "A zebra drinks by the river."))]);
        var afterOne = File.ReadAllLines(file);
        memory.Add(Named(Speeches, "record.txt"));
        var afterMany = File.ReadAllLines(file);

        Assert.Multiple(() =>
        {
            Assert.That(afterOne[2..5], Is.EqualTo(new[] { $"generation\t{Generation(lines) + 1}", "units\t182", "changed\t1" }));
            Assert.That(afterOne, Does.Contain("斑马\tzebra\t2"));
            Assert.That(afterMany[4], Is.EqualTo("changed\t0"));
            Assert.That(afterMany, Does.Not.Contain("斑马\tzebra\t2"));
        });
    }

    [Test]
    public void A_small_memory_keeps_its_pairs_across_single_adds_until_twenty_units_changed()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        using var memory = TranslationMemory.Open(path);
        memory.Add(Named(Report, "report.pdf").Take(30));
        var file = Path.Combine(path, LearnedWords.FileName);

        var changed = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            memory.Add([new TranslationUnit($"add-{i}", new Segment(Language.Chinese, $"斑马第{i}次在河边喝水。"), new Segment(Language.English, $"A zebra drinks by the river for the {i}th time."))]);
            changed.Add(File.ReadAllLines(file)[4]);
        }

        Assert.That(changed, Is.EqualTo(Enumerable.Range(1, 19).Select(n => $"changed\t{n}").Append("changed\t0")));
    }

    [TestCase(Report, "the report", 0.9)]
    [TestCase(Speeches, "the summary record", 0.9)]
    public void A_short_document_aligns_better_from_a_memory_that_holds_the_rest_of_its_text(string corpus, string what, double floor)
    {
        // The first three quarters of the corpus, as reviewed units, make the memory; the last quarter, without its
        // structure, is the short document. No bundled lexicon: what is known comes from the memory alone.
        var folder = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var chinese = File.ReadAllLines(Path.Combine(folder, "zh.sentences.txt"));
        var english = File.ReadAllLines(Path.Combine(folder, "en.sentences.txt"));
        var gold = BeadFile.Read(Path.Combine(folder, "gold.beads"));
        var cut = CleanCut(gold, (int)(gold.Count * 0.75));
        var (zh, en) = (First(gold.Skip(cut), source: true), First(gold.Skip(cut), source: false));
        using var memoryFolder = new TempFolder();
        var path = memoryFolder.Combine("memory");
        using (var writer = TranslationMemory.Open(path))
        {
            writer.Add(gold.Take(cut).Where(b => !b.IsDeletionOrInsertion).Select((b, i) => new TranslationUnit(
                $"{corpus}-{i}",
                new Segment(Language.Chinese, string.Concat(b.Source.Select(s => chinese[s]))),
                new Segment(Language.English, string.Join(' ', b.Target.Select(t => english[t]))))));
        }

        using var memory = TranslationMemory.OpenReadOnly(path);
        var rest = gold.Skip(cut).Select(b => new EvaluatedBead([.. b.Source.Select(s => s - zh)], [.. b.Target.Select(t => t - en)])).ToList();
        double F1(Lexicon lexicon) => AlignmentScores.Compute(
            rest,
            [.. new Aligner(AlignerOptions.Default with { Lexicon = lexicon, UseStructure = false })
                .Align(chinese[zh..], english[en..], Language.Chinese, Language.English).Beads.Select(EvaluatedBead.From)]).StrictF1;

        var without = F1(Lexicon.Empty);
        var with = F1(memory.LearnedLexicon());

        TestContext.Out.WriteLine($"last {chinese.Length - zh} sentences of {what}: strict F1 {without:0.000} alone, {with:0.000} from the memory of the rest");
        Assert.Multiple(() =>
        {
            Assert.That(with, Is.GreaterThan(without));
            Assert.That(with, Is.GreaterThanOrEqualTo(floor));
        });
    }

    [Test]
    public void A_reader_follows_the_pairs_of_units_a_writer_adds_later()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("memory");
        using var writer = TranslationMemory.Open(path);
        writer.Add(Named(Speeches, "record.txt"));
        using var reader = TranslationMemory.OpenReadOnly(path);
        var before = reader.LearnedLexicon().Lookup("证据");

        writer.Add(Named(Report, "report.pdf"));
        var after = Eventually(() => reader.LearnedLexicon().Lookup("证据"), found => found.Contains("evidence"));

        Assert.That((before.Contains("evidence"), after.Contains("evidence")), Is.EqualTo((false, true)));
    }

    private static IEnumerable<TranslationUnit> Named(string corpus, string document) =>
        GoldCorpus.Named(corpus).Units.Select(u => u with { Provenance = u.Provenance with { Document = document } });

    /// <summary>A memory in <paramref name="folder"/> holding the report's units, closed again; returns its path.</summary>
    private static string ReportMemory(TempFolder folder)
    {
        var path = folder.Combine("memory");
        using var memory = TranslationMemory.Open(path);
        memory.Add(Named(Report, "report.pdf"));
        return path;
    }

    /// <summary>The kept file's lines with a pair no unit teaches (斑马 zebra) added, as if learned.</summary>
    private static List<string> WithPlantedPair(string file)
    {
        var lines = File.ReadAllLines(file).ToList();
        lines.Insert(6, "斑马\tzebra\t2");
        lines[5] = $"pairs\t{lines.Count - 7}";
        return lines;
    }

    private static long Generation(List<string> lines) => long.Parse(lines[2].Split('\t')[1], System.Globalization.CultureInfo.InvariantCulture);

    // The first bead at or after `from` before which every bead holds only earlier sentences of both sides.
    private static int CleanCut(IReadOnlyList<EvaluatedBead> gold, int from)
    {
        var cut = from;
        while (gold.Take(cut).Any(b => b.Source.Any(s => s >= First(gold.Skip(cut), source: true)) || b.Target.Any(t => t >= First(gold.Skip(cut), source: false))))
        {
            cut++;
        }

        return cut;
    }

    private static int First(IEnumerable<EvaluatedBead> beads, bool source) =>
        beads.SelectMany(b => source ? b.Source : b.Target).DefaultIfEmpty(int.MaxValue).Min();

    private static T Eventually<T>(Func<T> read, Func<T, bool> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var value = read();
        while (!done(value) && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(50);
            value = read();
        }

        return value;
    }
}
