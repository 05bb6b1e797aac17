using Alignment.Aligning;

namespace Alignment.Interchange;

/// <summary>Where an aligned translation unit was taken from.</summary>
/// <remarks>TMX carries it as <c>x-document</c>, <c>x-path</c>, <c>x-location</c>, <c>x-bead</c> and <c>x-confidence</c>.</remarks>
/// <param name="Document">The source document's name (empty when not known).</param>
/// <param name="Path">The block path of the source side, e.g. <c>annex › Prevention › 45</c> (empty when not known).</param>
/// <param name="BeadType">The shape of the bead the unit was made from; <see cref="BeadType.Unknown"/> for imported units.</param>
/// <param name="Confidence">The aligner's confidence in [0, 1]; 1 for imported, confirmed and edited units, which people made or checked.</param>
public sealed record Provenance(string Document, string Path, BeadType BeadType, double Confidence)
{
    /// <summary>
    /// Where the source side starts in its file, in words: <c>line 40</c> of a text file, <c>page 3 at 72,540 pt</c>
    /// of a PDF, <c>paragraph 14</c> or <c>footnote 2</c> of a Word file (see <see cref="Documents.SourceLocation"/>);
    /// empty when not known.
    /// </summary>
    public string Location { get; init; } = string.Empty;

    /// <summary>Provenance of a unit whose origin is not recorded.</summary>
    public static Provenance Unknown { get; } = new(string.Empty, string.Empty, BeadType.Unknown, 1.0);
}
