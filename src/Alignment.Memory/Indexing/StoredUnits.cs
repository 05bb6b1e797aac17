using Alignment.Interchange;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Indexing;

/// <summary>Rebuilds whole translation units from a searcher's index: stored fields plus the texts in doc values.</summary>
internal sealed class StoredUnits(IndexSearcher searcher)
{
    private readonly IList<AtomicReaderContext> leaves = searcher.IndexReader.Leaves;

    public TranslationUnit Load(int doc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return IndexSchema.ToUnit(searcher.Doc(doc), code =>
        {
            var bytes = new BytesRef();
            leaf.AtomicReader.GetBinaryDocValues(IndexSchema.Text(code))?.Get(doc - leaf.DocBase, bytes);
            return bytes.Utf8ToString();
        });
    }
}
