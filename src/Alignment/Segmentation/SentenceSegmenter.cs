using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>
/// Splits the blocks of a document into sentences: ICU's Unicode sentence boundaries, refined by
/// <see cref="SegmentationRules"/>. Sentences are trimmed, never cross a block, and a label, footnote marker
/// or stray punctuation is never a sentence of its own. Safe for concurrent use.
/// </summary>
public sealed class SentenceSegmenter : ISentenceSegmenter
{
    /// <summary>Creates a segmenter that applies <paramref name="rules"/>.</summary>
    public SentenceSegmenter(SegmentationRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = rules;
    }

    /// <summary>A segmenter with <see cref="SegmentationRules.Default"/>.</summary>
    public static SentenceSegmenter Default { get; } = new(SegmentationRules.Default);

    /// <summary>The rules this segmenter applies.</summary>
    public SegmentationRules Rules { get; }

    /// <summary>Splits every block of <paramref name="document"/> into its sentences, in reading order.</summary>
    public SegmentedDocument Segment(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = new List<Sentence>();
        foreach (var block in document.Blocks)
        {
            foreach (var span in Split(block.Text, document.Language))
            {
                var text = block.Text.Substring(span.Start, span.Length);
                sentences.Add(new Sentence(sentences.Count, block.Index, text, span, block.MapToSource(span)));
            }
        }

        return new SegmentedDocument(document, sentences);
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> written in <paramref name="language"/>: spans of
    /// <paramref name="text"/>, in order, trimmed and never overlapping. Whitespace-only text has none.
    /// </summary>
    public IReadOnlyList<TextSpan> Split(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        return SentencePieces.Cut(text, BreakFinder.Find(text, language, Rules.For(language)));
    }
}
