namespace Alignment.Memory.Tests;

/// <summary>The single-writer rule between processes, and what a killed writer leaves.</summary>
public class ProcessLockTests
{
    [Test]
    public void A_writer_in_another_process_keeps_this_one_out_and_is_named_by_its_pid()
    {
        using var folder = new TempFolder();
        using var holder = HostProcess.Start("hold", folder.Path);
        Assert.That(holder.WaitFor("holding", TimeSpan.FromSeconds(60)), Is.True, holder.Error);
        var before = FolderSnapshot.Of(folder.Path);

        var error = Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.FromMilliseconds(200) }).Dispose());

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo($"{folder.Path}: is being written by another process (pid {holder.Id}); try again when it has finished"));
            Assert.That(FolderSnapshot.Of(folder.Path), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_writer_that_starts_to_wait_is_told_once_who_holds_the_memory()
    {
        using var folder = new TempFolder();
        using var holder = HostProcess.Start("hold", folder.Path);
        Assert.That(holder.WaitFor("holding", TimeSpan.FromSeconds(60)), Is.True, holder.Error);
        var told = new List<string>();

        Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.FromMilliseconds(500), Waiting = told.Add }).Dispose());

        Assert.That(told, Is.EqualTo(new[] { $"{folder.Path}: is being written by another process (pid {holder.Id})" }));
    }

    [Test]
    public void A_writer_that_will_not_wait_is_not_told_it_waits()
    {
        using var folder = new TempFolder();
        using var holder = HostProcess.Start("hold", folder.Path);
        Assert.That(holder.WaitFor("holding", TimeSpan.FromSeconds(60)), Is.True, holder.Error);
        var told = new List<string>();

        Assert.Throws<InputException>(() => TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.Zero, Waiting = told.Add }).Dispose());

        Assert.That(told, Is.Empty);
    }

    [Test]
    public void A_writer_killed_with_the_memory_open_lets_the_next_one_in_at_once()
    {
        using var folder = new TempFolder();
        using (var memory = TranslationMemory.Open(folder.Path))
        {
            memory.Add([Units.Pair("证据", "evidence")]);
        }

        using var holder = HostProcess.Start("hold", folder.Path);
        Assert.That(holder.WaitFor("holding", TimeSpan.FromSeconds(60)), Is.True, holder.Error);

        holder.Kill();
        holder.WaitForExit(TimeSpan.FromSeconds(30));

        using var next = TranslationMemory.Open(folder.Path, new WriterOptions { LockTimeout = TimeSpan.Zero });
        Assert.That(next.Add([Units.Pair("电子证据", "electronic evidence")]).Added, Is.EqualTo(1));
    }

    [Test]
    public void A_writer_waiting_in_another_process_gets_the_memory_when_this_one_closes()
    {
        using var folder = new TempFolder();
        var units = Path.Combine(folder.Path, "..", Path.GetFileName(folder.Path) + ".tsv");
        File.WriteAllText(units, "新的句子。\tA new sentence.\n");
        try
        {
            HostProcess waiting;
            using (var memory = TranslationMemory.Open(folder.Path))
            {
                memory.Add([Units.Pair("证据", "evidence")]);
                waiting = HostProcess.Start("write", folder.Path, units, "60000");
                Thread.Sleep(1000);
                Assert.That(waiting.HasExited, Is.False, waiting.Error);
            }

            using (waiting)
            {
                Assert.That(waiting.WaitForExit(TimeSpan.FromSeconds(60)), Is.True);
                Assert.That((waiting.ExitCode, waiting.Output.Contains("committed")), Is.EqualTo((0, true)), waiting.Error);
            }

            using var reader = TranslationMemory.OpenReadOnly(folder.Path);
            Assert.That(reader.GetStatistics().UnitCount, Is.EqualTo(2));
        }
        finally
        {
            File.Delete(units);
        }
    }
}
