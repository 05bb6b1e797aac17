using System.Diagnostics;
using System.Text;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>Bad input and interrupted work at the command line: one clear line, a non-zero exit, nothing already written lost.</summary>
public sealed class ReliabilityTests
{
    [Test]
    public void A_system_error_names_its_file_first_as_every_error_line_does()
    {
        Assert.That(CliApplication.FileFirst("No space left on device : '/data/memory/_2_Lucene45_0.dvd'"), Is.EqualTo("/data/memory/_2_Lucene45_0.dvd: no space left on device"));
    }

    [Test]
    public void Bad_input_leaves_an_existing_output_as_it_was()
    {
        using var folder = new TempFolder();
        var output = folder.File("report.tmx");
        File.WriteAllText(output, "the previous alignment");

        var run = CliRun.Of("align", folder.File("missing.txt"), Corpus.PathOf("en.txt"), "-o", output);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.EndWith("missing.txt: does not exist"));
        Assert.That(File.ReadAllText(output), Is.EqualTo("the previous alignment"));
        Assert.That(folder.Files, Is.EqualTo(new[] { "report.tmx" }));
    }

    [Test]
    public void A_GB18030_document_aligns_like_its_UTF8_original()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("zh.txt"), Encoding.GetEncoding("GB18030").GetBytes(Corpus.ChineseText));

        var run = CliRun.Of("align", folder.File("zh.txt"), Corpus.PathOf("en.txt"), "-o", folder.File("report.beads"));

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(File.ReadAllLines(folder.File("report.beads")), Has.Length.EqualTo(182));
    }

    [Test]
    public void Binary_input_is_refused_in_one_line()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("scan.txt"), [.. Enumerable.Range(0, 512).Select(i => (byte)(i * 37 % 256))]);

        var run = CliRun.Of("segment", folder.File("scan.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("scan.txt: is not a text file"));
    }

    [Test]
    public void A_truncated_tmx_adds_nothing_and_says_where_it_breaks()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index);
        var tmx = folder.File("broken.tmx");
        CliRun.Of("align", Corpus.PathOf("en.txt"), Corpus.PathOf("zh.txt"), "-o", tmx);
        var text = File.ReadAllText(tmx);
        File.WriteAllText(tmx, text[..(text.Length * 2 / 3)]);

        var run = CliRun.Of("index", tmx, "--index", index, "--source-lang", "en", "--target-lang", "zh-CN");

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Match(@"broken\.tmx\(\d+,\d+\): "));
        Assert.That(CliRun.Of("stats", "--index", index).Output, Does.Contain("units:     181"));
    }

    [Test]
    public void A_second_writer_waits_then_names_the_process_writing_the_memory_and_changes_nothing()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        using var writer = TranslationMemory.Open(index);
        writer.Add(AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"))));
        var before = Snapshot(index);

        var run = ChildRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.EndWith($"{index}: is being written by another process (pid {Environment.ProcessId}); try again when it has finished"));
        Assert.That(Snapshot(index), Is.EqualTo(before));
    }

    [Test]
    public void A_writer_told_to_wait_says_so_and_adds_its_units_once_the_other_writer_finishes()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        File.WriteAllText(folder.File("more.tsv"), "新的句子。\tA new sentence.\n");
        Process child;
        string waiting;
        using (var writer = TranslationMemory.Open(index))
        {
            writer.Add([new TranslationUnit("u1", new Segment(Language.Chinese, "证据"), new Segment(Language.English, "evidence"))]);
            child = ChildRun.Start("index", folder.File("more.tsv"), "--index", index, "--wait", "600");
            waiting = child.StandardError.ReadLine() ?? string.Empty;
        }

        using (child)
        {
            var output = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Assert.Multiple(() =>
            {
                Assert.That(waiting, Is.EqualTo($"» {index}: is being written by another process (pid {Environment.ProcessId}); waiting up to 600 s"));
                Assert.That((child.ExitCode, output), Is.EqualTo((0, $"1 units added, 0 already there (kept), 0 replaced; memory: {index}\n")));
            });
        }
    }

    [TestCase("stats")]
    [TestCase("lookup", "会员国应努力加强电子证据收集方面的合作。")]
    [TestCase("concord", "证据")]
    [TestCase("terms", "证据")]
    [TestCase("compact")]
    [TestCase("index", "more.tsv")]
    public void A_memory_with_a_truncated_file_is_named_damaged_in_one_line_and_left_as_it_was(string command, string? argument = null)
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        Assert.That(CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", index).ExitCode, Is.Zero);
        File.WriteAllText(folder.File("more.tsv"), "新的句子。\tA new sentence.\n");
        var values = Directory.GetFiles(index, "*.dvd").Order(StringComparer.Ordinal).First();
        using (var stream = new FileStream(values, FileMode.Open, FileAccess.Write))
        {
            stream.SetLength(stream.Length / 2);
        }

        var before = Snapshot(index);

        var run = CliRun.Of([command, .. argument is null ? Array.Empty<string>() : [argument == "more.tsv" ? folder.File(argument) : argument], "--index", index]);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain($"{index}: is damaged: ").And.Contain(Path.GetFileName(values)));
        Assert.That(Snapshot(index), Is.EqualTo(before));
    }

    [Test]
    public void A_failed_first_index_into_a_new_folder_leaves_no_memory_there()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        File.WriteAllText(folder.File("broken.tmx"), "<tmx version=\"1.4\"><header srclang=\"zh-CN\"/><body><tu><tuv xml:lang=\"zh-CN\"><seg>证据</seg></tuv>");

        var run = CliRun.Of("index", folder.File("broken.tmx"), "--index", index);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("broken.tmx("));
        Assert.That(Directory.Exists(index), Is.False);
    }

    [Test]
    public void A_folder_that_holds_no_memory_is_refused_and_left_alone()
    {
        using var folder = new TempFolder();
        var notes = folder.File("notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.txt"), "buy milk");

        var run = CliRun.Of("index", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "--index", notes);

        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines.Single(), Does.Contain("is not a translation memory"));
        Assert.That(Directory.GetFiles(notes).Select(Path.GetFileName), Is.EqualTo(new[] { "todo.txt" }));
    }

    // Every file of a folder with its size and time (the writer's lock file cannot be read while held, so no hashes).
    private static List<(string, long, DateTime)> Snapshot(string folder) =>
        [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => (f, new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)))];
}

