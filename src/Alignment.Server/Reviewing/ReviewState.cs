using System.Collections.Immutable;
using Alignment.Aligning;
using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>
/// Where a review stands: the beads in document order and the sentences whose text a person mended. Immutable:
/// every edit makes a new state, and undo goes back to an earlier one.
/// </summary>
internal sealed record ReviewState(ImmutableArray<ReviewBead> Beads, ImmutableDictionary<SentenceRef, string> Texts)
{
    /// <summary>
    /// The state of a fresh alignment: every bead as the aligner made it, no text mended. Confidence is kept to three
    /// decimals, as the review file and TMX keep it, so that a review reopened reads exactly as it was left.
    /// </summary>
    public static ReviewState Of(Bitext bitext) => new(
        [.. bitext.Beads.Select(b => new ReviewBead(b.Source, b.Target, Math.Round(b.Confidence, 3), BeadStatus.Aligned))],
        ImmutableDictionary<SentenceRef, string>.Empty);

    /// <summary>The index of the bead that holds <paramref name="sentence"/>.</summary>
    /// <exception cref="EditRefusedException">No bead holds it.</exception>
    public int BeadOf(SentenceRef sentence)
    {
        for (var i = 0; i < Beads.Length; i++)
        {
            if (Beads[i].Holds(sentence))
            {
                return i;
            }
        }

        throw new EditRefusedException($"There is no {sentence}.");
    }

    /// <summary>The bead at <paramref name="index"/>.</summary>
    /// <exception cref="EditRefusedException">There is no such bead.</exception>
    public ReviewBead Bead(int index) =>
        index >= 0 && index < Beads.Length ? Beads[index] : throw new EditRefusedException($"There is no bead {index + 1}.");

    /// <summary>The state with <paramref name="count"/> beads from <paramref name="at"/> replaced by <paramref name="replacement"/>.</summary>
    public ReviewState Splice(int at, int count, IEnumerable<ReviewBead> replacement) =>
        this with { Beads = Beads.RemoveRange(at, count).InsertRange(at, replacement) };

    /// <summary>The alignment as it now stands, over documents that carry the mended texts.</summary>
    public Bitext ToBitext(SegmentedDocument source, SegmentedDocument target) =>
        new(source, target, [.. Beads.Select(b => new Bead(b.Source, b.Target, b.IsFixed ? 1.0 : b.Confidence))]);
}
