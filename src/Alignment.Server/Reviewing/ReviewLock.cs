using Alignment.Shared;

namespace Alignment.Server.Reviewing;

/// <summary>
/// One process at a time reviews a review file: an exclusive lock on a hidden file beside it
/// (<c>.report.review.json.lock</c>), taken before the review is opened and held until the session is disposed. The
/// operating system drops the lock when the process ends, however it ends, so a killed review never leaves its file
/// locked. Without it two processes would each save their own edits over the other's.
/// </summary>
/// <remarks>
/// The lock is a <see cref="ProcessLock"/>, as the memory's writer lock is. Sessions of one process share it: they are
/// one owner, and a process that opens a review again (a server asked twice, a test) must not lock itself out. The
/// holder's process id is written into the lock file's sibling for the message of whoever is refused. Thread-safe.
/// </remarks>
internal sealed class ReviewLock : IDisposable
{
    private static readonly Dictionary<string, Held> HeldHere = new(StringComparer.Ordinal);

    private readonly string reviewFile;
    private bool released;

    private ReviewLock(string reviewFile) => this.reviewFile = reviewFile;

    /// <summary>The lock file of <paramref name="reviewFile"/>: hidden, beside it.</summary>
    public static string PathOf(string reviewFile) =>
        Path.Combine(Path.GetDirectoryName(reviewFile) ?? string.Empty, "." + Path.GetFileName(reviewFile) + ".lock");

    /// <summary>Takes the lock on <paramref name="reviewFile"/> (a full path), waiting up to <paramref name="timeout"/> for another process to let it go.</summary>
    /// <exception cref="InputException">Another process held it all that time, its folder cannot hold a lock file, or file locking is turned off.</exception>
    public static ReviewLock Acquire(string reviewFile, TimeSpan timeout)
    {
        if (ProcessLock.IsFileLockingDisabled)
        {
            throw new InputException(reviewFile, "cannot be reviewed: file locking is turned off in this process (DOTNET_SYSTEM_IO_DISABLEFILELOCKING), and without it two reviews could save over each other");
        }

        return ProcessLock.WaitFor(
            timeout,
            () => TryShare(reviewFile),
            () => new InputException(reviewFile, HolderDescription(reviewFile) + "; finish that review first, or stop it"));
    }

    /// <summary>Lets go of this session's share; the last share of the process releases the lock and removes its files.</summary>
    public void Dispose()
    {
        lock (HeldHere)
        {
            if (released || !HeldHere.TryGetValue(reviewFile, out var held))
            {
                return;
            }

            released = true;
            if (--held.Sessions > 0)
            {
                return;
            }

            HeldHere.Remove(reviewFile);
            held.Lock.Release(removeLockFile: true);
        }
    }

    private static ReviewLock? TryShare(string reviewFile)
    {
        lock (HeldHere)
        {
            if (!HeldHere.TryGetValue(reviewFile, out var held))
            {
                if (TryTake(reviewFile) is not { } taken)
                {
                    return null;
                }

                HeldHere.Add(reviewFile, held = new Held(taken));
            }

            held.Sessions++;
            return new ReviewLock(reviewFile);
        }
    }

    private static ProcessLock? TryTake(string reviewFile)
    {
        var path = PathOf(reviewFile);
        try
        {
            return ProcessLock.TryTake(path, HolderPath(reviewFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(reviewFile, $"cannot be reviewed: its lock file {Path.GetFileName(path)} cannot be created ({e.Message})", e);
        }
    }

    private static string HolderPath(string reviewFile) => PathOf(reviewFile) + ".pid";

    private static string HolderDescription(string reviewFile) => ProcessLock.ReadHolder(HolderPath(reviewFile)) is { } pid
        ? $"is being reviewed by another process (pid {pid})"
        : "is being reviewed by another process";

    private sealed class Held(ProcessLock held)
    {
        public ProcessLock Lock { get; } = held;

        public int Sessions { get; set; }
    }
}
