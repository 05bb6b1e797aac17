using Lucene.Net.Index;

namespace Alignment.Memory.Storage;

/// <summary>
/// Which failures of Lucene mean that the memory's files are damaged, and the one message that says so: any of them,
/// from opening to a lookup or a merge, reaches the caller as an <see cref="InputException"/> naming the memory.
/// </summary>
internal static class Damage
{
    /// <summary>
    /// Whether <paramref name="e"/> (or what it wraps: a failed merge wraps the failure of its thread) comes from
    /// reading a file that is malformed, cut short or missing. Other input and output errors (a full disk, too many
    /// open files) are not the memory's fault.
    /// </summary>
    public static bool IsDamage(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is CorruptIndexException or EndOfStreamException or FileNotFoundException or DirectoryNotFoundException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The message for a damaged memory: what is wrong, and what to do about it.</summary>
    public static InputException Describe(string name, Exception e)
    {
        var cause = e;
        while (cause.InnerException is not null && cause is not (CorruptIndexException or EndOfStreamException or FileNotFoundException or DirectoryNotFoundException))
        {
            cause = cause.InnerException;
        }

        return new InputException(name, $"is damaged: {FirstLine(cause.Message)}; restore it from a backup, or delete it and index its documents again", e);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
