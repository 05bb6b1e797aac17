using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// A concordance search: the phrase's terms as a phrase query on the language's field, hits counted up to the
/// options' limit (<see cref="HitCollector"/>) in stored order, and only the requested page's distinct hits loaded, counted with the
/// units that read the same, and highlighted.
/// </summary>
internal static class ConcordanceSearch
{
    public static ConcordancePage Run(IndexSearcher searcher, string phrase, string code, ConcordanceOptions options)
    {
        var field = IndexSchema.IsCharacterBased(code) && !options.WholeWords ? IndexSchema.Grams(code) : IndexSchema.Words(code);
        if (!PhrasePattern.TryParseWithPrefixes(field, phrase, out var pattern))
        {
            return new ConcordancePage([], options.PageIndex, options.PageSize, 0, 0, TotalsAreExact: true);
        }

        var collector = new HitCollector((int)Math.Min((long)options.PageIndex * options.PageSize, int.MaxValue), options.PageSize, options.CountLimit);
        searcher.Search(pattern.ToQuery(searcher.IndexReader), collector);
        var stored = new StoredUnits(searcher);
        var readings = new KnownTerms(searcher.IndexReader, IndexSchema.Reading);
        var hits = collector.Page
            .Select(stored.Load)
            .Select(unit => Hit(unit, Math.Max(1, readings.Count(IndexSchema.ReadingKey(unit))), code, pattern))
            .ToList();
        return new ConcordancePage(hits, options.PageIndex, options.PageSize, collector.DistinctCount, collector.HitCount, !collector.Stopped);
    }

    private static ConcordanceHit Hit(TranslationUnit unit, int count, string code, PhrasePattern pattern)
    {
        var (side, other) = unit.Source.Language.Code == code ? (unit.Source, unit.Target) : (unit.Target, unit.Source);
        return new ConcordanceHit(
            unit,
            new HighlightedText(side.Language, side.Text, pattern.FindIn(side.Text)),
            new HighlightedText(other.Language, other.Text, []),
            count);
    }
}
