using Alignment.Interchange;
using Alignment.Memory.Indexing;

namespace Alignment.Memory;

/// <summary>Which units of a memory to read (<see cref="TranslationMemory.ReadUnits{T}"/>): by document, origin and confidence.</summary>
public sealed record UnitSelection
{
    private readonly double minimumConfidence;

    /// <summary>Every unit.</summary>
    public static UnitSelection All { get; } = new();

    /// <summary>
    /// Only units whose provenance names this document (exactly; a name the memory keeps shortened matches by its full
    /// name too); every document when empty (the default).
    /// </summary>
    public string Document { get; init; } = string.Empty;

    /// <summary>Only units of these origins (default: all).</summary>
    public IReadOnlySet<UnitOrigin> Origins { get; init; } = Enum.GetValues<UnitOrigin>().ToHashSet();

    /// <summary>
    /// Only aligned units of at least this confidence, 0–1 (default 0: all). Units of other origins (imported, or
    /// confirmed or edited by a person) are not filtered by it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–1.</exception>
    public double MinimumConfidence
    {
        get => minimumConfidence;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            minimumConfidence = value;
        }
    }

    /// <summary>True when <paramref name="unit"/> is selected.</summary>
    public bool Includes(TranslationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return (Document.Length == 0 || unit.Provenance.Document == Document || unit.Provenance.Document == DocumentNames.Stored(Document))
            && Origins.Contains(unit.Origin)
            && (unit.Origin != UnitOrigin.Aligned || unit.Provenance.Confidence >= MinimumConfidence);
    }
}
