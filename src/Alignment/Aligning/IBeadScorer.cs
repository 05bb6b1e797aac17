using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Evidence of your own for the <see cref="Aligner"/>: how strongly a run of source sentences and a run of target
/// sentences look like translations of each other — for example the similarity of their sentence embeddings. The
/// score is added to the aligner's own evidence (lengths, numbers, names, the lexicon, the word model it teaches
/// itself) for every candidate bead, so it also shapes the confidences.
/// </summary>
/// <remarks>
/// The aligner asks for every candidate bead it considers, a few dozen per sentence, so a scorer should compute
/// what it needs per sentence once (keyed by the document) and combine it cheaply. Calls for one pair come from one
/// thread; calls for different pairs may come at once.
/// </remarks>
public interface IBeadScorer
{
    /// <summary>The evidence, in nats, that the two runs translate each other: positive for, negative against.</summary>
    /// <param name="source">The source document.</param>
    /// <param name="sourceSentences">The candidate's source sentences (never empty).</param>
    /// <param name="target">The target document.</param>
    /// <param name="targetSentences">The candidate's target sentences (never empty).</param>
    double Score(SegmentedDocument source, SentenceSpan sourceSentences, SegmentedDocument target, SentenceSpan targetSentences);
}
