namespace Alignment.Interchange;

/// <summary>How <see cref="AlignedUnits"/> turns an alignment into translation units.</summary>
public sealed record AlignedUnitOptions
{
    /// <summary>Labels as CAT tools segment them (<see cref="LabelPolicy.Auto"/>), dated now.</summary>
    public static AlignedUnitOptions Default { get; } = new();

    /// <summary>How block labels appear in the first sentence of their block; <see cref="LabelPolicy.Auto"/> by default.</summary>
    public LabelPolicy Labels { get; init; } = LabelPolicy.Auto;

    /// <summary>
    /// Whether units hold the aligned sentences only (<see cref="UnitSegments.Sentences"/>, the default) or also the
    /// segments a CAT tool cuts the source document into.
    /// </summary>
    public UnitSegments Segments { get; init; } = UnitSegments.Sentences;

    /// <summary>The clock that dates the units; the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
