using Alignment.Aligning;
using Alignment.Interchange;

namespace Alignment.Server.Reviewing;

/// <summary>
/// A review as it stands, ready to save: the alignment with the mended texts, and its translation units, in which the
/// beads a person confirmed or made carry it as their origin (TMX <c>x-origin</c> confirmed or edited) with
/// confidence 1.
/// </summary>
public sealed class ReviewedAlignment
{
    internal ReviewedAlignment(Bitext bitext, IReadOnlyList<BeadStatus> statuses)
    {
        Bitext = bitext;
        var origins = statuses
            .Select((status, i) => (status, bead: bitext.Beads[i]))
            .Where(b => !b.bead.Source.IsEmpty && !b.bead.Target.IsEmpty)
            .Select(b => b.status)
            .ToList();

        // AlignedUnits makes one unit per bead with both sides, in bead order: the n-th unit is the n-th such bead.
        Units = [.. AlignedUnits.From(bitext).Select((unit, i) => origins[i] switch
        {
            BeadStatus.Confirmed => unit with { Origin = UnitOrigin.Confirmed, Provenance = unit.Provenance with { Confidence = 1.0 } },
            BeadStatus.Edited => unit with { Origin = UnitOrigin.Edited, Provenance = unit.Provenance with { Confidence = 1.0 } },
            _ => unit,
        })];
    }

    /// <summary>The alignment, over documents that carry the mended texts.</summary>
    public Bitext Bitext { get; }

    /// <summary>One unit per bead with both sides, in document order (see <see cref="AlignedUnits.From(Bitext)"/>).</summary>
    public IReadOnlyList<TranslationUnit> Units { get; }
}
