using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using FileDirectory = System.IO.Directory;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Owns the Lucene directory, the single writer (when writable) and the searcher manager. Readers acquire a
/// searcher and keep a consistent view while a writer adds; commits are Lucene commits, so a crash mid-write
/// leaves the last committed index. All Lucene failures on opening are turned into <see cref="InputException"/>s.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    private readonly Directory directory;
    private readonly object sync = new();
    private readonly int flushEvery;
    private IndexWriter? writer;
    private SearcherManager searchers;
    private DateTime folderTimeSeen;
    private long askedAt;

    private IndexStore(Directory directory, string name, IndexWriter? writer, int flushEvery)
    {
        this.directory = directory;
        this.flushEvery = flushEvery;
        Name = name;
        this.writer = writer;
        searchers = writer is null ? new SearcherManager(directory, null) : new SearcherManager(writer, true, null);
        askedAt = Environment.TickCount64 - RecheckAfterMilliseconds;
    }

    /// <summary>
    /// How long a read-only memory trusts an unchanged folder time before asking Lucene for a new commit anyway: some
    /// file systems keep times too coarse to tell two changes a moment apart.
    /// </summary>
    private const long RecheckAfterMilliseconds = 1000;

    /// <summary>Leave flushing to the RAM buffer.</summary>
    public const int NoFlushLimit = -1; // Lucene's IndexWriterConfig.DISABLE_AUTO_FLUSH

    /// <summary>The folder, or a description of an in-memory index, for messages.</summary>
    public string Name { get; }

    public bool IsReadOnly => writer is null;

    /// <summary>The writer; the caller serialises writes.</summary>
    public IndexWriter Writer => writer ?? throw new InvalidOperationException($"{Name}: the translation memory was opened read-only.");

    public static IndexStore InMemory()
    {
        var directory = new RAMDirectory();
        return new IndexStore(directory, "(in-memory translation memory)", CreateEmpty(directory, NoFlushLimit), NoFlushLimit);
    }

    /// <summary>Opens (or, when writable, creates) the memory in <paramref name="path"/>.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="writable">Whether to take the write lock.</param>
    /// <param name="flushEvery">Write buffered units to disk (uncommitted) every so many; by default only the RAM buffer decides.</param>
    /// <exception cref="InputException">The folder is not a usable translation memory, or another writer holds it.</exception>
    public static IndexStore OnDisk(string path, bool writable, int flushEvery = NoFlushLimit)
    {
        var full = Path.GetFullPath(path);
        if (!FileDirectory.Exists(full))
        {
            if (!writable)
            {
                throw new InputException(path, "does not exist, so there is no translation memory to read");
            }

            FileDirectory.CreateDirectory(full);
        }

        var directory = FSDirectory.Open(full);
        try
        {
            return Open(directory, path, writable, flushEvery);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>A searcher over the latest visible state; release it through the returned lease.</summary>
    public Lease Acquire()
    {
        lock (sync)
        {
            if (writer is null && MayHaveNewCommit())
            {
                // Another process may have committed since: pick that up.
                searchers.MaybeRefresh();
            }

            return new Lease(searchers, searchers.Acquire());
        }
    }

    /// <summary>Commits what the writer holds and makes it visible to new searchers.</summary>
    public void Commit()
    {
        Writer.SetCommitData(IndexFormat.CommitData);
        Writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    /// <summary>Drops everything since the last commit and reopens the writer on that commit.</summary>
    public void Rollback()
    {
        lock (sync)
        {
            var old = searchers;
            Writer.Rollback();
            writer = CreateWriter(directory, OpenMode.APPEND, flushEvery);
            searchers = new SearcherManager(writer, true, null);
            old.Dispose();
        }
    }

    /// <summary>The total size of the index files, in bytes.</summary>
    public long SizeInBytes()
    {
        if (directory is RAMDirectory ram)
        {
            return ram.GetSizeInBytes();
        }

        long size = 0;
        foreach (var file in directory.ListAll())
        {
            try
            {
                size += directory.FileLength(file);
            }
            catch (FileNotFoundException)
            {
                // Merges delete files while we count.
            }
        }

        return size;
    }

    public void Dispose()
    {
        lock (sync)
        {
            searchers.Dispose();
            writer?.Dispose();
            writer = null;
            directory.Dispose();
        }
    }

    // Lucene finds out whether there is a new commit by listing the folder and reading every segment's header: on a
    // memory of eleven segments, a tenth of each lookup. A commit renames a file into the folder, which moves the
    // folder's modification time, so one stat of the folder tells when to ask. The time is read before Lucene is
    // asked, so that a commit landing in between is seen at the next lookup.
    private bool MayHaveNewCommit()
    {
        if (directory is not FSDirectory files)
        {
            return true;
        }

        var time = FileDirectory.GetLastWriteTimeUtc(files.Directory.FullName);
        var now = Environment.TickCount64;
        if (time == folderTimeSeen && now - askedAt < RecheckAfterMilliseconds)
        {
            return false;
        }

        (folderTimeSeen, askedAt) = (time, now);
        return true;
    }

    private static IndexStore Open(Directory directory, string name, bool writable, int flushEvery)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                if (directory.ListAll().Any(file => file != IndexWriter.WRITE_LOCK_NAME))
                {
                    throw new InputException(name, "is not a translation memory: the folder holds other files and no index (choose an empty or new folder)");
                }

                if (!writable)
                {
                    throw new InputException(name, "holds no translation memory yet");
                }

                return new IndexStore(directory, name, CreateEmpty(directory, flushEvery), flushEvery);
            }

            IndexFormat.Check(directory, name);
            return new IndexStore(directory, name, writable ? CreateWriter(directory, OpenMode.APPEND, flushEvery) : null, flushEvery);
        }
        catch (LockObtainFailedException e)
        {
            throw new InputException(name, "is locked: another program (or another open memory in this one) is writing to this translation memory", e);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException or IOException)
        {
            throw new InputException(name, $"is damaged or not a readable translation memory ({e.GetType().Name}: {FirstLine(e.Message)})", e);
        }
    }

    // A new memory is committed at once: the folder is recognisably ours, and there is always a commit to roll back to.
    private static IndexWriter CreateEmpty(Directory directory, int flushEvery)
    {
        var writer = CreateWriter(directory, OpenMode.CREATE, flushEvery);
        writer.SetCommitData(IndexFormat.CommitData);
        writer.Commit();
        return writer;
    }

    private static IndexWriter CreateWriter(Directory directory, OpenMode mode, int flushEvery) =>
        new(directory, new IndexWriterConfig(Analyzers.Version, FieldAnalyzer.Instance)
        {
            OpenMode = mode,
            // A larger buffer means fewer, larger flushed segments while bulk-adding, so less merging: on 600,000
            // synthetic units, 256 MB indexed about a tenth faster than 128 MB, with a lower peak working set (fewer
            // merges at once); 512 MB gained nothing more.
            RAMBufferSizeMB = 256,
            MaxBufferedDocs = flushEvery,
            // A flushed segment packed into a compound file is written twice, and on a bulk add each flush is a
            // couple of hundred megabytes: in three alternating pairs of 300,000-unit runs, separate files indexed
            // 8 % faster on average with a lower peak working set. A segment is then about ten files; merging keeps
            // the number of segments small (sixty small adds leave three).
            UseCompoundFile = false,
        });

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    /// <summary>A searcher on loan from the manager.</summary>
    public readonly struct Lease(SearcherManager manager, IndexSearcher searcher) : IDisposable
    {
        public IndexSearcher Searcher => searcher;

        public void Dispose() => manager.Release(searcher);
    }
}
