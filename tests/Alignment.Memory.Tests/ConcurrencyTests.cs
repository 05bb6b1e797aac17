using System.Collections.Concurrent;
using Alignment.Documents;
using Alignment.Interchange;

namespace Alignment.Memory.Tests;

public class ConcurrencyTests
{
    [Test]
    public void Lookups_keep_answering_while_a_writer_adds_and_see_each_commit()
    {
        using var memory = TranslationMemory.OpenInMemory();
        var units = CorpusUnits.Units;
        var probe = units[^1].Source.Text;
        memory.Add(units.Take(units.Count / 2));
        var failures = new ConcurrentQueue<Exception>();
        var answers = new ConcurrentQueue<int>();
        var writing = true;

        var reader = Task.Run(() =>
        {
            while (Volatile.Read(ref writing))
            {
                try
                {
                    answers.Enqueue(memory.Concordance("证据", Language.Chinese).TotalUnits);
                    memory.Lookup(probe, Language.Chinese, Language.English);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
            }
        });
        foreach (var batch in units.Skip(units.Count / 2).Chunk(10))
        {
            memory.Add(batch.Select(u => u with { Provenance = u.Provenance with { Document = "batch" } }).Append(Filler(batch[0].Id)));

            // Let the reader answer at least once between commits, however busy the machine.
            var answered = answers.Count;
            SpinWait.SpinUntil(() => answers.Count > answered || reader.IsCompleted, TimeSpan.FromSeconds(30));
        }

        Volatile.Write(ref writing, false);
        reader.Wait();

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(answers, Has.Count.GreaterThan(1));
            Assert.That(answers, Is.Ordered, "a reader never sees the memory shrink while units are only added");
            Assert.That(memory.Lookup(probe, Language.Chinese, Language.English)[0].Score.Value, Is.EqualTo(100));
        });
    }

    [Test]
    public void Lookups_run_in_parallel_with_the_same_answers()
    {
        using var memory = TranslationMemory.OpenInMemory();
        memory.Add(CorpusUnits.Units);
        var queries = CorpusUnits.Units.Select(u => u.Source.Text[..^2]).ToList();
        var sequential = queries.Select(q => Describe(memory.Lookup(q, Language.Chinese, Language.English))).ToList();

        var parallel = queries.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(q => Describe(memory.Lookup(q, Language.Chinese, Language.English))).ToList();

        Assert.That(parallel, Is.EqualTo(sequential));
    }

    private static TranslationUnit Filler(string id) => Units.Pair($"填充句{id}。", $"Filler {id}.");

    private static string Describe(IReadOnlyList<FuzzyMatch> matches) => string.Join("|", matches.Select(m => $"{m.Unit.Id}:{m.Score}"));
}
