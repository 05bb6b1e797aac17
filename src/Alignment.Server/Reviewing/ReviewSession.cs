using System.Collections.Immutable;
using System.Globalization;
using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// The review of one document pair: the alignment as a person corrects it, each edit followed by re-alignment of the
/// beads that depend on it, undo and redo, and a review file written atomically after every change, so that a review
/// survives a closed browser or a killed process and reopens where it stopped. One process at a time reviews a review
/// file: the session holds a lock on it (a hidden <c>.NAME.review.json.lock</c> beside it) until it is disposed or
/// the process ends. Thread-safe: edits are serialised.
/// </summary>
public sealed class ReviewSession : IDisposable
{
    /// <summary>How long opening a review waits for another process to let go of it: long enough for one that is just stopping.</summary>
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(3);

    private readonly object sync = new();
    private readonly ReviewLock reviewLock;
    private readonly SegmentedDocument source;
    private readonly SegmentedDocument target;
    private readonly IAligner aligner;
    private ReviewFile file;
    private (DateTime Time, long Length) seen;
    private (ImmutableDictionary<SentenceRef, string> Texts, SegmentedDocument Source, SegmentedDocument Target) mended;
    private (int Revision, ReviewView View)? shown;
    private string message;
    private ImmutableArray<int> changed = [];

    private ReviewSession(ReviewLock reviewLock, string reviewFile, string output, SegmentedDocument source, SegmentedDocument target, IAligner aligner, ReviewFile file, bool resumed)
    {
        this.reviewLock = reviewLock;
        ReviewFile = reviewFile;
        Output = output;
        this.source = source;
        this.target = target;
        this.aligner = aligner;
        this.file = file;
        Resumed = resumed;
        mended = (ImmutableDictionary<SentenceRef, string>.Empty, source, target);
        message = resumed ? $"Reopened the review where it stopped ({Plural(file.Undo.Count(), "edit")} so far)." : "Aligned afresh: nothing reviewed yet.";
    }

    /// <summary>The source document's name, as translation units name it in their provenance.</summary>
    public string Document => source.Document.Name;

    /// <summary>The key that stands for the document in URLs (see <see cref="DocumentPairs.KeyOf"/>).</summary>
    public string Key => DocumentPairs.KeyOf(Document);

    /// <summary>The source document's full path.</summary>
    public string SourcePath => file.Source.Path;

    /// <summary>The target document's full path.</summary>
    public string TargetPath => file.Target.Path;

    /// <summary>The review file's full path.</summary>
    public string ReviewFile { get; }

    /// <summary>The file a save writes; empty when a save only updates a memory.</summary>
    public string Output { get; }

    /// <summary>True when the session continues a review saved earlier, false when it started from a fresh alignment.</summary>
    public bool Resumed { get; }

    /// <summary>The pair as a memory records it.</summary>
    public DocumentPair Pair => new(Document, SourcePath, TargetPath, ReviewFile, Output);

    /// <summary>The alignment as it now stands.</summary>
    public Bitext Current
    {
        get
        {
            lock (sync)
            {
                Refresh();
                return Bitext(file.State);
            }
        }
    }

