namespace Alignment.Memory;

/// <summary>How <see cref="TranslationMemory.Open(string, WriterOptions)"/> takes a memory for writing.</summary>
public sealed record WriterOptions
{
    private readonly TimeSpan lockTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Waits up to ten seconds for another writer.</summary>
    public static WriterOptions Default { get; } = new();

    /// <summary>
    /// How long <see cref="TranslationMemory.Open(string, WriterOptions)"/> waits while another writer, in this
    /// process or another, has the memory open, before it gives up (default 10 seconds; zero gives up at once). A
    /// writer holds the memory from opening to <see cref="TranslationMemory.Dispose"/>, so a program that writes now
    /// and then should open the memory for each batch of additions, not once for the day.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public TimeSpan LockTimeout
    {
        get => lockTimeout;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lockTimeout = value;
        }
    }

    /// <summary>
    /// Called once, on the opening thread, when another writer has the memory open and
    /// <see cref="TranslationMemory.Open(string, WriterOptions)"/> starts to wait for it, with a line that names the
    /// memory and, where it can be read, the other writer's process ("memory: is being written by another process
    /// (pid 1234)"); for a progress message. By default nothing is told.
    /// </summary>
    public Action<string> Waiting { get; init; } = _ => { };
}