/// <summary>
/// A process killed (SIGKILL) while it indexes leaves the last committed memory readable with all its committed units,
/// and writable again. Twenty kills at random moments, in a row.
/// </summary>
public sealed class KillDuringIndexingTests
{
    // The large input (30 MB) is written once for the twenty runs and deleted with its folder after them.
    private static readonly TempFolder Inputs = new();

    private static readonly Lazy<string> LargeTmx = new(WriteLargeTmx);

    private static int largeUnits;

    [OneTimeTearDown]
    public void DeleteInputs() => Inputs.Dispose();

    [Test]
    [Repeat(20)]
    public void Killing_the_indexer_mid_write_keeps_the_last_commit_whole()
    {
        using var folder = new TempFolder();
        var index = folder.File("memory");
        int committed;
        using (var memory = TranslationMemory.Open(index))
        {
            committed = memory.Add(ReportUnits.Value).Added;
        }

        using var child = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(TestContext.CurrentContext.TestDirectory, "Alignment.Cli.dll"), "index", LargeTmx.Value, "--index", index },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var indexing = new ManualResetEventSlim();
        var said = new System.Collections.Concurrent.ConcurrentQueue<string>();
        child.ErrorDataReceived += (_, e) =>
        {
            said.Enqueue(e.Data ?? string.Empty);
            if (e.Data?.Contains("indexing into", StringComparison.Ordinal) == true)
            {
                indexing.Set();
            }
        };
        child.BeginErrorReadLine();
        child.BeginOutputReadLine();
        Assert.That(indexing.Wait(TimeSpan.FromSeconds(30)), Is.True, "the indexer started writing");
        Thread.Sleep(TestContext.CurrentContext.Random.Next(0, 1500));
        Assert.That(child.HasExited, Is.False, () => $"the kill comes while the indexer is still writing; it said:\n{string.Join('\n', said)}");
        child.Kill(entireProcessTree: true);
        child.WaitForExit();

        using (var reader = TranslationMemory.OpenReadOnly(index))
        {
            var count = reader.GetStatistics().UnitCount;
            Assert.That(count, Is.EqualTo(committed).Or.EqualTo(committed + largeUnits), "only whole commits survive");
            Assert.That(reader.Lookup("会员国应努力加强电子证据收集方面的合作。", Language.Chinese, Language.English)[0].Score.Value, Is.GreaterThanOrEqualTo(99));
        }

        using var again = TranslationMemory.Open(index);
        Assert.That(again.Add(ReportUnits.Value).Added, Is.Zero, "the memory takes writes again and still knows its units");
    }

    private static readonly Lazy<IReadOnlyList<TranslationUnit>> ReportUnits = new(() =>
        AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"))));

    /// <summary>Tens of thousands of distinct units (the report's, numbered) so that indexing takes a few seconds.</summary>
    private static string WriteLargeTmx()
    {
        var path = Inputs.File("large.tmx");
        var units = Enumerable.Range(1, 150).SelectMany(copy => ReportUnits.Value.Select(u => u with
        {
            Id = $"{u.Id}/{copy}",
            Source = u.Source with { Text = $"{u.Source.Text}（第 {copy} 版）" },
            Target = u.Target with { Text = $"{u.Target.Text} (version {copy})" },
        })).ToList();
        largeUnits = units.Count;
        TmxWriter.Write(path, units, new TmxWriteOptions(Language.Chinese));
        return path;
    }
}
