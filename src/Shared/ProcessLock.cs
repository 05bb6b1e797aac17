using System.Diagnostics;
using System.Globalization;

namespace Alignment.Shared;

/// <summary>
/// An exclusive lock across processes on one file, and the process id of its holder in a sibling file for the
/// message of whoever is kept out. The operating system drops the lock when the process ends, however it ends.
/// </summary>
/// <remarks>
/// The lock is the lock file opened with <see cref="FileShare.None"/>: a share mode on Windows, an exclusive
/// <c>flock</c> of that open file on Unix, which neither another process nor a second open in the same process gets.
/// This file is compiled into the memory (its writer lock) and the review server (its review lock): the two share its
/// source, not internals. Not thread-safe; its owners serialise their use of it.
/// </remarks>
internal sealed class ProcessLock : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream file;
    private bool released;

    private ProcessLock(FileStream file, string lockPath, string holderPath)
    {
        this.file = file;
        LockPath = lockPath;
        HolderPath = holderPath;
    }

    /// <summary>The file whose exclusive open is the lock.</summary>
    public string LockPath { get; }

    /// <summary>The file that names the holder's process id while the lock is held.</summary>
    public string HolderPath { get; }

    /// <summary>
    /// Whether .NET was told not to lock files in this process, in which case <see cref="TryTake"/> would exclude
    /// nobody and its owner must refuse to work.
    /// </summary>
    public static bool IsFileLockingDisabled
    {
        get
        {
            var variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING");
            return (AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled)
                || variable == "1" || string.Equals(variable, "true", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>
    /// Takes the lock on <paramref name="lockPath"/> (creating the file, not its folder) and writes this process's id
    /// into <paramref name="holderPath"/>, or returns <see langword="null"/> when someone else holds it.
    /// </summary>
    /// <exception cref="IOException">The lock file cannot be created or opened, for a reason other than another holder.</exception>
    /// <exception cref="UnauthorizedAccessException">The lock file cannot be created or opened for lack of permission.</exception>
    public static ProcessLock? TryTake(string lockPath, string holderPath)
    {
        FileStream file;
        try
        {
            file = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }

        if (!File.Exists(lockPath))
        {
            // The holder before us removed the file while we were opening it (Release with removeLockFile): the lock
            // we got excludes nobody who opens the path now.
            file.Dispose();
            return null;
        }

        try
        {
            File.WriteAllText(holderPath, Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the message of whoever is kept out is poorer for it.
        }

        return new ProcessLock(file, lockPath, holderPath);
    }

    /// <summary>
    /// Calls <paramref name="attempt"/> until it gives a value, polling until <paramref name="timeout"/> has passed,
    /// then throws what <paramref name="timedOut"/> makes. <paramref name="waiting"/>, when given, is called once, when
    /// the first attempt fails and there is time left to wait.
    /// </summary>
    public static T WaitFor<T>(TimeSpan timeout, Func<T?> attempt, Func<Exception> timedOut, Action? waiting = null)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        for (var first = true; ; first = false)
        {
            if (attempt() is { } taken)
            {
                return taken;
            }

            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw timedOut();
            }

            if (first)
            {
                waiting?.Invoke();
            }

            Thread.Sleep(left < PollInterval ? left : PollInterval);
        }
    }

    /// <summary>The process id written in <paramref name="holderPath"/>, or <see langword="null"/> when it is gone or unreadable.</summary>
    public static int? ReadHolder(string holderPath)
    {
        try
        {
            return int.TryParse(File.ReadAllText(holderPath), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or being written.
            return null;
        }
    }

    /// <summary>Releases the lock; the lock file stays, so that whoever waits on it keeps waiting on the same file.</summary>
    public void Dispose() => Release(removeLockFile: false);

    /// <summary>
    /// Releases the lock, and removes the lock file when <paramref name="removeLockFile"/> is set. Whoever opened the
    /// file just before it went sees that it is gone once they hold it, and tries again (see <see cref="TryTake"/>).
    /// Releasing twice does nothing.
    /// </summary>
    public void Release(bool removeLockFile)
    {
        if (released)
        {
            return;
        }

        released = true;
        TryDelete(HolderPath);
        file.Dispose();
        if (removeLockFile)
        {
            TryDelete(LockPath);
        }
    }

    // The open failed because someone holds the lock, not because of the path or permissions: EWOULDBLOCK from flock
    // on Linux (11) and macOS (35), a sharing or lock violation on Windows.
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

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
}
