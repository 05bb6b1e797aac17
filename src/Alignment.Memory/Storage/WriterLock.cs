using Alignment.Shared;

namespace Alignment.Memory.Storage;

/// <summary>
/// The single-writer rule across processes: an exclusive lock on the memory's <see cref="FileName"/>, taken before
/// any Lucene writer is opened and held until it is closed. The operating system drops the lock when the process
/// ends, however it ends, so a killed writer never leaves the memory locked.
/// </summary>
/// <remarks>
/// Lucene's own <c>write.lock</c> is not enough: on Linux Lucene.Net takes it with a shared lock, which a second
/// process's writer gets as well; that writer then deletes the files it does not know of, the first writer's
/// unflushed segments among them. The lock here is a <see cref="ProcessLock"/>, which a second open in the same
/// process does not get either. While it is held, the holder's process id stands in <see cref="HolderFileName"/>
/// (the locked file itself cannot be read by others), for the message of whoever waits.
/// </remarks>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "writer.lock";

    public const string HolderFileName = "writer.pid";

    private readonly ProcessLock held;

    private WriterLock(ProcessLock held) => this.held = held;

    /// <summary>Whether <paramref name="file"/> (a name in a memory's folder) is one of the lock's files.</summary>
    public static bool IsLockFile(string file) => file is FileName or HolderFileName;

    /// <summary>
    /// Takes the lock on the memory in <paramref name="folder"/> (creating the folder and the lock file if they are
    /// missing, nothing else), waiting up to <see cref="WriterOptions.LockTimeout"/> for another writer to close it
    /// and telling <see cref="WriterOptions.Waiting"/> once when it starts to wait.
    /// </summary>
    /// <exception cref="InputException">Another writer held it all that time, or the folder cannot hold a lock.</exception>
    public static WriterLock Acquire(string folder, string name, WriterOptions options)
    {
        if (ProcessLock.IsFileLockingDisabled)
        {
            throw new InputException(name, "cannot be opened for writing: file locking is turned off in this process (DOTNET_SYSTEM_IO_DISABLEFILELOCKING), and without it a second writer could corrupt the memory");
        }

        var holderPath = Path.Combine(folder, HolderFileName);
        return ProcessLock.WaitFor(
            options.LockTimeout,
            () => TryAcquire(folder, name) is { } taken ? new WriterLock(taken) : null,
            () => new InputException(name, HolderDescription(holderPath) + "; try again when it has finished"),
            () => options.Waiting($"{name}: {HolderDescription(holderPath)}"));
    }

    /// <summary>Releases the lock; the lock file stays, so that whoever waits on it keeps waiting on the same file.</summary>
    public void Dispose() => held.Release(removeLockFile: false);

    /// <summary>
    /// Releases the lock and removes the lock file, for a writer that leaves nothing of itself in the folder (a new
    /// memory whose first commit never came).
    /// </summary>
    public void DisposeRemovingLockFile() => held.Release(removeLockFile: true);

    private static ProcessLock? TryAcquire(string folder, string name)
    {
        try
        {
            Directory.CreateDirectory(folder);
            return ProcessLock.TryTake(Path.Combine(folder, FileName), Path.Combine(folder, HolderFileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(name, $"cannot be opened for writing: its lock file cannot be created ({e.Message})", e);
        }
    }

    private static string HolderDescription(string holderPath) => ProcessLock.ReadHolder(holderPath) switch
    {
        null => "is being written by another process",
        var pid when pid == Environment.ProcessId => $"is already open for writing in this process (pid {pid})",
        var pid => $"is being written by another process (pid {pid})",
    };
}
