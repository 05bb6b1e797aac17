using Alignment.Memory.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;
using FileDirectory = System.IO.Directory;

namespace Alignment.Memory.Storage;

/// <summary>
/// Owns a memory's Lucene directory and everything that decides who reads and writes it: the cross-process
/// <see cref="WriterLock"/>, the one <see cref="IndexWriter"/> and the lock that serialises writes in this process,
/// and the searchers. Searchers show the last commit; each search acquires one and releases it, and nothing on the
/// search path waits for a lock or for a refresh. A writable store refreshes its searchers after its own commits; a
/// read-only one is refreshed in the background (<see cref="CommitWatcher"/>) when another process commits. See
/// <c>docs/threading.md</c>.
/// </summary>
internal sealed class IndexStore : IDisposable
{
    /// <summary>Leave flushing to the RAM buffer.</summary>
    public const int NoFlushLimit = -1; // Lucene's IndexWriterConfig.DISABLE_AUTO_FLUSH

    // What a search sees before the first commit of a new memory.
    private static readonly IndexSearcher Nothing = new(new MultiReader());

    private readonly Directory directory;
    private readonly int flushEvery;
    private readonly WriterLock? writerLock;
    private readonly object writing = new();
    private readonly CommitWatcher? watcher;

    // Until the first commit of a memory this store created, what to remove if none comes.
    private NewMemory? created;
    private IndexWriter? writer;

    // Null until the memory has a commit; then set once.
    private volatile SearcherManager? searchers;
    private bool disposed;

    private IndexStore(Directory directory, string name, bool writable, int flushEvery, WriterLock? writerLock, NewMemory? created)
    {
        this.directory = directory;
        IsReadOnly = !writable;
        this.flushEvery = flushEvery;
        this.writerLock = writerLock;
        this.created = created;
        Name = name;
        try
        {
            if (created is null)
            {
                searchers = new SearcherManager(directory, null);
            }

            if (!writable)
            {
                watcher = new CommitWatcher(searchers!, directory);
            }
            else
            {
                writer = CreateWriter(directory, created is null ? OpenMode.APPEND : OpenMode.CREATE, flushEvery);
            }
        }
        catch
        {
            searchers?.Dispose();
            throw;
        }
    }

    /// <summary>The folder, or a description of an in-memory index, for messages.</summary>
    public string Name { get; }

    /// <summary>The memory's folder, in full; empty for an in-memory index.</summary>
    public string Folder => (directory as FSDirectory)?.Directory.FullName ?? string.Empty;

    public bool IsReadOnly { get; }

    public static IndexStore InMemory() =>
        new(new RAMDirectory(), "(in-memory translation memory)", writable: true, NoFlushLimit, writerLock: null, new NewMemory(string.Empty, FolderCreated: false, []));

    /// <summary>Opens the memory in <paramref name="path"/> for reading only. It is never locked, and sees what writers commit.</summary>
    /// <exception cref="InputException">The folder holds no usable translation memory.</exception>
    public static IndexStore OpenReadOnly(string path)
    {
        var full = Path.GetFullPath(path);
        if (!FileDirectory.Exists(full))
        {
            throw new InputException(path, "does not exist, so there is no translation memory to read");
        }

        return Opening(path, full, directory =>
        {
            RefuseWithoutCommit(directory, path, "holds no translation memory yet");
            CommitCheck.Run(directory, path);
            return new IndexStore(directory, path, writable: false, NoFlushLimit, writerLock: null, created: null);
        });
    }

