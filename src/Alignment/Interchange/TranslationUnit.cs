namespace Alignment.Interchange;

/// <summary>
/// A source segment and its translation, with the metadata a translation memory keeps: an id, dates,
/// origin and provenance, the neighbouring source segments (for context matches), properties and notes.
/// </summary>
public sealed record TranslationUnit
{
    /// <summary>Creates a unit from its two segments.</summary>
    public TranslationUnit(string id, Segment source, Segment target)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        Id = id;
        Source = source;
        Target = target;
    }

    /// <summary>The unit's identifier (TMX <c>tuid</c>); unique within the file or memory it came from.</summary>
    public string Id { get; init; }

    /// <summary>The source-language segment.</summary>
    public Segment Source { get; init; }

    /// <summary>The target-language segment.</summary>
    public Segment Target { get; init; }

    /// <summary>When the unit was created, in UTC.</summary>
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;

    /// <summary>Aligned by this library, or imported.</summary>
    public UnitOrigin Origin { get; init; } = UnitOrigin.Imported;

    /// <summary>Where the unit was aligned from.</summary>
    public Provenance Provenance { get; init; } = Provenance.Unknown;

    /// <summary>The source segment before this one in its document (empty at the start or when not known).</summary>
    public string PreviousSource { get; init; } = string.Empty;

    /// <summary>The source segment after this one in its document (empty at the end or when not known).</summary>
    public string NextSource { get; init; } = string.Empty;

    /// <summary>Other properties (TMX <c>&lt;prop type="…"&gt;</c>), kept as read, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Properties { get; init; } = [];

    /// <summary>Notes (TMX <c>&lt;note&gt;</c>), kept as read.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// The same unit the other way round, so that the target language can be the source of an export: the segments
    /// and the bead shape are swapped. The context is cleared, because it holds neighbours in the old source language;
    /// to keep context in the other direction, build the units from the bitext with its sides swapped.
    /// </summary>
    public TranslationUnit Reverse() => this with
    {
        Source = Target,
        Target = Source,
        PreviousSource = string.Empty,
        NextSource = string.Empty,
        Provenance = Provenance with { BeadType = new(Provenance.BeadType.TargetCount, Provenance.BeadType.SourceCount) },
    };
}
