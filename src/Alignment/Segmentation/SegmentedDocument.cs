using Alignment.Documents;
using Alignment.Writing;

namespace Alignment.Segmentation;

/// <summary>A document together with its sentences, in reading order; each sentence belongs to one block.</summary>
public sealed class SegmentedDocument
{
    private readonly SentenceSpan[] sentencesByBlock;

    /// <summary>Pairs a document with its sentences.</summary>
    /// <param name="document">The document the sentences were cut from.</param>
    /// <param name="sentences">
    /// The sentences in order, each with <see cref="Sentence.Index"/> equal to its position and block indices that never decrease.
    /// </param>
    public SegmentedDocument(Document document, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sentences);
        sentencesByBlock = new SentenceSpan[document.Blocks.Count];
        var next = 0;
        for (var b = 0; b < sentencesByBlock.Length; b++)
        {
            var start = next;
            while (next < sentences.Count && sentences[next].BlockIndex == b)
            {
                if (sentences[next].Index != next)
                {
                    throw new ArgumentException($"Sentence {next} carries index {sentences[next].Index}.", nameof(sentences));
                }

                next++;
            }

            sentencesByBlock[b] = new SentenceSpan(start, next - start);
        }

        if (next != sentences.Count)
        {
            throw new ArgumentException("Sentences must follow their blocks in order and name existing blocks.", nameof(sentences));
        }

        Document = document;
        Sentences = sentences;
    }

    /// <summary>The document the sentences were cut from.</summary>
    public Document Document { get; }

    /// <summary>The document's language.</summary>
    public Language Language => Document.Language;

    /// <summary>All sentences in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>The run of sentences that make up block <paramref name="blockIndex"/>.</summary>
    public SentenceSpan SentencesOf(int blockIndex) => sentencesByBlock[blockIndex];

    /// <summary>The block that holds sentence <paramref name="sentenceIndex"/>.</summary>
    public Block BlockOf(int sentenceIndex) => Document.Blocks[Sentences[sentenceIndex].BlockIndex];

    /// <summary>
    /// The sentences of <paramref name="span"/> joined as the document has them: within a block with the whitespace
    /// that stands between them in its text (<c>end.  Next</c> keeps both spaces, so that a CAT tool's segment matches
    /// exactly); across blocks with a space, except where Chinese (or other CJK) text meets, which is written without one.
    /// </summary>
    public string TextOf(SentenceSpan span)
    {
        var builder = new System.Text.StringBuilder();
        Sentence? previous = null;
        foreach (var i in span.Indices)
        {
            var sentence = Sentences[i];
            var text = sentence.Text;
            if (previous is not null && previous.BlockIndex == sentence.BlockIndex)
            {
                // A line break (between the lines of a presegmented file) is no part of a segment: it reads as a space.
                var between = Document.Blocks[sentence.BlockIndex].Text.AsSpan(previous.InBlock.End, sentence.InBlock.Start - previous.InBlock.End);
                _ = between.ContainsAny('\n', '\r') ? builder.Append(' ') : builder.Append(between);
            }
            else if (builder.Length > 0 && text.Length > 0 && !IsCjk(builder[^1]) && !IsCjk(text[0]))
            {
                builder.Append(' ');
            }

            builder.Append(text);
            previous = sentence;
        }

        return builder.ToString();
    }

    /// <summary>Han ideographs, CJK punctuation and full-width forms: the characters written without spaces between them.</summary>
    private static bool IsCjk(char c) => Han.IsWrittenWithoutSpaces(c);

    /// <summary>
    /// Wraps sentences that were segmented elsewhere (one per line of a presegmented file) as a document with
    /// a single unlabelled block, so that no structure is assumed.
    /// </summary>
    public static SegmentedDocument FromSentences(string name, Language language, IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = string.Join('\n', sentences);
        var list = new List<Sentence>(sentences.Count);
        var offset = 0;
        foreach (var sentence in sentences)
        {
            var span = new TextSpan(offset, sentence.Length);
            list.Add(new Sentence(list.Count, 0, sentence, span, span));
            offset += sentence.Length + 1;
        }

        var block = new Block(0, BlockKind.Paragraph, BlockLabel.None, BlockPath.Of("body"), text, new TextSpan(0, text.Length), 0);
        return new SegmentedDocument(new Document(name, language, text, [block], []), list);
    }
}
