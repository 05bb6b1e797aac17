using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// The alignment stage of <see cref="AlignmentPipeline"/>: pairs the sentences of a document with those of its
/// translation. <see cref="Aligner"/> is the default; implement this to put another aligner in the pipeline.
/// Implementations should be thread-safe: one instance may align several pairs at once.
/// </summary>
public interface IAligner
{
    /// <summary>Aligns two segmented documents; the first is the source.</summary>
    /// <returns>Beads that cover every sentence of both documents once (see <see cref="Bitext"/>).</returns>
    Bitext Align(SegmentedDocument source, SegmentedDocument target);
}
