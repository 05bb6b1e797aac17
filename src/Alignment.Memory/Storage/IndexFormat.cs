using System.Globalization;

namespace Alignment.Memory.Storage;

/// <summary>
/// The marker every commit of a translation memory carries in its commit user data, so that a folder holding some
/// other Lucene index, or a memory written by an incompatible version, is refused with a clear message instead of
/// being misread or overwritten.
/// </summary>
internal static class IndexFormat
{
    public const string Key = "alignment.memory.format";

    /// <summary>Raise when the schema changes in a way older readers cannot handle (2: term statistics; 3: word maps).</summary>
    public const int Version = 3;

    public static IDictionary<string, string> CommitData { get; } =
        new Dictionary<string, string> { [Key] = Version.ToString(CultureInfo.InvariantCulture) };

    /// <summary>Checks that a commit with <paramref name="userData"/> is ours and of this format version.</summary>
    /// <exception cref="InputException">It is not.</exception>
    public static void Check(IDictionary<string, string> userData, string name)
    {
        if (!userData.TryGetValue(Key, out var written))
        {
            throw new InputException(name, "is a Lucene index but not an Alignment translation memory (it has no format marker)");
        }

        if (written != CommitData[Key])
        {
            throw new InputException(
                name,
                $"is a translation memory in format version {written}, but this version of Alignment reads format version {Version}");
        }
    }
}
