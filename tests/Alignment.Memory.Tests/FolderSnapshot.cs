namespace Alignment.Memory.Tests;

/// <summary>The files of a folder with their sizes, times and contents' hashes: equal snapshots mean nothing was created, deleted or changed.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyList<string> Of(string folder) =>
        [.. System.IO.Directory.GetFiles(folder)
            .Order(StringComparer.Ordinal)
            .Select(file => $"{Path.GetFileName(file)} {new FileInfo(file).Length} {File.GetLastWriteTimeUtc(file).Ticks} {Hash(file)}")];

    // A writer's lock file cannot be read while it is held.
    private static string Hash(string file)
    {
        try
        {
            return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }
        catch (IOException)
        {
            return "(locked)";
        }
    }
}
