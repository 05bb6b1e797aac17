using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Alignment.Memory.Indexing;

/// <summary>
/// SmartCn's Chinese word tokenizer with its sentence breaking kept and its word search done by
/// <see cref="SmartCnSegmenter"/>: the same words, offsets and types, without building objects per lattice word.
/// </summary>
internal sealed class ChineseWordTokenizer : HMMChineseTokenizer
{
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;
    private readonly ITypeAttribute type;
    private readonly SmartCnSegmenter segmenter = new();
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
        segmenter.Segment(m_buffer.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
        sentenceOffset = m_offset + sentenceStart;
        next = 0;
    }

    protected override bool IncrementWord()
    {
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
        segmenter.Segment([]);
    }
}
