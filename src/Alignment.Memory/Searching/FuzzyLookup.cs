using Alignment.Memory.Indexing;
using Alignment.Memory.Matching;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// A fuzzy lookup: candidates from <see cref="CandidateSearch"/> are scored from doc values, then only those that
/// can make the list (the best, and whatever ties with the last of them, within reason) are loaded whole and scored
/// again with their stored context, which is what can lift a 100 to 101.
/// </summary>
internal static class FuzzyLookup
{
    // How many times the requested number of matches may be loaded when scores tie at the cut-off.
    private const int MaxTiesLoaded = 4;

    public static List<FuzzyMatch> Run(IndexSearcher searcher, string text, string source, string target, LookupOptions options, SearchTuning tuning)
    {
        var scorer = new FuzzyScorer(text, options.Context, options.MinimumScore, options.Penalties);
        if (scorer.QueryLength == 0)
        {
            return [];
        }

        var texts = new CandidateTexts(searcher, source);
        var ranked = new List<(int Doc, int Score)>();
        var best = new PriorityQueue<int, int>(options.MaxResults + 1);
        foreach (var doc in CandidateSearch.Find(searcher, scorer, source, target, options.MinimumScore, tuning))
        {
            // Once the requested number of candidates score at least f, one below f can neither make the list nor
            // tie with its last, so its edit distance is only worked out as far as f. The most promising come first.
            var floor = best.Count == options.MaxResults && best.TryPeek(out _, out var lowest) ? lowest : options.MinimumScore;
            if (texts.TryRead(doc, out var candidate, out var facts) && scorer.Score(candidate, facts, floor).Score.Value is var score && score >= floor)
            {
                ranked.Add((doc, score));
                if (best.Count < options.MaxResults)
                {
                    best.Enqueue(score, score);
                }
                else if (score > floor)
                {
                    best.EnqueueDequeue(score, score);
                }
            }
        }

        ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        var cutoff = ranked.Count > options.MaxResults ? ranked[options.MaxResults - 1].Score : 0;
        var matches = new List<(FuzzyMatch, int)>();
        var stored = new StoredUnits(searcher);
        foreach (var (doc, _) in ranked.TakeWhile(r => r.Score >= cutoff).Take(options.MaxResults * MaxTiesLoaded))
        {
            var unit = stored.Load(doc);
            if (UnitMatcher.TryMatch(scorer, unit, source, target, out var match))
            {
                matches.Add((match, doc));
            }
        }

        return UnitMatcher.Best(matches, options.MinimumScore, options.MaxResults);
    }
}
