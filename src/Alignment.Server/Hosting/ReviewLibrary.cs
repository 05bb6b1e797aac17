using System.Collections.Concurrent;
using Alignment.Server.Reviewing;

namespace Alignment.Server.Hosting;

/// <summary>
/// The reviews a server can show: the one a <c>review</c> command opened, or those of the document pairs a memory
/// knows (<see cref="DocumentPairs"/>), opened when a page first asks for one. Pages name a review by its key, never
/// by a path. Thread-safe.
/// </summary>
public sealed class ReviewLibrary
{
    private readonly ConcurrentDictionary<string, Lazy<ReviewSession>> sessions = new(StringComparer.Ordinal);
    private readonly string memoryDirectory;
    private readonly AlignmentPipeline pipeline;

    private ReviewLibrary(string memoryDirectory, AlignmentPipeline pipeline, ReviewSaver saver, string single)
    {
        this.memoryDirectory = memoryDirectory;
        this.pipeline = pipeline;
        Saver = saver;
        Single = single;
    }

    /// <summary>How reviews are saved.</summary>
    public ReviewSaver Saver { get; }

    /// <summary>The key of the one review of a <c>review</c> command; empty for a memory's library.</summary>
    internal string Single { get; }

    /// <summary>A library of one review, already open.</summary>
    public static ReviewLibrary Of(ReviewSession session, ReviewSaver saver)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(saver);
        var library = new ReviewLibrary(string.Empty, AlignmentPipeline.Default, saver, session.Key);
        library.sessions[session.Key] = new Lazy<ReviewSession>(session);
        return library;
    }

    /// <summary>The reviews of the document pairs recorded in the memory in <paramref name="memoryDirectory"/>, each opened with <paramref name="pipeline"/> when first asked for.</summary>
    public static ReviewLibrary OfMemory(string memoryDirectory, AlignmentPipeline pipeline, ReviewSaver saver)
    {
        ArgumentException.ThrowIfNullOrEmpty(memoryDirectory);
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(saver);
        return new ReviewLibrary(Path.GetFullPath(memoryDirectory), pipeline, saver, string.Empty);
    }

    /// <summary>The key of the review of <paramref name="document"/> when there is one to link to.</summary>
    internal bool TryKeyOf(string document, out string key)
    {
        key = DocumentPairs.KeyOf(document);
        return sessions.ContainsKey(key) || (memoryDirectory.Length > 0 && DocumentPairs.TryFind(memoryDirectory, key, out _));
    }

    /// <summary>The review with <paramref name="key"/>, opened now if need be.</summary>
    /// <exception cref="InputException">Its documents cannot be read, or its saved review no longer fits them.</exception>
    internal bool TryGet(string key, out ReviewSession session)
    {
        if (!sessions.TryGetValue(key, out var lazy))
        {
            if (memoryDirectory.Length == 0 || !DocumentPairs.TryFind(memoryDirectory, key, out var pair))
            {
                session = null!;
                return false;
            }

            lazy = sessions.GetOrAdd(key, _ => new Lazy<ReviewSession>(() =>
                ReviewSession.Open(DocumentPairs.Naming(pipeline, pair), pair.SourcePath, pair.TargetPath, pair.ReviewFile, pair.Output, restart: false)));
        }

        try
        {
            session = lazy.Value;
            return true;
        }
        catch (Exception e) when (e is InputException or IOException)
        {
            // Not kept: the person may mend the inputs and ask again.
            sessions.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }
    }
}
