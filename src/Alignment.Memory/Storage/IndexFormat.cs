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

    /// <summary>
    /// Raise when the schema changes in a way older readers cannot handle, or when what a field holds is computed
    /// differently, so that a memory written before would serve stale figures (2: term statistics; 3: word maps; 4:
    /// term statistics of candidates cut on the lookup's word boundaries, names joined across hyphens and possessives; 5:
    /// Latin letters indexed with their accents folded; 6: Chinese indexed with traditional characters folded to simplified,
    /// and term keys with a localiser split off a name the segmenter cut up).
    /// </summary>
    public const int Version = 6;

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

        if (written == CommitData[Key])
        {
            return;
        }

        // An older memory's units are sound but its term statistics are not: the way out is indexing them again.
        var older = int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version < Version;
        throw new InputException(
            name,
            $"is a translation memory in format version {written}, but this version of Alignment reads format version {Version}"
            + (older ? "; index its documents again into a new memory (it was written by an older version)" : string.Empty));
    }
}
