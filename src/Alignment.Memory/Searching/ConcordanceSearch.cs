using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// A concordance search: the phrase's terms as a phrase query on the language's field, every hit grouped by what it
/// reads (<see cref="HitCollector"/>), and only the requested page loaded and highlighted.
/// </summary>
internal static class ConcordanceSearch
{
    public static ConcordancePage Run(IndexSearcher searcher, string phrase, string code, ConcordanceOptions options)
    {
        var field = IndexSchema.IsCharacterBased(code) && !options.WholeWords ? IndexSchema.Grams(code) : IndexSchema.Words(code);
        if (!PhrasePattern.TryParse(field, phrase, out var pattern))
        {
            return new ConcordancePage([], options.PageIndex, options.PageSize, 0, 0);
        }

        var collector = new HitCollector();
        searcher.Search(pattern.ToQuery(), collector);
        var groups = collector.Groups();
        var stored = new StoredUnits(searcher);
        var hits = groups
            .Skip(options.PageIndex * options.PageSize)
            .Take(options.PageSize)
            .Select(group => Hit(stored.Load(group.Document), group.Count, code, pattern))
            .ToList();
        return new ConcordancePage(hits, options.PageIndex, options.PageSize, groups.Count, collector.HitCount);
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
