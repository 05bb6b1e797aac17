using System.Diagnostics;
using System.Globalization;
using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Alignment.Memory.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NUnit.Framework.Internal;

namespace Alignment.Memory.Tests;

/// <summary>
/// Eight writers and eight readers on one memory, each in a process of its own, writers killed (SIGKILL) at random
/// moments: every unit of every writer that reported success is there exactly once, what any writer added is there
/// whole or not at all, no reader ever fails, and Lucene's CheckIndex finds nothing wrong. The writers add as
/// <c>alignment index</c> does (open for writing, add, close); the readers keep a memory open read-only and open
/// fresh ones, as CAT tools do. The run lasts 10 seconds; <c>ALIGNMENT_PROCESS_TEST=long</c> makes it 60.
/// </summary>
public class MultiProcessTests
{
    private const int Writers = 8;
    private const int Readers = 8;
    private const int UnitsPerWriter = 100;

    // A writer to be killed while it writes gets more to write, so that the kill finds it still at work.
    private const int UnitsPerWriterKilledWriting = 1000;
    private const int CommittedFirst = 200;

    // Writers wait their turn rather than give up: the test is about what they leave, not about how long they wait.
    private const int LockTimeoutMilliseconds = 180_000;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(Environment.GetEnvironmentVariable("ALIGNMENT_PROCESS_TEST") == "long" ? 60 : 10);

    private static readonly TimeSpan Drain = TimeSpan.FromMinutes(5);

    [Test]
    public void Writers_killed_at_random_lose_nothing_committed_and_readers_never_fail()
    {
        using var folder = new TempFolder();
        var memory = folder.Combine("memory");
        var probes = WriteBatch(folder, 0, CommittedFirst);
        using (var first = TranslationMemory.Open(memory))
        {
            first.Add(UnitTable.Read(probes, UnitTableFormat.Tsv, Language.Chinese, Language.English));
        }

        var random = TestContext.CurrentContext.Random;
        var readers = Enumerable.Range(0, Readers)
            .Select(_ => HostProcess.Start("read", memory, probes, Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var writers = new List<Writer>();
        try
        {
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Duration)
            {
                while (writers.Count(w => !w.Process.HasExited) < Writers)
                {
                    var batch = writers.Count + 1;
                    var kill = Kill(batch, random);
                    var units = kill?.AfterOpening == true ? UnitsPerWriterKilledWriting : UnitsPerWriter;
                    var process = HostProcess.Start("write", memory, WriteBatch(folder, batch, units), LockTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture));
                    writers.Add(new Writer(batch, units, process, clock.Elapsed, kill));
                }

                KillThoseDue(writers, clock.Elapsed);
                Thread.Sleep(20);
            }

            var draining = Stopwatch.StartNew();
            while (writers.Any(w => !w.Process.HasExited) && draining.Elapsed < Drain)
            {
                KillThoseDue(writers, clock.Elapsed);
                Thread.Sleep(20);
            }

            Assert.That(writers.All(w => w.Process.WaitForExit(TimeSpan.Zero)), Is.True, "every writer finished within the drain time");
            Assert.That(readers.All(r => r.WaitForExit(Duration + Drain)), Is.True, "every reader finished");

            var succeeded = writers.Where(w => w.Process.ExitCode == 0 && w.Process.Output.Contains("committed")).ToList();
            TestContext.Out.WriteLine($"{writers.Count} writers: {succeeded.Count} reported success, {writers.Count(w => w.Process.Killed)} killed ({writers.Count(w => w.Process.Killed && w.OpenedAt is not null)} with the memory open); readers: {string.Join(", ", readers.Select(r => string.Join(' ', r.Output)))}");
            var stored = StoredSourceTexts(memory);
            Assert.Multiple(() =>
            {
                foreach (var reader in readers)
                {
                    Assert.That(reader.ExitCode, Is.Zero, $"reader {reader.Id} failed: {reader.Error}");
                }

                foreach (var writer in writers.Where(w => !w.Process.Killed))
                {
                    Assert.That((writer.Process.ExitCode, writer.Process.Output.Contains("committed")), Is.EqualTo((0, true)), $"writer {writer.Batch} failed: {writer.Process.Error}");
                }

                Assert.That(succeeded, Has.Count.GreaterThanOrEqualTo(Writers / 2), "enough writers got to write for the test to mean something");
                Assert.That(writers.Count(w => w.Process.Killed && w.OpenedAt is not null), Is.GreaterThanOrEqualTo(1), "some writers were killed with the memory open");
                Assert.That(stored.Where(p => p.Value > 1).Select(p => p.Key), Is.Empty, "no unit is stored twice");
                Assert.That(Enumerable.Range(0, CommittedFirst).Count(i => stored.ContainsKey(Source(0, i))), Is.EqualTo(CommittedFirst), "the first commit is whole");
                foreach (var writer in writers)
                {
                    var present = Enumerable.Range(0, writer.Units).Count(i => stored.ContainsKey(Source(writer.Batch, i)));
                    if (succeeded.Contains(writer))
                    {
                        Assert.That(present, Is.EqualTo(writer.Units), $"writer {writer.Batch} reported success");
                    }
                    else
                    {
                        Assert.That(present, Is.EqualTo(0).Or.EqualTo(writer.Units), $"writer {writer.Batch} (killed) left all of its units or none");
                    }
                }

                Assert.That(CheckIndex(memory), Is.Empty, "Lucene's CheckIndex finds the memory clean");
            });
        }
        finally
        {
            foreach (var process in writers.Select(w => w.Process).Concat(readers))
            {
                process.Dispose();
            }
        }
    }

