using Alignment.Segmentation;

namespace Alignment.Server.Reviewing;

/// <summary>A bead as a review holds it: its sentences on both sides, the aligner's confidence and what a person said about it.</summary>
/// <param name="Source">The source sentences (empty for a sentence of the target without counterpart).</param>
/// <param name="Target">The target sentences (empty for a sentence of the source without counterpart).</param>
/// <param name="Confidence">The aligner's confidence in [0, 1]; a person's beads count as 1.</param>
/// <param name="Status">Aligned, or confirmed or edited by a person.</param>
public sealed record ReviewBead(SentenceSpan Source, SentenceSpan Target, double Confidence, BeadStatus Status)
{
    /// <summary>True for a bead a person confirmed or made: an anchor that re-alignment keeps.</summary>
    public bool IsFixed => Status != BeadStatus.Aligned;

    /// <summary>True when one side is empty: a sentence (or several) without counterpart.</summary>
    public bool IsUnpaired => Source.IsEmpty != Target.IsEmpty;

    /// <summary>The sentences of one side.</summary>
    public SentenceSpan Side(DocumentSide side) => side == DocumentSide.Source ? Source : Target;

    /// <summary>True when the bead holds <paramref name="sentence"/>.</summary>
    public bool Holds(SentenceRef sentence)
    {
        var span = Side(sentence.Side);
        return sentence.Index >= span.Start && sentence.Index < span.End;
    }

    /// <summary>The same sentences in the same two groups, whatever the confidence and status.</summary>
    public bool SameSentencesAs(ReviewBead other) => Source == other.Source && Target == other.Target;

    /// <summary>A bead a person made from these sentences.</summary>
    internal static ReviewBead Made(SentenceSpan source, SentenceSpan target) => new(source, target, 1.0, BeadStatus.Edited);

    internal ReviewBead With(DocumentSide side, SentenceSpan span) =>
        side == DocumentSide.Source ? this with { Source = span } : this with { Target = span };
}
