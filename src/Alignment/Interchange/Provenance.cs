using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>Where an aligned translation unit was taken from.</summary>
/// <param name="Document">The source document's name (empty when not known).</param>
/// <param name="Path">The block path of the source side, e.g. <c>annex › Prevention › 45</c> (empty when not known).</param>
/// <param name="BeadType">The shape of the bead the unit was made from; <see cref="BeadType.Unknown"/> for imported units.</param>
/// <param name="Confidence">The aligner's confidence in [0, 1]; 1 for imported, confirmed and edited units, which people made or checked.</param>
public sealed record Provenance(string Document, string Path, BeadType BeadType, double Confidence)
{
    /// <summary>Provenance of a unit whose origin is not recorded.</summary>
    public static Provenance Unknown { get; } = new(string.Empty, string.Empty, BeadType.Unknown, 1.0);
}
