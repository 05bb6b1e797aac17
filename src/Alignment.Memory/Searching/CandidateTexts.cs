using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Searching;

/// <summary>Reads what the scorer needs of a candidate from doc values, without loading the stored unit.</summary>
internal sealed class CandidateTexts(IndexSearcher searcher, string code)
{
    private readonly IList<AtomicReaderContext> leaves = searcher.IndexReader.Leaves;
    private readonly BytesRef bytes = new();

    /// <summary>
    /// The candidate's text in the looked-up language and the facts that set its penalties. Context is left out
    /// (it needs the stored neighbours), so a context match shows only when the full unit is scored.
    /// </summary>
    public bool TryRead(int doc, out string text, out CandidateFacts facts)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var texts = leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Text(code));
        var trust = leaf.AtomicReader.GetNumericDocValues(IndexSchema.Trust);
        text = string.Empty;
        facts = default;
        if (texts is null || trust is null)
        {
            return false;
        }

        texts.Get(local, bytes);
        text = bytes.Utf8ToString();
        var confidence = trust.Get(local);
        facts = confidence == IndexSchema.Imported
            ? new CandidateFacts(UnitOrigin.Imported, 1.0, false, string.Empty, string.Empty)
            : new CandidateFacts(UnitOrigin.Aligned, confidence / 1_000_000.0, false, string.Empty, string.Empty);
        return true;
    }
}
