using System.Diagnostics;
using System.Globalization;

namespace Alignment.Memory.Storage;

/// <summary>
/// The single-writer rule across processes: an exclusive lock on the memory's <see cref="FileName"/>, taken before
/// any Lucene writer is opened and held until it is closed. The operating system drops the lock when the process
/// ends, however it ends, so a killed writer never leaves the memory locked.
/// </summary>
/// <remarks>
/// Lucene's own <c>write.lock</c> is not enough: on Linux Lucene.Net takes it with a shared lock, which a second
/// process's writer gets as well; that writer then deletes the files it does not know of, the first writer's
/// unflushed segments among them. The lock here is a file opened with <see cref="FileShare.None"/>: on Windows a
/// share mode, on Unix an exclusive <c>flock</c> of that open file, which neither another process nor a second open
/// in the same process gets. While it is held, the holder's process id stands in <see cref="HolderFileName"/> (the
/// locked file itself cannot be read by others), for the message of whoever waits.
/// </remarks>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "writer.lock";

    public const string HolderFileName = "writer.pid";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    private readonly FileStream file;
    private readonly string folder;
    private bool released;

    private WriterLock(FileStream file, string folder)
    {
        this.file = file;
        this.folder = folder;
    }

    /// <summary>Whether <paramref name="file"/> (a name in a memory's folder) is one of the lock's files.</summary>
    public static bool IsLockFile(string file) => file is FileName or HolderFileName;

    /// <summary>
    /// Takes the lock on the memory in <paramref name="folder"/> (creating the folder and the lock file if they are
    /// missing, nothing else), waiting up to <paramref name="timeout"/> for another writer to close it.
    /// </summary>
    /// <exception cref="InputException">Another writer held it all that time, or the folder cannot hold a lock.</exception>
    public static WriterLock Acquire(string folder, string name, TimeSpan timeout)
    {
        RefuseWithoutFileLocking(name);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (TryAcquire(folder, name) is { } acquired)
            {
                return acquired;
            }

            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new InputException(name, HolderDescription(folder) + "; try again when it has finished");
            }

            Thread.Sleep(left < PollInterval ? left : PollInterval);
        }
    }

    /// <summary>Releases the lock; the lock file stays, so that whoever waits on it keeps waiting on the same file.</summary>
    public void Dispose() => Release(deleteLockFile: false);

    /// <summary>
    /// Releases the lock and removes the lock file, for a writer that leaves nothing of itself in the folder (a new
    /// memory whose first commit never came). A writer that opened the file just before it went sees that it is
    /// gone once it holds it, and tries again (see <see cref="TryAcquire"/>).
    /// </summary>
    public void DisposeRemovingLockFile() => Release(deleteLockFile: true);

    private void Release(bool deleteLockFile)
    {
        if (released)
        {
            return;
        }

        released = true;
        TryDelete(Path.Combine(folder, HolderFileName));
        file.Dispose();
        if (deleteLockFile)
        {
            TryDelete(Path.Combine(folder, FileName));
        }
    }

    private static WriterLock? TryAcquire(string folder, string name)
    {
        var path = Path.Combine(folder, FileName);
        FileStream file;
        try
        {
            Directory.CreateDirectory(folder);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldElsewhere(e))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(name, $"cannot be opened for writing: its lock file cannot be created ({e.Message})", e);
        }

        if (!File.Exists(path))
        {
            // The holder before us removed the file while we were opening it (DisposeRemovingLockFile): the lock we
            // got excludes nobody who opens the path now.
            file.Dispose();
            return null;
        }

        try
        {
            File.WriteAllText(Path.Combine(folder, HolderFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only the waiting writer's message is poorer for it.
        }

        return new WriterLock(file, folder);
    }

    // The open failed because someone holds the lock, not because of the path or permissions: EWOULDBLOCK from flock
    // on Linux (11) and macOS (35), a sharing or lock violation on Windows.
    private static bool IsHeldElsewhere(IOException e) =>
        e.GetType() == typeof(IOException) && e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static string HolderDescription(string folder)
    {
        int? holder = null;
        try
        {
            holder = int.TryParse(File.ReadAllText(Path.Combine(folder, HolderFileName)), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone already, or being written: described without a pid.
        }

        return holder switch
        {
            null => "is being written by another process",
            var pid when pid == Environment.ProcessId => $"is already open for writing in this process (pid {pid})",
            var pid => $"is being written by another process (pid {pid})",
        };
    }

    // .NET on Unix can be told not to lock files at all, and then nothing would keep a second writer out.
    private static void RefuseWithoutFileLocking(string name)
    {
        var variable = Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING");
        if ((AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled)
            || variable == "1" || string.Equals(variable, "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputException(name, "cannot be opened for writing: file locking is turned off in this process (DOTNET_SYSTEM_IO_DISABLEFILELOCKING), and without it a second writer could corrupt the memory");
        }
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
}
