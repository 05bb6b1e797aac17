using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Two segmented documents and the beads that align them. The beads cover every sentence of each document
/// exactly once, in order.
/// </summary>
public sealed class Bitext
{
    private IReadOnlyList<AlignedPair>? pairs;

    /// <summary>Pairs two documents with an alignment of their sentences.</summary>
    /// <exception cref="ArgumentException">The beads skip, repeat or reorder sentences.</exception>
    public Bitext(SegmentedDocument source, SegmentedDocument target, IReadOnlyList<Bead> beads)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(beads);
        int s = 0, t = 0;
        foreach (var bead in beads)
        {
            if (bead.Source.Start != s || bead.Target.Start != t || (bead.Source.IsEmpty && bead.Target.IsEmpty))
            {
                throw new ArgumentException($"Bead {bead} does not continue at source {s}, target {t}.", nameof(beads));
            }

            s = bead.Source.End;
            t = bead.Target.End;
        }

        if (s != source.Sentences.Count || t != target.Sentences.Count)
        {
            throw new ArgumentException(
                $"The beads end at source {s} of {source.Sentences.Count}, target {t} of {target.Sentences.Count}.", nameof(beads));
        }

        Source = source;
        Target = target;
        Beads = beads;
    }

    /// <summary>The source-language document.</summary>
    public SegmentedDocument Source { get; }

    /// <summary>The target-language document.</summary>
    public SegmentedDocument Target { get; }

    /// <summary>The beads, in document order.</summary>
    public IReadOnlyList<Bead> Beads { get; }

    /// <summary>Every bead with its text and provenance on both sides.</summary>
    public IReadOnlyList<AlignedPair> Pairs => pairs ??= Beads.Select(b => new AlignedPair(
        b, Side.Of(Source, b.Source), Side.Of(Target, b.Target))).ToArray();
}