    // One writer in three is killed: one in six while it starts or waits for the memory, one in six while it writes
    // (up to a second after it has the memory), at a random moment.
    private static KillPlan? Kill(int batch, Randomizer random) => (batch % 6) switch
    {
        1 => new KillPlan(AfterOpening: false, TimeSpan.FromMilliseconds(random.Next(0, 2000))),
        4 => new KillPlan(AfterOpening: true, TimeSpan.FromMilliseconds(random.Next(0, 1000))),
        _ => null,
    };

    private static void KillThoseDue(List<Writer> writers, TimeSpan now)
    {
        foreach (var writer in writers.Where(w => w.Kill is not null && !w.Process.Killed && !w.Process.HasExited))
        {
            if (writer.OpenedAt is null && writer.Process.Output.Contains("open"))
            {
                writer.OpenedAt = now;
            }

            var from = writer.Kill!.AfterOpening ? writer.OpenedAt : writer.StartedAt;
            if (from + writer.Kill.Delay <= now)
            {
                writer.Process.Kill();
            }
        }
    }

    // The units of one writer (batch 0: those committed before the others start), distinct from all others' and
    // written as a TSV file, as `alignment index` reads them.
    private static string WriteBatch(TempFolder folder, int batch, int count)
    {
        var path = folder.Combine($"batch-{batch}.tsv");
        File.WriteAllLines(path, Enumerable.Range(0, count).Select(i => $"{Source(batch, i)}\tMember States should review procedure {batch}-{i} of international cooperation."));
        return path;
    }

    private static string Source(int batch, int i) => $"会员国应审查国际合作的第{batch}-{i}号程序。";

    // How many times each source text is stored, over the live units of the last commit.
    private static Dictionary<string, int> StoredSourceTexts(string memory)
    {
        using var store = IndexStore.OpenReadOnly(memory);
        return store.Read(searcher =>
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var units = new StoredUnits(searcher);
            return Enumerable.Range(0, reader.MaxDoc)
                .Where(doc => live is null || live.Get(doc))
                .GroupBy(doc => units.Load(doc).Source.Text, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        });
    }

    // CheckIndex's report when the index is not clean; empty when it is.
    private static string CheckIndex(string memory)
    {
        using var directory = FSDirectory.Open(memory);
        using var report = new StringWriter();
        var check = new Lucene.Net.Index.CheckIndex(directory) { InfoStream = report };
        return check.DoCheckIndex().Clean ? string.Empty : report.ToString();
    }

    private sealed record KillPlan(bool AfterOpening, TimeSpan Delay);

    private sealed record Writer(int Batch, int Units, HostProcess Process, TimeSpan StartedAt, KillPlan? Kill)
    {
        public TimeSpan? OpenedAt { get; set; }
    }
}