    /// <summary>
    /// Opens the review of two documents: the one saved in <paramref name="reviewFile"/> when there is one (and
    /// <paramref name="restart"/> is false), otherwise a fresh alignment, which is saved there at once.
    /// </summary>
    /// <param name="pipeline">Reads, segments and aligns the documents; its aligner also re-aligns after edits.</param>
    /// <param name="sourcePath">The source document.</param>
    /// <param name="targetPath">The target document.</param>
    /// <param name="reviewFile">Where the review is kept.</param>
    /// <param name="output">The file a save writes, or empty.</param>
    /// <param name="restart">Start from a fresh alignment even when a review was saved.</param>
    /// <exception cref="ReviewOutdatedException">The saved review was made on other documents, or on these before they changed.</exception>
    /// <exception cref="InputException">A document cannot be read or aligned, the review file is damaged, or another process is reviewing it ("is being reviewed by another process").</exception>
    /// <exception cref="IOException">The review file cannot be written.</exception>
    public static ReviewSession Open(AlignmentPipeline pipeline, string sourcePath, string targetPath, string reviewFile, string output, bool restart)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(output);
        reviewFile = Path.GetFullPath(reviewFile);
        output = output.Length == 0 ? output : Path.GetFullPath(output);
        var reviewLock = ReviewLock.Acquire(reviewFile, LockTimeout);
        try
        {
            return Open(reviewLock, pipeline, sourcePath, targetPath, reviewFile, output, restart);
        }
        catch
        {
            reviewLock.Dispose();
            throw;
        }
    }

    /// <summary>Lets go of the review file, for another process to review; the session is not to be used afterwards.</summary>
    public void Dispose() => reviewLock.Dispose();

    private static ReviewSession Open(ReviewLock reviewLock, AlignmentPipeline pipeline, string sourcePath, string targetPath, string reviewFile, string output, bool restart)
    {
        if (restart || !File.Exists(reviewFile))
        {
            var bitext = pipeline.AlignFiles(sourcePath, targetPath);
            var fresh = new ReviewFile(
                InputFingerprint.Of(sourcePath, bitext.Source),
                InputFingerprint.Of(targetPath, bitext.Target),
                0,
                ReviewState.Of(bitext),
                [],
                []);
            var session = new ReviewSession(reviewLock, reviewFile, output, bitext.Source, bitext.Target, pipeline.Aligner, fresh, resumed: false);
            session.Write(fresh);
            return session;
        }

        var saved = Reviewing.ReviewFile.Read(reviewFile);
        if (saved.Source.Path != Path.GetFullPath(sourcePath) || saved.Target.Path != Path.GetFullPath(targetPath))
        {
            throw new ReviewOutdatedException(reviewFile, $"is the review of {saved.Source.Path} and {saved.Target.Path}, not of {Path.GetFullPath(sourcePath)} and {Path.GetFullPath(targetPath)}");
        }

        var (sourceDocument, targetDocument) = (Segment(pipeline, sourcePath), Segment(pipeline, targetPath));
        if (saved.Source.Difference(sourceDocument, reviewFile) is { } sourceChange)
        {
            throw new ReviewOutdatedException(sourcePath, sourceChange);
        }

        if (saved.Target.Difference(targetDocument, reviewFile) is { } targetChange)
        {
            throw new ReviewOutdatedException(targetPath, targetChange);
        }

        var resumed = new ReviewSession(reviewLock, reviewFile, output, sourceDocument, targetDocument, pipeline.Aligner, saved, resumed: true);
        resumed.Check(saved, reviewFile);
        resumed.seen = Stamp(reviewFile);
        return resumed;
    }

    /// <summary>The review as it stands, ready to be written out or added to a memory.</summary>
    public ReviewedAlignment Reviewed()
    {
        lock (sync)
        {
            Refresh();
            return new ReviewedAlignment(Bitext(file.State), [.. file.State.Beads.Select(b => b.Status)]);
        }
    }

    /// <summary>What the page shows now.</summary>
    internal ReviewView View()
    {
        lock (sync)
        {
            Refresh();
            return CurrentView();
        }
    }

    /// <summary>Applies <paramref name="edit"/> to the review at <paramref name="revision"/>, re-aligns what depends on it and saves.</summary>
    /// <exception cref="ReviewConflictException">The review is no longer at <paramref name="revision"/>.</exception>
    /// <exception cref="EditRefusedException">The edit does not fit the review.</exception>
    internal ReviewView Apply(ReviewEdit edit, int revision)
    {
        lock (sync)
        {
            Refresh();
            CheckRevision(revision);
            var outcome = edit.Apply(file.State);
            var state = outcome.State;
            var realigned = 0;
            if (outcome.RealignAfter is { } after)
            {
                var (mendedSource, mendedTarget) = Documents(state.Texts);
                (state, realigned) = Realignment.After(after, state, mendedSource, mendedTarget, aligner);
            }

            var description = outcome.Description + (realigned > 0 ? $" Re-aligned {Plural(realigned, "bead")} after it." : string.Empty);
            var change = ReviewChange.Between(file.State, state, description);
            return Commit(file with { State = state, Undo = file.Undo.Push(change), Redo = [] }, description, change.Changed);
        }
    }

    /// <summary>Undoes the last edit.</summary>
    internal ReviewView Undo(int revision)
    {
        lock (sync)
        {
            Refresh();
            CheckRevision(revision);
            if (file.Undo.IsEmpty)
            {
                throw new EditRefusedException("There is nothing to undo.");
            }

            var change = file.Undo.Peek();
            var inverse = change.Inverse();
            return Commit(file with { State = inverse.ApplyTo(file.State), Undo = file.Undo.Pop(), Redo = file.Redo.Push(change) }, $"Undid: {change.Description}", inverse.Changed);
        }
    }

    /// <summary>Redoes the last edit undone.</summary>
    internal ReviewView Redo(int revision)
    {
        lock (sync)
        {
            Refresh();
            CheckRevision(revision);
            if (file.Redo.IsEmpty)
            {
                throw new EditRefusedException("There is nothing to redo.");
            }

            var change = file.Redo.Peek();
            return Commit(file with { State = change.ApplyTo(file.State), Undo = file.Undo.Push(change), Redo = file.Redo.Pop() }, $"Redid: {change.Description}", change.Changed);
        }
    }

    /// <summary>The original text of a sentence, as read from its file.</summary>
    internal string OriginalText(SentenceRef sentence)
    {
        var document = sentence.Side == DocumentSide.Source ? source : target;
        return sentence.Index >= 0 && sentence.Index < document.Sentences.Count
            ? document.Sentences[sentence.Index].Text
            : throw new EditRefusedException($"There is no {sentence}.");
    }

    private ReviewView Commit(ReviewFile next, string description, ImmutableArray<int> range)
    {
        next = next with { Revision = file.Revision + 1 };
        Write(next);
        (file, message, changed) = (next, description, range);
        return CurrentView();
    }

    private void Write(ReviewFile next)
    {
        next.Write(ReviewFile);
        seen = Stamp(ReviewFile);
    }

    private ReviewView CurrentView()
    {
        if (shown is { } last && last.Revision == file.Revision)
        {
            return last.View with { Message = message, Changed = changed };
        }

        var bitext = Bitext(file.State);
        var view = new ReviewView(file.Revision, file.State, bitext, AlignmentReport.For(bitext), message, changed, !file.Undo.IsEmpty, !file.Redo.IsEmpty);
        shown = (file.Revision, view);
        return view;
    }

    /// <summary>Picks up a review file that another window or process saved since this session last wrote or read it.</summary>
    private void Refresh()
    {
        if (!File.Exists(ReviewFile) || Stamp(ReviewFile) == seen)
        {
            return;
        }

        var saved = Reviewing.ReviewFile.Read(ReviewFile);
        if (saved.Source != file.Source || saved.Target != file.Target)
        {
            throw new ReviewOutdatedException(ReviewFile, "was replaced by the review of other documents or inputs while this one was open");
        }

        Check(saved, ReviewFile);
        (file, seen, message, changed) = (saved, Stamp(ReviewFile), "The review was changed elsewhere (another window or process); this is how it stands now.", []);
    }

    private void CheckRevision(int revision)
    {
        if (revision != file.Revision)
        {
            throw new ReviewConflictException($"The review has changed since this page showed it (it is at revision {file.Revision}, the page at {revision}); here it is as it stands now.");
        }
    }

    /// <summary>Checks that a saved review fits the documents: every sentence in one bead, mended texts of existing sentences.</summary>
    private void Check(ReviewFile saved, string path)
    {
        try
        {
            foreach (var sentence in saved.State.Texts.Keys)
            {
                OriginalText(sentence);
            }

            _ = saved.State.ToBitext(source, target);

            // The history must replay: every step back (undo) and forward (redo) fits the beads it meets.
            _ = saved.Undo.Aggregate(saved.State, (state, change) => change.Inverse().ApplyTo(state));
            _ = saved.Redo.Aggregate(saved.State, (state, change) => change.ApplyTo(state));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or EditRefusedException)
        {
            throw new InputException(path, $"is a damaged review file: {e.Message}", e);
        }
    }

    private Bitext Bitext(ReviewState state)
    {
        var (mendedSource, mendedTarget) = Documents(state.Texts);
        return state.ToBitext(mendedSource, mendedTarget);
    }

    /// <summary>The documents with the mended texts in place of the original ones.</summary>
    private (SegmentedDocument Source, SegmentedDocument Target) Documents(ImmutableDictionary<SentenceRef, string> texts)
    {
        if (!ReferenceEquals(texts, mended.Texts))
        {
            mended = (texts, Mend(source, DocumentSide.Source, texts), Mend(target, DocumentSide.Target, texts));
        }

        return (mended.Source, mended.Target);
    }

    private static SegmentedDocument Mend(SegmentedDocument document, DocumentSide side, ImmutableDictionary<SentenceRef, string> texts) =>
        !texts.Keys.Any(k => k.Side == side) ? document
            : new SegmentedDocument(document.Document, [.. document.Sentences.Select(s =>
                texts.TryGetValue(new SentenceRef(side, s.Index), out var text) ? s with { Text = text } : s)]);

    private static SegmentedDocument Segment(AlignmentPipeline pipeline, string path) =>
        pipeline.Segmenter.Segment(pipeline.Reader.ReadFile(path));

    private static (DateTime, long) Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
    }

    internal static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}

/// <summary>What the review page shows at one revision.</summary>
internal sealed record ReviewView(
    int Revision,
    ReviewState State,
    Bitext Bitext,
    AlignmentReport Report,
    string Message,
    ImmutableArray<int> Changed,
    bool CanUndo,
    bool CanRedo);
