namespace Alignment.Interchange;

/// <summary>How <see cref="AlignedUnits"/> turns an alignment into translation units.</summary>
public sealed record AlignedUnitOptions
{
    /// <summary>Labels inline, dated now.</summary>
    public static AlignedUnitOptions Default { get; } = new();

    /// <summary>How block labels appear in the first sentence of their block; <see cref="LabelPolicy.Inline"/> by default.</summary>
    public LabelPolicy Labels { get; init; } = LabelPolicy.Inline;

    /// <summary>The clock that dates the units; the system clock by default.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
