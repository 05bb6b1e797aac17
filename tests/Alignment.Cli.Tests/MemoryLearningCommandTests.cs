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
    public void Indexing_another_pair_of_the_same_name_says_that_the_two_share_it()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        File.WriteAllText(folder.File("zh.txt"), "委员会通过了议程。\n");
        File.WriteAllText(folder.File("en.txt"), "The Committee adopted its agenda.\n");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        var other = CliRun.Of("index", folder.File("zh.txt"), folder.File("en.txt"), "--index", memory);

        Assert.That(other.Error, Does.Contain("zh.txt: the memory already holds a document of that name"));
    }

    [Test]
    public void Indexing_the_same_pair_again_says_nothing_of_a_shared_name()
    {
        using var folder = new TempFolder();
        var memory = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        var again = CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", memory);

        Assert.That(again.Error, Does.Not.Contain("already holds a document of that name"));
    }

    private static int Units(string memory) =>
        int.Parse(CliRun.Of("stats", "--index", memory).Output.Split('\n').First(l => l.StartsWith("units:", StringComparison.Ordinal))["units:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
