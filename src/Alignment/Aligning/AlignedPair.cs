using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>A bead with the text and provenance of both of its sides.</summary>
/// <param name="Bead">The bead.</param>
/// <param name="Source">The source side.</param>
/// <param name="Target">The target side.</param>
public sealed record AlignedPair(Bead Bead, Side Source, Side Target);

/// <summary>One side of an aligned pair: its sentences, text and where they come from.</summary>
/// <param name="Sentences">The sentence indices in the side's document.</param>
/// <param name="Text">The sentences joined as read; empty for the empty side of a 1-0 or 0-1 bead.</param>
/// <param name="Path">The block path of the first sentence (the path of the nearest block for an empty side).</param>
/// <param name="Label">
/// The label of the block when the side starts at the block's first sentence (so <c>12.</c> belongs to the
/// first sentence of paragraph 12 only); otherwise <see cref="BlockLabel.None"/>.
/// </param>
/// <param name="Offsets">
/// From the first character of the first sentence to the end of the last one, in the original text; from the lowest to
/// the highest where the reader put back text an extractor printed out of reading order.
/// </param>
public sealed record Side(SentenceSpan Sentences, string Text, BlockPath Path, BlockLabel Label, TextSpan Offsets)
{
    /// <summary>
    /// Where the side starts in its file: a line of a text file, a page and position of a PDF, a paragraph or footnote
    /// of a Word file (see <see cref="Document.LocationOf"/>).
    /// </summary>
    public required SourceLocation Location { get; init; }

    internal static Side Of(SegmentedDocument document, SentenceSpan span)
    {
        var sentences = document.Sentences;
        if (span.IsEmpty)
        {
            var near = Math.Min(span.Start, sentences.Count - 1);
            var path = near >= 0 ? document.BlockOf(near).Path : BlockPath.Root;
            var at = span.Start < sentences.Count ? sentences[span.Start].Source.Start
                : sentences.Count > 0 ? sentences[^1].Source.End : 0;
            return new Side(span, string.Empty, path, BlockLabel.None, new TextSpan(at, 0)) { Location = document.Document.LocationOf(at) };
        }

        var first = sentences[span.Start];
        var block = document.BlockOf(span.Start);
        var label = document.SentencesOf(block.Index).Start == span.Start ? block.Label : BlockLabel.None;
        return new Side(
            span,
            document.TextOf(span),
            block.Path,
            label,
            Extent(sentences, span))
        {
            Location = document.Document.LocationOf(first.Source.Start),
        };
    }

    /// <summary>
    /// From the lowest start to the highest end of the sentences: usually the first one's start and the last one's end,
    /// but a sentence the reader put back from out of reading order can reach further.
    /// </summary>
    private static TextSpan Extent(IReadOnlyList<Sentence> sentences, SentenceSpan span)
    {
        var (start, end) = (int.MaxValue, int.MinValue);
        for (var s = span.Start; s < span.End; s++)
        {
            (start, end) = (Math.Min(start, sentences[s].Source.Start), Math.Max(end, sentences[s].Source.End));
        }

        return TextSpan.FromBounds(start, end);
    }
}
