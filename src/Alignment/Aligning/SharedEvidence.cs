using Alignment.Segmentation;

namespace Alignment.Aligning;

/// <summary>
/// Where a run of unpaired sentences may have gone, however far: the runs of the other side that share the most of
/// its evidence (invariant tokens and lexicon concepts). A translator can move a passage anywhere in a document, and
/// aligning a run with every run of the other side would cost the product of their numbers; an index from each token
/// to the runs that hold it finds the few worth aligning in time linear in the runs' length.
/// </summary>
internal static class SharedEvidence
{
    /// <summary>Runs of the other side proposed for each run.</summary>
    private const int Proposed = 3;

    /// <summary>
    /// A token held by more runs of the other side than this says nothing about where a run went (a common word's
    /// concept, a year that every paragraph gives); skipping it keeps the look-ups linear.
    /// </summary>
    private const int Common = 8;

    /// <summary>Distinct tokens two runs must share to be proposed: one is a coincidence as often as not.</summary>
    private const int Fewest = 2;

    /// <summary>For each source run, the target runs (by index) that share the most evidence with it, most first.</summary>
    public static List<int>[] Propose(IReadOnlyList<SentenceSpan> sources, IReadOnlyList<SentenceSpan> targets, BeadScorer scorer)
    {
        var postings = new Dictionary<int, List<int>>();
        for (var r = 0; r < targets.Count; r++)
        {
            foreach (var token in Tokens(targets[r], scorer, source: false))
            {
                if (!postings.TryGetValue(token, out var runs))
                {
                    postings[token] = runs = [];
                }

                runs.Add(r);
            }
        }

        var proposed = new List<int>[sources.Count];
        var shared = new Dictionary<int, int>();
        for (var r = 0; r < sources.Count; r++)
        {
            shared.Clear();
            foreach (var token in Tokens(sources[r], scorer, source: true))
            {
                if (postings.TryGetValue(token, out var runs) && runs.Count <= Common)
                {
                    foreach (var run in runs)
                    {
                        shared[run] = shared.GetValueOrDefault(run) + 1;
                    }
                }
            }

            proposed[r] = [.. shared.Where(x => x.Value >= Fewest).OrderByDescending(x => x.Value).ThenBy(x => x.Key).Take(Proposed).Select(x => x.Key)];
        }

        return proposed;
    }

    private static HashSet<int> Tokens(SentenceSpan run, BeadScorer scorer, bool source)
    {
        var tokens = new HashSet<int>();
        for (var i = run.Start; i < run.Start + run.Count; i++)
        {
            tokens.UnionWith(scorer.EvidenceTokens(i, source));
        }

        return tokens;
    }
}