    /// <summary>
    /// Opens (or, when there is none, prepares to create) the memory in <paramref name="path"/> for writing, once
    /// no other writer holds it. A new memory is written with its first commit; until then it is not there for readers.
    /// </summary>
    /// <param name="path">The folder.</param>
    /// <param name="options">How long to wait for another writer to close the memory, and whom to tell.</param>
    /// <param name="flushEvery">Write buffered units to disk (uncommitted) every so many; by default only the RAM buffer decides.</param>
    /// <exception cref="InputException">The folder is not a usable translation memory, or another writer kept it.</exception>
    public static IndexStore OpenWritable(string path, WriterOptions options, int flushEvery = NoFlushLimit)
    {
        var full = Path.GetFullPath(path);
        var folderCreated = !FileDirectory.Exists(full);
        if (!folderCreated)
        {
            // Refused before the lock file is made, so that a folder that is not ours is left as it was.
            RefuseForeignFiles(Array.ConvertAll(FileDirectory.GetFiles(full), file => Path.GetFileName(file)), path);
        }

        var lockFileCreated = !File.Exists(Path.Combine(full, WriterLock.FileName));
        var writerLock = WriterLock.Acquire(full, path, options);
        try
        {
            return Opening(path, full, directory =>
            {
                var files = directory.ListAll();
                if (MemoryFiles.HaveCommit(files))
                {
                    CommitCheck.Run(directory, path);
                    return new IndexStore(directory, path, writable: true, flushEvery, writerLock, created: null);
                }

                RefuseForeignFiles(files, path);
                var before = files.Where(file => file != WriterLock.HolderFileName && !(lockFileCreated && file == WriterLock.FileName));
                return new IndexStore(directory, path, writable: true, flushEvery, writerLock, new NewMemory(full, folderCreated, [.. before]));
            });
        }
        catch
        {
            // Whatever was found is left as it was: only the lock file and the folder go, if this call made them.
            if (lockFileCreated)
            {
                writerLock.DisposeRemovingLockFile();
            }
            else
            {
                writerLock.Dispose();
            }

            if (folderCreated)
            {
                NewMemory.TryDeleteEmptyFolder(full);
            }

            throw;
        }
    }

