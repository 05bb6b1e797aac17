using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using FileDirectory = System.IO.Directory;

namespace Alignment.Memory.Storage;

/// <summary>
/// Keeps a read-only memory's searchers on the latest commit of whichever process writes it, off the search path:
/// a timer looks every <see cref="Interval"/> and refreshes the searchers when the folder has changed. Searches go
/// on meanwhile with the searcher they hold; the next search after a refresh gets the new commit.
/// </summary>
/// <remarks>
/// Lucene finds out whether there is a new commit by listing the folder and reading every segment's header, which
/// is not free on a memory of many segments. A commit renames a file into the folder, which moves the folder's
/// modification time, so one look at that time tells when to ask; after <see cref="RecheckAfter"/> Lucene is asked
/// anyway, for file systems whose times are too coarse to tell two changes a moment apart. A refresh that fails
/// (a writer deleting the files of the commit being opened, say) leaves the searchers as they were until the next
/// look.
/// </remarks>
internal sealed class CommitWatcher : IDisposable
{
    /// <summary>How often the folder is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(1);

    private readonly SearcherManager searchers;
    private readonly string? folder;
    private readonly Timer timer;
    private readonly object gate = new();
    private DateTime folderTimeSeen;
    private long askedAt;
    private bool disposed;

    public CommitWatcher(SearcherManager searchers, Directory directory)
    {
        this.searchers = searchers;
        folder = (directory as FSDirectory)?.Directory.FullName;
        askedAt = Environment.TickCount64;
        folderTimeSeen = folder is null ? default : FileDirectory.GetLastWriteTimeUtc(folder);
        timer = new Timer(_ => Look(), null, Interval, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Stops watching; returns once a refresh under way has finished.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timer.Dispose();
        }
    }

    private void Look()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            try
            {
                if (MayHaveNewCommit())
                {
                    searchers.MaybeRefresh();
                }
            }
#pragma warning disable CA1031 // A failed refresh must not end the application that reads the memory.
            catch (Exception)
            {
                // The searchers stay as they were; the next look tries again.
            }
#pragma warning restore CA1031

            timer.Change(Interval, Timeout.InfiniteTimeSpan);
        }
    }

    // The time is read before Lucene is asked, so that a commit landing in between is seen at the next look.
    private bool MayHaveNewCommit()
    {
        if (folder is null)
        {
            return true;
        }

        var time = FileDirectory.GetLastWriteTimeUtc(folder);
        var now = Environment.TickCount64;
        if (time == folderTimeSeen && now - askedAt < RecheckAfter.TotalMilliseconds)
        {
            return false;
        }

        (folderTimeSeen, askedAt) = (time, now);
        return true;
    }
}
