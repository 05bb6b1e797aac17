using System.Collections.Immutable;

namespace Alignment.Server.Reviewing;

/// <summary>
/// One step of a review's history: the run of beads it replaced, with what, and the texts it changed. Kept as the
/// difference between two states rather than the states themselves, so a long history stays small in the review file.
/// </summary>
/// <param name="At">Where the replaced run starts.</param>
/// <param name="Removed">The beads that were there before.</param>
/// <param name="Inserted">The beads that are there after.</param>
/// <param name="Texts">The mended texts that changed: before and after, null for the original text.</param>
/// <param name="Description">What the step did, for the page.</param>
internal sealed record ReviewChange(
    int At,
    ImmutableArray<ReviewBead> Removed,
    ImmutableArray<ReviewBead> Inserted,
    ImmutableArray<TextChange> Texts,
    string Description)
{
    /// <summary>The change that turns <paramref name="before"/> into <paramref name="after"/>: the beads between their common start and end.</summary>
    public static ReviewChange Between(ReviewState before, ReviewState after, string description)
    {
        var (old, fresh) = (before.Beads, after.Beads);
        var prefix = 0;
        while (prefix < old.Length && prefix < fresh.Length && old[prefix] == fresh[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Length - prefix && suffix < fresh.Length - prefix && old[^(suffix + 1)] == fresh[^(suffix + 1)])
        {
            suffix++;
        }

        var texts = before.Texts.Keys.Union(after.Texts.Keys)
            .Select(key => new TextChange(key, before.Texts.GetValueOrDefault(key), after.Texts.GetValueOrDefault(key)))
            .Where(change => change.Before != change.After)
            .OrderBy(change => change.Sentence.Side).ThenBy(change => change.Sentence.Index)
            .ToImmutableArray();
        return new ReviewChange(prefix, old[prefix..(old.Length - suffix)], fresh[prefix..(fresh.Length - suffix)], texts, description);
    }

    /// <summary>
    /// The positions, after the change, of the beads it made: those it put in that were not there before (a bead that
    /// only moved up or down the list, because one before it was merged or paired away, is not among them).
    /// </summary>
    public ImmutableArray<int> Changed
    {
        get
        {
            var before = Removed.ToHashSet();
            return [.. Inserted.Select((bead, k) => (bead, k)).Where(b => !before.Contains(b.bead)).Select(b => At + b.k)];
        }
    }

    /// <summary>The state after this change.</summary>
    /// <exception cref="InvalidOperationException">The state is not the one the change was made on.</exception>
    public ReviewState ApplyTo(ReviewState state)
    {
        if (At + Removed.Length > state.Beads.Length || !state.Beads.AsSpan(At, Removed.Length).SequenceEqual(Removed.AsSpan()))
        {
            throw new InvalidOperationException($"The review history does not fit its beads at bead {At + 1}.");
        }

        var texts = state.Texts;
        foreach (var change in Texts)
        {
            texts = change.After is null ? texts.Remove(change.Sentence) : texts.SetItem(change.Sentence, change.After);
        }

        return state.Splice(At, Removed.Length, Inserted) with { Texts = texts };
    }

    /// <summary>The change that undoes this one.</summary>
    public ReviewChange Inverse() =>
        new(At, Inserted, Removed, [.. Texts.Select(t => new TextChange(t.Sentence, t.After, t.Before))], Description);
}

/// <summary>A sentence's mended text before and after a change; null stands for the text as read from the file.</summary>
internal sealed record TextChange(SentenceRef Sentence, string? Before, string? After);
