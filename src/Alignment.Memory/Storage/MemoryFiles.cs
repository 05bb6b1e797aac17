using System.Text.RegularExpressions;
using Lucene.Net.Index;

namespace Alignment.Memory.Storage;

/// <summary>The files a memory's folder may hold: Lucene's index files, the writer's lock files and the word pairs learned from the units (<see cref="Learning.LearnedWords"/>).</summary>
internal static partial class MemoryFiles
{
    /// <summary>Whether <paramref name="files"/> (names in a folder) include a commit: then the folder holds a memory, whole or damaged.</summary>
    public static bool HaveCommit(string[] files) => SegmentInfos.GetLastCommitGeneration(files) >= 0;

    /// <summary>
    /// Whether <paramref name="file"/> can belong to a memory, or to a first write into one that never committed
    /// (a process killed during its first add): such leftovers are the new writer's to clear.
    /// </summary>
    public static bool IsMemoryFile(string file) =>
        WriterLock.IsLockFile(file)
        || file is Learning.LearnedWords.FileName or Learning.LearnedWords.TemporaryFileName
        || file == IndexWriter.WRITE_LOCK_NAME
        || file.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)
        || file.StartsWith("pending_" + IndexFileNames.SEGMENTS, StringComparison.Ordinal)
        || SegmentFile().IsMatch(file);

    // Lucene's pattern for the files of a segment (IndexFileNames.CODEC_FILE_PATTERN), anchored at both ends.
    [GeneratedRegex(@"^_[a-z0-9]+(_.*)?\..*$")]
    private static partial Regex SegmentFile();
}
