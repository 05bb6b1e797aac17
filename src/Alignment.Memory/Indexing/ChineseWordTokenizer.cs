using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// SmartCn's Chinese word tokenizer with its sentence breaking kept and its word search done by
/// <see cref="SmartCnSegmenter"/>: the same words, offsets and types, without building objects per lattice word. When
/// SmartCn does not lend its dictionaries (<see cref="SmartCnLexicon.Instance"/>), it is SmartCn's tokenizer unchanged.
/// </summary>
internal sealed class ChineseWordTokenizer : HMMChineseTokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;
    private readonly SmartCnSegmenter? segmenter = SmartCnLexicon.Instance is { } lexicon ? new(lexicon) : null;
    private readonly List<char> written = [];
    private int sentenceOffset;
    private int next;

    public ChineseWordTokenizer(TextReader reader)
        : base(reader)
    {
        term = AddAttribute<ICharTermAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    protected override void SetNextSentence(int sentenceStart, int sentenceEnd)
    {
        if (segmenter is null)
        {
            base.SetNextSentence(sentenceStart, sentenceEnd);
            return;
        }

        segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        sentenceOffset = m_offset + sentenceStart;
        next = 0;
    }

    protected override bool IncrementWord()
    {
        if (segmenter is null)
        {
            return base.IncrementWord();
        }

        if (next >= segmenter.Count)
        {
            return false;
        }

        ClearAttributes();
        var (start, end) = segmenter.Word(next++, written);
        var buffer = term.ResizeBuffer(written.Count);
        written.CopyTo(buffer);
        term.Length = written.Count;
        offset.SetOffset(CorrectOffset(sentenceOffset + start), CorrectOffset(sentenceOffset + end));
        type.Type = "word";
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        sentenceOffset = next = 0;
        segmenter?.Segment([]);
    }
}
