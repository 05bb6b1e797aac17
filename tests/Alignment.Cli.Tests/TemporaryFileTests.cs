using System.Diagnostics;
using System.Runtime.InteropServices;
using Alignment.Cli.CommandLine;
using Alignment.Interchange;
using Alignment.Tests;

namespace Alignment.Cli.Tests;

/// <summary>
/// Outputs are written to a temporary file beside the target and renamed over it when complete. Errors name the
/// target; an interrupted write (Ctrl-C, SIGTERM) leaves the target as it was and no temporary file; a temporary
/// file left by a killed process is swept away by the next write to the same target.
/// </summary>
public sealed class TemporaryFileTests
{
    private TempFolder folder = null!;

    [SetUp]
    public void CreateFolder() => folder = new TempFolder();

    [TearDown]
    public void DeleteFolder() => folder.Dispose();

    [Test]
    public void A_failed_write_names_the_target_not_the_temporary_file()
    {
        var target = folder.File("report.tmx");
        File.WriteAllText(target, "the previous alignment");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(target, stream => throw new IOException($"No space left on device : '{((FileStream)stream).Name}'")));

        Assert.That(error!.Message, Is.EqualTo($"{target}: cannot be written: No space left on device"));
        Assert.That(folder.Files, Is.EqualTo(new[] { "report.tmx" }));
        Assert.That(File.ReadAllText(target), Is.EqualTo("the previous alignment"));
    }

    [Test]
    public void An_output_that_is_a_folder_is_refused_before_any_work()
    {
        var target = Directory.CreateDirectory(folder.File("report.tmx")).FullName;
        var before = folder.Snapshot();

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", target);

        Assert.That(folder.Snapshot(), Is.EqualTo(before));
        Assert.That(run.ExitCode, Is.EqualTo(CliApplication.InputError));
        Assert.That(run.ErrorLines, Is.EqualTo(new[] { $"alignment align: error: {target}: is a folder; name the file to write" }));
        Assert.That(run.Error, Does.Not.Contain("» reading"), "nothing was read");
    }

    [Test]
    public void A_target_whose_name_is_long_is_written_although_its_temporary_file_has_a_longer_name()
    {
        var target = folder.File(new string('r', 240) + ".tsv");

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", target);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(folder.Files, Is.EqualTo(new[] { Path.GetFileName(target) }));
    }

    [Test]
    public void Unfinished_writes_are_deleted_on_request_and_their_targets_kept()
    {
        var target = folder.File("report.tmx");
        File.WriteAllText(target, "the previous alignment");
        using var writing = new ManualResetEventSlim();
        using var interrupted = new ManualResetEventSlim();

        var write = Task.Run(() => AtomicFile.Write(target, stream =>
        {
            stream.Write("<tmx"u8);
            writing.Set();
            interrupted.Wait();
            stream.Write(" version=\"1.4\">"u8);
        }));
        writing.Wait();
        Assert.That(folder.Files, Has.Length.EqualTo(2), "the write is under way in a temporary file");
        AtomicFile.DeleteUnfinished();
        interrupted.Set();

        Assert.That(() => write.GetAwaiter().GetResult(), Throws.InstanceOf<IOException>());
        Assert.That(folder.Files, Is.EqualTo(new[] { "report.tmx" }));
        Assert.That(File.ReadAllText(target), Is.EqualTo("the previous alignment"));
    }

    [Test]
    public void Temporary_files_of_dead_processes_are_swept_by_the_next_write_and_those_of_live_ones_kept()
    {
        var target = folder.File("report.tsv");
        using var finished = Process.Start(new ProcessStartInfo("dotnet", "--version") { RedirectStandardOutput = true })!;
        finished.WaitForExit();
        var abandoned = $".report.tsv.{finished.Id}.{Guid.NewGuid():N}.tmp";
        var live = $".report.tsv.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var unrelated = $".other.tsv.{finished.Id}.{Guid.NewGuid():N}.tmp";
        foreach (var name in new[] { abandoned, live, unrelated })
        {
            File.WriteAllText(folder.File(name), "half a table");
        }

        var run = CliRun.Of("align", Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"), "-o", target);

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(folder.Files, Is.EquivalentTo(new[] { live, unrelated, "report.tsv" }));
    }

    /// <summary>
    /// On a loaded machine the write can end between seeing the temporary file and the signal's arrival; such a run
    /// must have replaced the target whole, and the signal is tried again until one lands during a write.
    /// </summary>
    [TestCase("TERM", 143)]
    [TestCase("INT", 130)]
    public void A_signal_during_a_write_leaves_the_target_as_it_was_and_no_temporary_file(string signal, int exitCode)
    {
        var zh = folder.File("zh40.txt");
        var en = folder.File("en40.txt");
        File.WriteAllText(zh, string.Concat(Enumerable.Repeat(Corpus.ChineseText, 40)));
        File.WriteAllText(en, string.Concat(Enumerable.Repeat(Corpus.EnglishText, 40)));
        var target = folder.File("report.tmx");

        for (var attempt = 1; ; attempt++)
        {
            File.WriteAllText(target, "the previous alignment");
            var stopped = SignalDuringWrite(zh, en, target, signal == "TERM" ? 15 : 2);
            Assert.That(folder.Files, Is.EqualTo(new[] { "en40.txt", "report.tmx", "zh40.txt" }), "no temporary file is left");
            if (stopped == 0 && attempt < 5)
            {
                Assert.That(File.ReadAllText(target), Does.EndWith("</tmx>"), "a write the signal came too late for is complete");
                continue;
            }

            Assert.That(stopped, Is.EqualTo(exitCode), "the signal stopped the tool");
            Assert.That(File.ReadAllText(target), Is.EqualTo("the previous alignment"));
            return;
        }
    }

    /// <summary>Starts an alignment, sends the signal as soon as its temporary output exists, and gives its exit code.</summary>
    private int SignalDuringWrite(string zh, string en, string target, int signal)
    {
        // A test run started in the background by a script inherits SIGINT ignored, and so would the tool: env puts the
        // default back before it runs dotnet (in the same process, so the pid is the tool's).
        using var child = Process.Start(new ProcessStartInfo("env")
        {
            ArgumentList = { "--default-signal=INT", "dotnet", Path.Combine(TestContext.CurrentContext.TestDirectory, "Alignment.Cli.dll"), "align", zh, en, "-o", target },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var clock = Stopwatch.StartNew();
        while (!child.HasExited && !folder.Files.Any(f => f.EndsWith(".tmp", StringComparison.Ordinal)) && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            Thread.Sleep(2);
        }

        Assert.That(child.HasExited, Is.False, "the output is being written");
        // Sent from this process: starting a kill(1) process takes long enough on a loaded machine for the write to end.
        Assert.That(Kill(child.Id, signal), Is.Zero);
        Assert.That(child.WaitForExit(TimeSpan.FromMinutes(1)), Is.True);
        return child.ExitCode;
    }

    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the test project for this one call.
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
