using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// One step of an alignment: a run of source sentences paired with a run of target sentences,
/// and how sure the aligner is of it.
/// </summary>
/// <param name="Source">The source sentences (empty for a <c>0-1</c> bead).</param>
/// <param name="Target">The target sentences (empty for a <c>1-0</c> bead).</param>
/// <param name="Confidence">The aligner's confidence in [0, 1] that this bead is right.</param>
public sealed record Bead(SentenceSpan Source, SentenceSpan Target, double Confidence)
{
    /// <summary>The bead's shape, e.g. <c>1-2</c>.</summary>
    public BeadType Type => new(Source.Count, Target.Count);

    /// <summary>Formats the bead as one line of the Vecalign/Bertalign evaluation format: <c>[0]:[0,1]:0.93</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Source}:{Target}:{Confidence:0.00}");
}
