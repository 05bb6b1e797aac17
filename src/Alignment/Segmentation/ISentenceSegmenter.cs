using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>
/// The segmenter stage: cuts the blocks of a document into sentences. <see cref="SentenceSegmenter"/> is the default
/// (ICU boundaries refined by SRX rules); implement this to bring your own and hand it to
/// <c>AlignmentPipeline.Default with { Segmenter = yours }</c>.
/// </summary>
/// <remarks>
/// The result must list each block's sentences in order, never crossing a block (see <see cref="SegmentedDocument"/>).
/// Implementations should be safe for concurrent use.
/// </remarks>
public interface ISentenceSegmenter
{
    /// <summary>Splits every block of <paramref name="document"/> into its sentences, in reading order.</summary>
    SegmentedDocument Segment(Document document);
}
