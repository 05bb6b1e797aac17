using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Alignment.Interchange;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Adds units to the index with duplicate detection, analysing and inverting them on several threads: that is most of
/// the cost of adding a unit. The calling thread decides, in input order, whether each unit is
/// new or a duplicate. Units go in batches to the lane with the least work waiting, or when all are full to the first
/// to make room, so that while one thread writes out a segment (seconds, in a large memory) the others keep indexing;
/// a unit with the same identity as one added earlier in the call follows it through its lane, so that an overwrite
/// can never be overtaken by what it replaces. Within equal scores, results therefore follow the index's internal
/// order, which a bulk add does not fix.
/// </summary>
internal static class UnitWriter
{
    // Units are handed over in batches: handing over each alone woke a waiting thread for nearly every unit (2.6
    // context switches a unit, measured with perf stat).
    private const int BatchSize = 32;

    private const int BatchesPerLane = 8;

    // The lane of a unit whose batch has not been handed over yet.
    private const int Unassigned = -1;

    private static int Lanes => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Adds <paramref name="units"/> through <paramref name="writer"/> without committing.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="committed">A reader of the last commit, for the units already stored.</param>
    /// <param name="units">The units to add.</param>
    /// <param name="policy">What to do with a unit already stored.</param>
    public static AddReport Add(IndexWriter writer, IndexReader committed, IEnumerable<TranslationUnit> units, DuplicatePolicy policy)
    {
        int added = 0, skipped = 0, overwritten = 0;
        var storedPairs = new KnownTerms(committed, IndexSchema.Pair);
        var storedReadings = new KnownTerms(committed, IndexSchema.Duplicate);
        var thisCall = new Dictionary<string, (bool Copy, int Lane)>(StringComparer.Ordinal);
        var readingsThisCall = new HashSet<string>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource();
        var lanes = Enumerable.Range(0, Lanes).Select(_ => new BlockingCollection<Work[]>(BatchesPerLane)).ToArray();
        var workers = lanes.Select(lane => Task.Factory.StartNew(() => Write(writer, lane, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        var batch = new List<Work>(BatchSize);
        try
        {
            foreach (var unit in units)
            {
                ArgumentNullException.ThrowIfNull(unit, nameof(units));
                if (unit.Source.Language.IsSameLanguageAs(unit.Target.Language))
                {
                    throw new ArgumentException($"Unit '{unit.Id}' has both segments in {unit.Source.Language.Code}; a memory pairs two languages.", nameof(units));
                }

                var key = IndexSchema.PairKey(unit);
                var knownThisCall = thisCall.TryGetValue(key, out var earlier);
                var known = knownThisCall || storedPairs.Contains(key);
                if (known && policy == DuplicatePolicy.Keep)
                {
                    skipped++;
                    continue;
                }

                // A replacement keeps the place of what it replaces, first of its readings or a copy.
                var reading = IndexSchema.DuplicateKey(unit);
                var copy = knownThisCall ? earlier.Copy
                    : known ? storedPairs.IsCopy(key)
                    : readingsThisCall.Contains(reading) || storedReadings.Contains(reading);
                _ = known ? overwritten++ : added++;
                readingsThisCall.Add(reading);
                var work = new Work(unit, key, reading, known, copy);
                if (knownThisCall && earlier.Lane != Unassigned)
                {
                    lanes[earlier.Lane].Add([work], stop.Token);
                    continue;
                }

                // A unit repeating one in the batch being filled goes in the same batch, behind it.
                batch.Add(work);
                thisCall[key] = (copy, Unassigned);
                if (batch.Count == BatchSize)
                {
                    HandOver(batch, lanes, thisCall, stop.Token);
                }
            }

            HandOver(batch, lanes, thisCall, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A worker failed and cancelled the rest: its exception is the one Finish reports.
        }
        catch
        {
            stop.Cancel();
            Finish(lanes, workers);
            throw;
        }

        Finish(lanes, workers);
        return new AddReport(added, skipped, overwritten);
    }

    // Queues a batch to the least busy lane, or when every lane is full, to the first to make room, and records
    // each unit's lane so that a later overwrite of it follows it. Waiting on one chosen lane let a lane writing
    // out a segment (seconds) hold up the others, which emptied their queues and stood idle: over a 400,000-unit
    // add on two cores, 1.87 cores were busy on average before, 1.93 after.
    private static void HandOver(List<Work> batch, BlockingCollection<Work[]>[] lanes, Dictionary<string, (bool Copy, int Lane)> thisCall, CancellationToken stop)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var works = batch.ToArray();
        var lane = LeastBusy(lanes);
        if (!lanes[lane].TryAdd(works))
        {
            lane = BlockingCollection<Work[]>.AddToAny(lanes, works, stop);
        }

        foreach (var work in works)
        {
            thisCall[work.Key] = (work.Copy, lane);
        }

        batch.Clear();
    }

    private static int LeastBusy(BlockingCollection<Work[]>[] lanes)
    {
        var least = 0;
        for (var i = 1; i < lanes.Length; i++)
        {
            if (lanes[i].Count < lanes[least].Count)
            {
                least = i;
            }
        }

        return least;
    }

    private static void Write(IndexWriter writer, BlockingCollection<Work[]> lane, CancellationTokenSource stop)
    {
        using var builder = new UnitDocument();
        try
        {
            foreach (var works in lane.GetConsumingEnumerable(stop.Token))
            {
                foreach (var work in works)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var document = builder.Fill(work.Unit, work.Key, work.Reading, work.Copy);
                    if (work.Replaces)
                    {
                        writer.UpdateDocument(new Term(IndexSchema.Pair, work.Key), document);
                    }
                    else
                    {
                        writer.AddDocument(document);
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stop.Cancel();
            throw;
        }
    }

    // Lets the workers drain their lanes and rethrows the first failure among them (other than being cancelled).
    private static void Finish(BlockingCollection<Work[]>[] lanes, Task[] workers)
    {
        foreach (var lane in lanes)
        {
            lane.CompleteAdding();
        }

        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException e)
        {
            var failure = e.Flatten().InnerExceptions.FirstOrDefault(inner => inner is not OperationCanceledException);
            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }
        finally
        {
            foreach (var lane in lanes)
            {
                lane.Dispose();
            }
        }
    }

    /// <summary>
    /// Deletes every unit of <paramref name="document"/> without committing, and returns how many there were. Where a
    /// deleted unit was the first of units reading the same, the first surviving one takes its place.
    /// </summary>
    public static int DeleteDocument(IndexWriter writer, IndexSearcher committed, string document)
    {
        var term = new Term(IndexSchema.DocumentName, document);
        var hits = committed.Search(new TermQuery(term), Math.Max(1, committed.IndexReader.MaxDoc)).ScoreDocs;
        if (hits.Length == 0)
        {
            return 0;
        }

        var stored = new StoredUnits(committed);
        var firsts = hits
            .Where(hit => !IsCopy(committed.IndexReader, hit.Doc))
            .Select(hit => IndexSchema.DuplicateKey(stored.Load(hit.Doc)))
            .ToList();
        writer.DeleteDocuments(term);
        using var builder = new UnitDocument();
        foreach (var reading in firsts)
        {
            var survivor = committed.Search(new TermQuery(new Term(IndexSchema.Duplicate, reading)), int.MaxValue).ScoreDocs
                .Select(hit => hit.Doc)
                .Order()
                .Select(stored.Load)
                .FirstOrDefault(unit => unit.Provenance.Document != document);
            if (survivor is not null)
            {
                var key = IndexSchema.PairKey(survivor);
                writer.UpdateDocument(new Term(IndexSchema.Pair, key), builder.Fill(survivor, key, reading, isCopy: false));
            }
        }

        return hits.Length;
    }

    private static bool IsCopy(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        return leaf.AtomicReader.GetNumericDocValues(IndexSchema.Copy)?.Get(doc - leaf.DocBase) == 1;
    }

    private readonly record struct Work(TranslationUnit Unit, string Key, string Reading, bool Replaces, bool Copy);
}
