using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Lucene.Net.Index;

namespace Alignment.Memory.Indexing;

/// <summary>
/// The threads that analyse and invert units for the index, which is most of the cost of adding one. Units go in
/// batches to the lane with the least work waiting, or when all are full to the first to make room, so that while one
/// thread writes out a segment (seconds, in a large memory) the others keep indexing. A unit replacing one handed
/// over earlier in the same add follows it through its lane, so that an overwrite can never be overtaken by what it
/// replaces. Within equal scores, search results therefore follow the index's internal order, which a bulk add does
/// not fix.
/// </summary>
internal sealed class WritingLanes : IDisposable
{
    // Units are handed over in batches: handing over each alone woke a waiting thread for nearly every unit
    // (docs/benchmarks.md, Memory).
    private const int BatchSize = 32;

    private const int BatchesPerLane = 8;

    private readonly BlockingCollection<UnitWork[]>[] lanes;
    private readonly Task[] workers;
    private readonly CancellationTokenSource stop = new();
    private readonly List<UnitWork> batch = new(BatchSize);

    // The lane each identity handed over in this add went to.
    private readonly Dictionary<string, int> laneOf = new(StringComparer.Ordinal);

    public WritingLanes(IndexWriter writer)
    {
        lanes = [.. Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, 4)).Select(_ => new BlockingCollection<UnitWork[]>(BatchesPerLane))];
        workers = [.. lanes.Select(lane => Task.Factory.StartNew(() => Write(writer, lane, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))];
    }

    /// <summary>True when a lane failed and stopped the others: <see cref="Complete"/> reports why.</summary>
    public bool Stopped => stop.IsCancellationRequested;

    /// <summary>Queues <paramref name="work"/>; throws <see cref="OperationCanceledException"/> once the lanes have <see cref="Stopped"/>.</summary>
    public void Post(UnitWork work)
    {
        if (laneOf.TryGetValue(work.Identity, out var lane))
        {
            lanes[lane].Add([work], stop.Token);
            return;
        }

        // A unit repeating one in the batch being filled goes in the same batch, behind it.
        batch.Add(work);
        if (batch.Count == BatchSize)
        {
            HandOver();
        }
    }

    /// <summary>Hands over what is left, lets the lanes drain, and rethrows the first failure among them.</summary>
    public void Complete()
    {
        if (!Stopped)
        {
            try
            {
                HandOver();
            }
            catch (OperationCanceledException) when (Stopped)
            {
                // A lane failed meanwhile: its failure is the one to report.
            }
        }

        Finish();
    }

    /// <summary>Stops the lanes without writing what they still hold, and waits for them.</summary>
    public void Abandon()
    {
        stop.Cancel();
        Finish();
    }

    // Queues the batch to the least busy lane, or when every lane is full, to the first to make room. Waiting on one
    // chosen lane let a lane writing out a segment hold up the others (docs/benchmarks.md, Memory).
    private void HandOver()
    {
        if (batch.Count == 0)
        {
            return;
        }

        var works = batch.ToArray();
        var lane = LeastBusy();
        if (!lanes[lane].TryAdd(works))
        {
            lane = BlockingCollection<UnitWork[]>.AddToAny(lanes, works, stop.Token);
        }

        foreach (var work in works)
        {
            laneOf[work.Identity] = lane;
        }

        batch.Clear();
    }

    private int LeastBusy()
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

    private static void Write(IndexWriter writer, BlockingCollection<UnitWork[]> lane, CancellationTokenSource stop)
    {
        using var builder = new UnitDocument();
        try
        {
            foreach (var works in lane.GetConsumingEnumerable(stop.Token))
            {
                foreach (var work in works)
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var document = builder.Fill(work.Unit, work.Identity, work.Reading, work.Copy);
                    if (work.Replaces)
                    {
                        writer.UpdateDocument(new Term(IndexSchema.Identity, work.Identity), document);
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
    private void Finish()
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
    }

    public void Dispose()
    {
        foreach (var lane in lanes)
        {
            lane.Dispose();
        }

        stop.Dispose();
    }
}