    /// <summary>Runs <paramref name="search"/> on a searcher of the last commit, and releases it.</summary>
    /// <exception cref="InputException">The memory turned out to be damaged or unreadable.</exception>
    public T Read<T>(Func<IndexSearcher, T> search)
    {
        var manager = searchers;
        if (manager is null)
        {
            return search(Nothing);
        }

        var searcher = manager.Acquire();
        try
        {
            return search(searcher);
        }
        catch (IOException e)
        {
            throw Damage.IsDamage(e) ? Damage.Describe(Name, e) : new InputException(Name, $"could not be read ({e.Message})", e);
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    /// <summary>
    /// Makes one change, against a searcher of the last commit, one change at a time: committed when it succeeds and
    /// <paramref name="commitWhen"/> agrees, rolled back to the last commit when it fails. After a commit,
    /// <paramref name="afterCommit"/> gets the change's result and a searcher of the new commit while the write lock
    /// (and the folder's writer lock) is still held, so that what is kept beside the index for a commit is written
    /// by one writer at a time; a failure there is the caller's, after the commit has succeeded.
    /// </summary>
    /// <exception cref="InvalidOperationException">The memory was opened read-only.</exception>
    public T Write<T>(Func<IndexWriter, IndexSearcher, T> change, Func<T, bool> commitWhen, Action<T, IndexSearcher>? afterCommit = null)
    {
        lock (writing)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var current = writer ?? throw new InvalidOperationException($"{Name}: the translation memory was opened read-only.");
            var manager = searchers;
            var committed = manager?.Acquire() ?? Nothing;
            T result;
            bool changed;
            try
            {
                result = change(current, committed);
                changed = commitWhen(result);
                if (changed)
                {
                    Commit(current);
                }
            }
            catch
            {
                Rollback(current);
                throw;
            }
            finally
            {
                manager?.Release(committed);
            }

            if (changed && afterCommit is not null)
            {
                Read(searcher =>
                {
                    afterCommit(result, searcher);
                    return true;
                });
            }

            return result;
        }
    }

    /// <summary>Merges the memory into one segment and commits; a merge that meets damage says so.</summary>
    /// <exception cref="InputException">The memory turned out to be damaged.</exception>
    public void Compact(Action<IndexSearcher>? afterCommit = null) => Write(
        (writer, _) =>
        {
            try
            {
                writer.ForceMerge(1);
            }
            catch (IOException e) when (Damage.IsDamage(e))
            {
                throw Damage.Describe(Name, e);
            }

            return true;
        },
        commitWhen: _ => true,
        afterCommit is null ? null : (_, searcher) => afterCommit(searcher));

    /// <summary>The total size of the index files, in bytes.</summary>
    public long SizeInBytes()
    {
        if (directory is RAMDirectory ram)
        {
            return ram.GetSizeInBytes();
        }

        long size = 0;
        foreach (var file in directory.ListAll().Where(file => !WriterLock.IsLockFile(file)))
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

    /// <summary>Closes the memory; a new memory that never committed is removed again, with whatever it created.</summary>
    public void Dispose()
    {
        lock (writing)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            watcher?.Dispose();
            searchers?.Dispose();
            if (created is null)
            {
                writer?.Dispose();
            }
            else
            {
                writer?.Rollback();
            }

            writer = null;
            directory.Dispose();
            if (created is not null)
            {
                created.Remove(writerLock);
            }
            else
            {
                writerLock?.Dispose();
            }
        }
    }

    // Opens the Lucene directory for `open`, closing it again if that fails, with failures to read turned into messages.
    private static IndexStore Opening(string name, string full, Func<Directory, IndexStore> open)
    {
        var directory = FSDirectory.Open(full);
        try
        {
            return open(directory);
        }
        catch (Exception e) when (e is not InputException)
        {
            directory.Dispose();
            if (Damage.IsDamage(e))
            {
                throw Damage.Describe(name, e);
            }

            if (e is IOException or UnauthorizedAccessException)
            {
                throw new InputException(name, $"could not be read ({e.Message})", e);
            }

            throw;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static void RefuseWithoutCommit(Directory directory, string name, string problem)
    {
        var files = directory.ListAll();
        if (!MemoryFiles.HaveCommit(files))
        {
            RefuseForeignFiles(files, name);
            throw new InputException(name, problem);
        }
    }

    private static void RefuseForeignFiles(string[] files, string name)
    {
        if (!MemoryFiles.HaveCommit(files) && !files.All(MemoryFiles.IsMemoryFile))
        {
            throw new InputException(name, "is not a translation memory: the folder holds other files and no index (choose an empty or new folder)");
        }
    }

    private void Commit(IndexWriter current)
    {
        current.SetCommitData(IndexFormat.CommitData);
        current.Commit();
        created = null;
        if (searchers is { } manager)
        {
            manager.MaybeRefreshBlocking();
        }
        else
        {
            searchers = new SearcherManager(directory, null);
        }
    }

    // Drops everything since the last commit. Lucene closes a writer that rolls back: a new one takes its place.
    private void Rollback(IndexWriter current)
    {
        current.Rollback();
        writer = CreateWriter(directory, created is null ? OpenMode.APPEND : OpenMode.CREATE, flushEvery);
    }

    private static IndexWriter CreateWriter(Directory directory, OpenMode mode, int flushEvery) =>
        new(directory, new IndexWriterConfig(Analyzers.Version, FieldAnalyzer.Instance)
        {
            OpenMode = mode,
            // A larger buffer means fewer, larger flushed segments while bulk-adding, so less merging
            // (docs/benchmarks.md, Memory).
            RAMBufferSizeMB = 256,
            MaxBufferedDocs = flushEvery,
            // A flushed segment packed into a compound file is written twice, and on a bulk add each flush is a
            // couple of hundred megabytes. A segment is then about ten files; merging keeps the number of
            // segments small.
            UseCompoundFile = false,
        });

    /// <summary>
    /// What a writer found in the folder of a memory it is creating, so that what it adds can be removed again if
    /// the memory never gets its first commit: the files not among <paramref name="FilesBefore"/>, then the folder if
    /// it made it.
    /// </summary>
    private sealed record NewMemory(string Folder, bool FolderCreated, HashSet<string> FilesBefore)
    {
        public void Remove(WriterLock? writerLock)
        {
            if (Folder.Length > 0)
            {
                foreach (var file in FileDirectory.GetFiles(Folder).Where(f => !FilesBefore.Contains(Path.GetFileName(f)) && !WriterLock.IsLockFile(Path.GetFileName(f))))
                {
                    TryDelete(file);
                }
            }

            if (FilesBefore.Contains(WriterLock.FileName))
            {
                writerLock?.Dispose();
            }
            else
            {
                writerLock?.DisposeRemovingLockFile();
            }

            if (FolderCreated)
            {
                TryDeleteEmptyFolder(Folder);
            }
        }

        public static void TryDeleteEmptyFolder(string folder)
        {
            try
            {
                FileDirectory.Delete(folder, recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not empty: something else is there now.
            }
        }

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // It stays; a later writer clears what Lucene left.
            }
        }
    }
}
