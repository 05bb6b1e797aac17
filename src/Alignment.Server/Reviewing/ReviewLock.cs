using System.Diagnostics;
using System.Globalization;

namespace Alignment.Server.Reviewing;

/// <summary>
/// One process at a time reviews a review file: an exclusive lock on a hidden file beside it
/// (<c>.report.review.json.lock</c>), taken before the review is opened and held until the session is disposed. The
/// operating system drops the lock when the process ends, however it ends, so a killed review never leaves its file
/// locked. Without it two processes would each save their own edits over the other's.
/// </summary>
/// <remarks>
/// The lock is a file opened with <see cref="FileShare.None"/> (a share mode on Windows, an exclusive <c>flock</c> on
/// Unix), as the memory's writer lock is. Sessions of one process share it: they are one owner, and a process that
/// opens a review again (a server asked twice, a test) must not lock itself out. The holder's process id is written
/// into the lock file's sibling for the message of whoever is refused. Thread-safe.
/// </remarks>
internal sealed class ReviewLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    private static readonly Dictionary<string, Held> HeldHere = new(StringComparer.Ordinal);

    private readonly string reviewFile;
    private bool released;

    private ReviewLock(string reviewFile) => this.reviewFile = reviewFile;

    /// <summary>The lock file of <paramref name="reviewFile"/>: hidden, beside it.</summary>
    public static string PathOf(string reviewFile) =>
        Path.Combine(Path.GetDirectoryName(reviewFile) ?? string.Empty, "." + Path.GetFileName(reviewFile) + ".lock");

    /// <summary>Takes the lock on <paramref name="reviewFile"/> (a full path), waiting up to <paramref name="timeout"/> for another process to let it go.</summary>
    /// <exception cref="InputException">Another process held it all that time, or its folder cannot hold a lock file.</exception>
    public static ReviewLock Acquire(string reviewFile, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            lock (HeldHere)
            {
                if (HeldHere.TryGetValue(reviewFile, out var held) || TryTake(reviewFile) is { } taken && HeldHere.TryAdd(reviewFile, held = taken))
                {
                    held.Sessions++;
                    return new ReviewLock(reviewFile);
                }
            }

            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new InputException(reviewFile, HolderDescription(reviewFile) + "; finish that review first, or stop it");
            }

            Thread.Sleep(left < PollInterval ? left : PollInterval);
        }
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
            TryDelete(HolderPath(reviewFile));
            held.File.Dispose();

            // Whoever opened the file just before it went sees that it is gone once they hold it, and tries again.
            TryDelete(PathOf(reviewFile));
        }
    }

    private static Held? TryTake(string reviewFile)
    {
        var path = PathOf(reviewFile);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(reviewFile, $"cannot be reviewed: its lock file {Path.GetFileName(path)} cannot be created ({e.Message})", e);
        }

        if (!File.Exists(path))
        {
            file.Dispose();
            return null;
        }

        try
        {
            File.WriteAllText(HolderPath(reviewFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the refused process's message is poorer for it.
        }

        return new Held(file);
    }

    // Someone holds the lock, as opposed to a bad path or permissions: EWOULDBLOCK from flock on Linux (11) and
    // macOS (35), a sharing or lock violation on Windows.
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static string HolderPath(string reviewFile) => PathOf(reviewFile) + ".pid";

    private static string HolderDescription(string reviewFile)
    {
        try
        {
            if (int.TryParse(File.ReadAllText(HolderPath(reviewFile)), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                return $"is being reviewed by another process (pid {pid})";
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or being written: described without a pid.
        }

        return "is being reviewed by another process";
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Held open by someone else (Windows): it stays, and is harmless.
        }
    }

    private sealed class Held(FileStream file)
    {
        public FileStream File { get; } = file;

        public int Sessions { get; set; }
    }
}
