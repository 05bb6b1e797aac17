namespace Alignment.Memory.Matching;

/// <summary>
/// A working buffer kept in a caller's <see cref="ThreadStaticAttribute"/> field and reused from call to call. Hot
/// paths use it instead of stackalloc: a method that stackallocs is compiled once, fully, and never recompiled with
/// the runtime's profile, and measured slower for it (canonical keys, term shingles, edit distance).
/// </summary>
internal static class ThreadBuffer
{
    /// <summary>The first <paramref name="length"/> elements of <paramref name="buffer"/>, grown first if it is too short; contents are left over from the last use.</summary>
    public static Span<T> Reuse<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new T[Math.Max(256, length)];
        }

        return buffer.AsSpan(0, length);
    }
}
