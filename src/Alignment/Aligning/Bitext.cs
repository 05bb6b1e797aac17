using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Two segmented documents and the beads that align them. The beads run through the source in order, covering
/// every source sentence exactly once; they cover every target sentence exactly once too, in order except where a
/// block moved (a footnote the target's page put elsewhere pairs with its source footnote wherever that is).
/// </summary>
public sealed class Bitext
{
    private IReadOnlyList<AlignedPair>? pairs;

    /// <summary>Pairs two documents with an alignment of their sentences.</summary>
    /// <exception cref="ArgumentException">The beads skip, repeat or reorder source sentences, or skip or repeat target ones.</exception>
    public Bitext(SegmentedDocument source, SegmentedDocument target, IReadOnlyList<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(beads);
        var s = 0;
        var covered = new bool[target.Sentences.Count];
        foreach (var bead in beads)
        {
            if (bead.Source.Start != s || (bead.Source.IsEmpty && bead.Target.IsEmpty))
            {
                throw new ArgumentException($"Bead {bead} does not continue the source at sentence {s}.", nameof(beads));
            }

            foreach (var t in bead.Target.Indices)
            {
                if (t < 0 || t >= covered.Length || covered[t])
                {
                    throw new ArgumentException($"Bead {bead} names target sentence {t}, which is out of range or already aligned.", nameof(beads));
                }

                covered[t] = true;
            }

            s = bead.Source.End;
        }

        var missing = Array.IndexOf(covered, false);
        if (s != source.Sentences.Count || missing >= 0)
        {
            throw new ArgumentException(
                $"The beads end at source sentence {s} of {source.Sentences.Count}" + (missing >= 0 ? $" and leave target sentence {missing} out." : "."),
                nameof(beads));
        }

        Source = source;
        Target = target;
        Beads = beads;
    }

    private Bitext(Bitext other)
    {
        (Source, Target, Beads) = (other.Source, other.Target, other.Beads);
    }

    /// <summary>The source-language document.</summary>
    public SegmentedDocument Source { get; }

    /// <summary>The target-language document.</summary>
    public SegmentedDocument Target { get; }

    /// <summary>The beads, in document order.</summary>
    public IReadOnlyList<Bead> Beads { get; }

    /// <summary>
    /// For each bead, whether its two sides share evidence (<see cref="BeadEvidence"/>), when the aligner that made
    /// this bitext recorded it; none for a bitext built from beads read or made elsewhere.
    /// </summary>
    internal IReadOnlyList<bool>? BeadEvidence { get; private init; }

    /// <summary>This bitext with <paramref name="evidence"/> recorded for its beads.</summary>
    internal Bitext WithBeadEvidence(IReadOnlyList<bool> evidence) => new(this) { BeadEvidence = evidence };

    /// <summary>Every bead with its text and provenance on both sides.</summary>
    public IReadOnlyList<AlignedPair> Pairs => pairs ??= Beads.Select(b => new AlignedPair(
        b, Side.Of(Source, b.Source), Side.Of(Target, b.Target))).ToArray();
}
