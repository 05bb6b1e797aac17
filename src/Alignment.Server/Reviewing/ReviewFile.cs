using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alignment.Interchange;
using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// A review as it is kept on disk (JSON, written atomically after every edit): the inputs it was made on, the beads
/// as they stand, the mended texts, and the history for undo and redo.
/// </summary>
internal sealed record ReviewFile(
    InputFingerprint Source,
    InputFingerprint Target,
    int Revision,
    ReviewState State,
    ImmutableStack<ReviewChange> Undo,
    ImmutableStack<ReviewChange> Redo)
{
    /// <summary>Raise when the layout changes in a way older versions cannot read.</summary>
    private const int Format = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes the review to <paramref name="path"/>, replacing it only once the new one is complete.</summary>
    public void Write(string path) =>
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, ToStored(), Options));

    /// <summary>Reads a review file.</summary>
    /// <exception cref="InputException">It is not a review file of this format, or it is damaged.</exception>
    public static ReviewFile Read(string path)
    {
        Stored? stored;
        try
        {
            using var stream = File.OpenRead(path);
            stored = JsonSerializer.Deserialize<Stored>(stream, Options);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"is not a readable review file: {e.Message}", e);
        }

        if (stored is null || stored.Format != Format || stored.Source is null || stored.Target is null || stored.Beads is null)
        {
            throw new InputException(path, stored?.Format is > Format
                ? $"is a review file in format {stored.Format}, newer than this version of Alignment reads ({Format})"
                : "is not a review file");
        }

        try
        {
            var texts = (stored.Texts ?? []).ToImmutableDictionary(t => new SentenceRef(t.Side, t.Sentence), t => t.Text);
            return new ReviewFile(
                stored.Source,
                stored.Target,
                stored.Revision,
                new ReviewState([.. stored.Beads.Select(ToBead)], texts),
                History(stored.Undo),
                History(stored.Redo));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NullReferenceException)
        {
            throw new InputException(path, "is a damaged review file", e);
        }
    }

    private static ImmutableStack<ReviewChange> History(List<StoredChange>? changes) =>
        ImmutableStack.CreateRange((changes ?? []).AsEnumerable().Reverse().Select(c => new ReviewChange(
            c.At,
            [.. c.Removed.Select(ToBead)],
            [.. c.Inserted.Select(ToBead)],
            [.. (c.Texts ?? []).Select(t => new TextChange(new SentenceRef(t.Side, t.Sentence), t.Before, t.After))],
            c.Description)));

    private Stored ToStored() => new(
        Format,
        Source,
        Target,
        Revision,
        [.. State.Beads.Select(ToStored)],
        [.. State.Texts.OrderBy(t => t.Key.Side).ThenBy(t => t.Key.Index).Select(t => new StoredText(t.Key.Side, t.Key.Index, t.Value))],
        [.. Undo.Select(ToStored)],
        [.. Redo.Select(ToStored)]);

    private static StoredChange ToStored(ReviewChange change) => new(
        change.At,
        [.. change.Removed.Select(ToStored)],
        [.. change.Inserted.Select(ToStored)],
        [.. change.Texts.Select(t => new StoredTextChange(t.Sentence.Side, t.Sentence.Index, t.Before, t.After))],
        change.Description);

    private static StoredBead ToStored(ReviewBead bead) =>
        new([bead.Source.Start, bead.Source.Count], [bead.Target.Start, bead.Target.Count], Math.Round(bead.Confidence, 3), bead.Status);

    private static ReviewBead ToBead(StoredBead bead) =>
        bead.S is [var s, var sc] && bead.T is [var t, var tc] && s >= 0 && sc >= 0 && t >= 0 && tc >= 0
            ? new ReviewBead(new SentenceSpan(s, sc), new SentenceSpan(t, tc), bead.C, bead.Status)
            : throw new ArgumentException("A bead needs a start and a count on each side.");

    // The layout on disk. Beads are short ([start, count] per side) because a long document has thousands of them.
    private sealed record Stored(
        int Format,
        InputFingerprint? Source,
        InputFingerprint? Target,
        int Revision,
        List<StoredBead>? Beads,
        List<StoredText>? Texts,
        List<StoredChange>? Undo,
        List<StoredChange>? Redo);

    private sealed record StoredBead(int[] S, int[] T, double C, BeadStatus Status);

    private sealed record StoredText(DocumentSide Side, int Sentence, string Text);

    private sealed record StoredChange(int At, List<StoredBead> Removed, List<StoredBead> Inserted, List<StoredTextChange>? Texts, string Description);

    private sealed record StoredTextChange(DocumentSide Side, int Sentence, string? Before, string? After);
}
