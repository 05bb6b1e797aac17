using System.Runtime.InteropServices;
using Alignment.Interchange;

namespace Alignment.Memory.Matching;

/// <summary>
/// Scores stored source segments against one looked-up text, the way CAT tools do.
/// <list type="number">
/// <item>Leading labels are set aside on both sides; the rest is folded (NFKC, case, whitespace, script) and cut into
/// tokens (<see cref="Tokens"/>).</item>
/// <item>With <c>d</c> the token edit distance and <c>n</c> the longer token count, the score is
/// <c>⌊100 × (n − d) / n⌋</c>, at most 99 when <c>d &gt; 0</c>: only identical text scores 100.</item>
/// <item>Identical tokens but different text lose <see cref="MatchPenalties"/> points for each kind of difference
/// (whitespace, case, width, Chinese script, label); an aligned unit below the confidence threshold loses
/// <see cref="MatchPenalties.ForConfidence"/>, more the more doubtful it is.</item>
/// <item>A 100 whose stored neighbours equal the ones the caller gives becomes 101; one given neighbour is enough.</item>
/// </list>
/// The score never rises with more edits: for a fixed length it falls as <c>d</c> grows.
/// </summary>
internal sealed class FuzzyScorer
{
    private readonly Dictionary<string, int> vocabulary = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] queryTokens;
    private readonly LookupContext context;
    private readonly int minimumScore;
    private readonly MatchPenalties penalties;
    private readonly List<int> candidateTokens = [];

    /// <summary>Prepares to score candidates for <paramref name="text"/>.</summary>
    /// <param name="text">The looked-up text.</param>
    /// <param name="context">Its neighbouring source segments.</param>
    /// <param name="minimumScore">
    /// Scores below this need not be exact: the edit distance is only computed as far as it can still reach it,
    /// and a candidate that cannot is given some score below it.
    /// </param>
    /// <param name="penalties">The points lost for formatting differences and doubtful alignments; <see cref="MatchPenalties.Default"/> when null.</param>
    public FuzzyScorer(string text, LookupContext context, int minimumScore = 0, MatchPenalties? penalties = null)
    {
        QueryText = text;
        this.penalties = penalties ?? MatchPenalties.Default;
        Query = new ComparableText(text);
        this.context = context;
        this.minimumScore = minimumScore;
        lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<int>();
        Tokens.Scan(Query.Key, (start, length) =>
        {
            var token = Query.Key.Substring(start, length);
            if (!vocabulary.TryGetValue(token, out var id))
            {
                id = vocabulary.Count;
                vocabulary.Add(token, id);
            }

            tokens.Add(id);
        });
        queryTokens = [.. tokens];
    }

    /// <summary>The looked-up text, prepared.</summary>
    public ComparableText Query { get; }

    /// <summary>The looked-up text as given.</summary>
    public string QueryText { get; }

    /// <summary>The number of tokens in the looked-up text (after its label).</summary>
    public int QueryLength => queryTokens.Length;

    /// <summary>The best score a candidate of <paramref name="length"/> tokens could reach: edits cannot be fewer than the length difference.</summary>
    public int Ceiling(int length)
    {
        var longer = Math.Max(length, QueryLength);
        return longer == 0 || length == QueryLength ? MatchScore.ContextValue : 100 * Math.Min(length, QueryLength) / longer;
    }

    /// <summary>Scores one stored source segment.</summary>
    /// <param name="candidateSource">The stored source segment.</param>
    /// <param name="facts">What sets the candidate's penalties.</param>
    /// <param name="floor">Like the minimum score: a score below it need not be exact, only below it.</param>
    public (MatchScore Score, MatchDifferences Differences) Score(string candidateSource, CandidateFacts facts, int floor = 0)
    {
        var candidate = new ComparableText(candidateSource);
        var differences = MatchDifferences.None;
        int value;
        var distance = Distance(candidate.Key, Math.Max(minimumScore, floor));
        if (distance == 0)
        {
            differences = FormattingDifferences(candidate);
            value = MatchScore.ExactValue - Penalty(differences);
        }
        else
        {
            var longer = Math.Max(QueryLength, candidateTokens.Count);
            value = Math.Min(99, 100 * (longer - distance) / longer);
            differences = MatchDifferences.Text | (candidate.Label == Query.Label ? 0 : MatchDifferences.Label);
        }

        if (facts.Origin == UnitOrigin.Aligned && facts.Confidence < penalties.LowConfidenceThreshold)
        {
            differences |= MatchDifferences.LowConfidence;
            value -= penalties.ForConfidence(facts.Confidence);
        }

        if (differences == MatchDifferences.None && facts.SameDirection && InContext(facts))
        {
            value = MatchScore.ContextValue;
        }

        return (new MatchScore(Math.Max(0, value)), differences);
    }

    private int Penalty(MatchDifferences differences) =>
        (differences.HasFlag(MatchDifferences.Whitespace) ? penalties.Whitespace : 0)
        + (differences.HasFlag(MatchDifferences.Case) ? penalties.Case : 0)
        + (differences.HasFlag(MatchDifferences.Width) ? penalties.Width : 0)
        + (differences.HasFlag(MatchDifferences.Label) ? penalties.Label : 0)
        + (differences.HasFlag(MatchDifferences.Script) ? penalties.Script : 0);

    private static bool SameIgnoringLabel(string a, string b) => new ComparableText(a).Key == new ComparableText(b).Key;

    private int Distance(string candidateKey, int minimum)
    {
        candidateTokens.Clear();
        Tokens.Scan(candidateKey, (start, length) =>
            candidateTokens.Add(lookup.TryGetValue(candidateKey.AsSpan(start, length), out var id) ? id : -1));

        // More edits than this would put the score below the minimum: 100 × (n − d) / n ≥ minimum ⇔ d ≤ n × (100 − minimum) / 100.
        var longer = Math.Max(QueryLength, candidateTokens.Count);
        var limit = longer * (100 - Math.Min(minimum, 100)) / 100;
        return EditDistance.Between(queryTokens, CollectionsMarshal.AsSpan(candidateTokens), limit);
    }

    // The tokens are equal; find which of the folds was needed to make the texts equal. Leaving out one fold at a
    // time and seeing the texts differ shows that fold mattered.
    private MatchDifferences FormattingDifferences(ComparableText candidate)
    {
        var differences = candidate.Label == Query.Label ? MatchDifferences.None : MatchDifferences.Label;
        var (query, other) = (Query.Rest, candidate.Rest);
        if (query == other)
        {
            return differences;
        }

        if (candidate.Key != Query.Key)
        {
            // Same tokens, different keys: only the spacing between tokens differs ("a , b" and "a, b").
            return differences | MatchDifferences.Whitespace;
        }

        var formatting = MatchDifferences.None;
        if (TextKey.Canonical(query, width: false, letterCase: true, whitespace: true, script: true) != TextKey.Canonical(other, width: false, letterCase: true, whitespace: true, script: true))
        {
            formatting |= MatchDifferences.Width;
        }

        if (TextKey.Canonical(query, width: true, letterCase: false, whitespace: true, script: true) != TextKey.Canonical(other, width: true, letterCase: false, whitespace: true, script: true))
        {
            formatting |= MatchDifferences.Case;
        }

        if (TextKey.Canonical(query, width: true, letterCase: true, whitespace: false, script: true) != TextKey.Canonical(other, width: true, letterCase: true, whitespace: false, script: true))
        {
            formatting |= MatchDifferences.Whitespace;
        }

        if (TextKey.Canonical(query, width: true, letterCase: true, whitespace: true, script: false) != TextKey.Canonical(other, width: true, letterCase: true, whitespace: true, script: false))
        {
            formatting |= MatchDifferences.Script;
        }

        // Texts that need two folds at once to meet still differ: never let them pass for identical.
        return differences | (formatting == MatchDifferences.None ? MatchDifferences.Whitespace : formatting);
    }

    /// <summary>
    /// Which of the caller's neighbours equal the stored ones: every neighbour the caller gives must, and one is
    /// enough. A unit with no stored neighbours at all cannot confirm any context.
    /// </summary>
    public MatchedContext ContextOf(CandidateFacts facts)
    {
        if (context.IsNone || (facts.PreviousSource.Length == 0 && facts.NextSource.Length == 0))
        {
            return MatchedContext.None;
        }

        var matched = MatchedContext.None;
        foreach (var (given, stored, which) in new[] { (context.PreviousSource, facts.PreviousSource, MatchedContext.Previous), (context.NextSource, facts.NextSource, MatchedContext.Next) })
        {
            if (given.Length > 0)
            {
                if (!SameIgnoringLabel(given, stored))
                {
                    return MatchedContext.None;
                }

                matched |= which;
            }
        }

        return matched;
    }

    private bool InContext(CandidateFacts facts) => ContextOf(facts) != MatchedContext.None;
}
