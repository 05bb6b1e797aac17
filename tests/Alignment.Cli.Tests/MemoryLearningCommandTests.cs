using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>What <c>index</c> keeps with a memory for the next alignment, and how it takes a pair it has aligned before.</summary>
public class MemoryLearningCommandTests
{
    [Test]
    public void Align_with_a_memory_starts_from_the_word_pairs_kept_with_it()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        var run = CliRun.Of("align", Corpus.PathOf("zh.sentences.txt"), Corpus.PathOf("en.sentences.txt"), "--presegmented", "--index", memory, "-o", folder.File("out.beads"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            Assert.That(File.Exists(Path.Combine(memory, "learned-words")), Is.True);
            Assert.That(run.Error, Does.Match(@"starting from [1-9][0-9]+ word pairs learned by "));
        });
    }

    [Test]
    public void Indexing_the_same_pair_again_replaces_its_earlier_alignment()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);
        var units = Units(memory);

        var again = CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That(again.ExitCode, Is.Zero, again.Error);
            Assert.That(again.Output, Does.StartWith($"{units} units added, 0 already there (kept), 0 replaced, {units} of the earlier alignment of zh.txt removed; memory: "));
            Assert.That(Units(memory), Is.EqualTo(units));
        });
    }

    [Test]
    public void Indexing_another_pair_of_the_same_name_adds_to_the_memory()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        File.WriteAllText(folder.File("zh.txt"), "委员会通过了议程。\n");
        File.WriteAllText(folder.File("en.txt"), "The Committee adopted its agenda.\n");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);
        var units = Units(memory);

        var other = CliRun.Of("index", folder.File("zh.txt"), folder.File("en.txt"), "--index", memory);

        Assert.That((other.ExitCode, Units(memory)), Is.EqualTo((0, units + 1)), other.Error);
    }

    [Test]
    public void Another_pair_of_the_same_file_name_is_named_with_its_folder()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var (zh, en) = SmallPair(folder, "second");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        var other = CliRun.Of("index", zh, en, "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That(other.Error, Does.Contain("another document in the memory is named zh.txt, so this one is named second/zh.txt"));
            Assert.That(Documents(memory), Is.EquivalentTo(new[] { "zh.txt", "second/zh.txt" }));
        });
    }

    [Test]
    public void Deleting_one_of_two_pairs_of_the_same_file_name_keeps_the_other()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var (zh, en) = SmallPair(folder, "second");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);
        var units = Units(memory);
        CliRun.Of("index", zh, en, "--index", memory);

        var deleted = CliRun.Of("index", "--delete", "second/zh.txt", "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That((deleted.ExitCode, Units(memory)), Is.EqualTo((0, units)), deleted.Error);
            Assert.That(Documents(memory), Is.EqualTo(new[] { "zh.txt" }));
        });
    }

    [Test]
    public void A_pair_named_with_its_folder_keeps_that_name_when_indexed_again()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var (zh, en) = SmallPair(folder, "second");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);
        CliRun.Of("index", zh, en, "--index", memory);

        var again = CliRun.Of("index", zh, en, "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That(again.Output, Does.Contain("1 of the earlier alignment of second/zh.txt removed"), again.Error);
            Assert.That(Documents(memory), Is.EquivalentTo(new[] { "zh.txt", "second/zh.txt" }));
        });
    }

    [Test]
    public void Two_pairs_of_the_same_file_name_in_one_command_are_named_apart()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var (firstZh, firstEn) = SmallPair(folder, "first", "大会通过了决议。", "The Assembly adopted the resolution.");
        var (secondZh, secondEn) = SmallPair(folder, "second");

        var run = CliRun.Of("index", firstZh, firstEn, secondZh, secondEn, "--index", memory);

        Assert.That(Documents(memory), Is.EqualTo(new[] { "second/zh.txt", "zh.txt" }), run.Error);
    }

    [Test]
    public void Indexing_the_same_pair_again_keeps_its_name()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        var again = CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        Assert.Multiple(() =>
        {
            Assert.That(again.Error, Does.Not.Contain("so this one is named"));
            Assert.That(Documents(memory), Is.EqualTo(new[] { "zh.txt" }));
        });
    }

    [Test]
    public void A_pair_named_as_a_document_imported_from_TMX_is_named_with_its_folder()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var tmx = folder.File("report.tmx");
        CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", tmx);
        CliRun.Of("index", tmx, "--index", memory);
        var (zh, en) = SmallPair(folder, "second");

        var other = CliRun.Of("index", zh, en, "--index", memory);

        Assert.That(Documents(memory), Is.EquivalentTo(new[] { "zh.txt", "second/zh.txt" }), other.Error);
    }

    [Test]
    public void Two_processes_indexing_pairs_of_the_same_file_name_at_once_name_them_apart()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        var glossary = folder.File("glossary.tsv");
        File.WriteAllText(glossary, "大会\tGeneral Assembly\n");
        CliRun.Of("index", glossary, "--index", memory);
        var (firstZh, firstEn) = SmallPair(folder, "first", "大会通过了决议。", "The Assembly adopted the resolution.");
        var (secondZh, secondEn) = SmallPair(folder, "second");

        // Both align, and name their pair, while this test keeps the memory locked; then both write, one after the other.
        using (var holder = Alignment.Memory.TranslationMemory.Open(memory))
        {
            using var first = WaitingIndex(firstZh, firstEn, memory);
            using var second = WaitingIndex(secondZh, secondEn, memory);
            Assert.That(first.Waiting.Wait(TimeSpan.FromSeconds(120)) && second.Waiting.Wait(TimeSpan.FromSeconds(120)), Is.True, "both processes wait for the lock");
            holder.Dispose();
            Assert.That(first.Process.WaitForExit(120_000) && second.Process.WaitForExit(120_000), Is.True);
        }

        Assert.That(Documents(memory), Is.EquivalentTo(new[] { "zh.txt", "second/zh.txt" }).Or.EquivalentTo(new[] { "zh.txt", "first/zh.txt" }));
    }

    /// <summary>An <c>index</c> of the pair in a process of its own, and a signal set once it says it waits for another writer.</summary>
    private static WaitingRun WaitingIndex(string zh, string en, string memory)
    {
        var process = ChildRun.Start("index", zh, en, "--index", memory, "--wait", "300");
        var waiting = new ManualResetEventSlim();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("waiting up to", StringComparison.Ordinal) == true)
            {
                waiting.Set();
            }
        };
        process.BeginErrorReadLine();
        process.StandardOutput.ReadToEndAsync();
        return new WaitingRun(process, waiting);
    }

    private sealed record WaitingRun(System.Diagnostics.Process Process, ManualResetEventSlim Waiting) : IDisposable
    {
        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill();
            }

            Process.Dispose();
            Waiting.Dispose();
        }
    }

    /// <summary>A one-sentence pair in a folder of its own, its files named as the corpus's are.</summary>
    private static (string Zh, string En) SmallPair(TempFolder folder, string name, string zh = "委员会通过了议程。", string en = "The Committee adopted its agenda.")
    {
        var directory = Directory.CreateDirectory(folder.File(name)).FullName;
        File.WriteAllText(Path.Combine(directory, "zh.txt"), zh + "\n");
        File.WriteAllText(Path.Combine(directory, "en.txt"), en + "\n");
        return (Path.Combine(directory, "zh.txt"), Path.Combine(directory, "en.txt"));
    }

    private static string[] Documents(string memory) =>
        [.. CliRun.Of("stats", "--documents", "--index", memory).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    private static int Units(string memory) =>
        int.Parse(CliRun.Of("stats", "--index", memory).Output.Split('\n').First(l => l.StartsWith("units:", StringComparison.Ordinal))["units:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
