using Lucene.Net.Index;

namespace Alignment.Memory.Storage;

/// <summary>
/// Which failures of Lucene mean that the memory's files are damaged, and the one message that says so: any of them,
/// from opening to a lookup or a merge, reaches the caller as an <see cref="InputException"/> naming the memory.
/// </summary>
internal static class Damage
{
    // .NET's code for an IOException that names no system error. Lucene.Net reports most of what it finds wrong in a
    // file (a codec header that does not match, counts that disagree) as such a plain IOException, while failures of
    // the system (a full disk, too many open files) carry the system's own code.
    private const int NoSystemError = unchecked((int)0x80131620);

    /// <summary>
    /// Whether <paramref name="e"/> comes from reading a file that is malformed, cut short or missing, judged by its
    /// innermost cause: a failed merge wraps the failure of its thread, which may be a full disk.
    /// </summary>
    public static bool IsDamage(Exception e) => Cause(e) is var cause
        && (cause is CorruptIndexException or EndOfStreamException or FileNotFoundException or DirectoryNotFoundException
            || (cause.GetType() == typeof(IOException) && cause.HResult == NoSystemError));

    /// <summary>The message for a damaged memory: what is wrong, and what to do about it.</summary>
    public static InputException Describe(string name, Exception e) =>
        new(name, $"is damaged: {FirstLine(Cause(e).Message)}; restore it from a backup, or delete it and index its documents again", e);

    private static Exception Cause(Exception e)
    {
        while (e.InnerException is { } inner)
        {
            e = inner;
        }

        return e;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
