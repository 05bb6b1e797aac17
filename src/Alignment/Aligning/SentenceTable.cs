using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// One side's sentence features laid out for the bead costs, which read them for every candidate bead: lengths as
/// running sums, so that a run's length is one subtraction; each sentence's evidence tokens — invariants (even ids)
/// and lexicon concepts (odd ids), sorted — in one shared array, and the distinct tokens of every run of one, two
/// and three sentences with how often the run holds each, since a bead's evidence is compared as a whole; block
/// boundaries as flags. Concepts are
/// numbered densely within the pair, so that both sides' tokens index a small table (see <see cref="EvidenceOverlap"/>).
/// </summary>
internal sealed class SentenceTable
{
    private readonly double[] cumulativeLengths;
    private readonly int[] evidenceStarts;
    private readonly int[] evidence;

    // Every run's tokens once each, beside how many times the run holds it, as (token, count) pairs: by run length,
    // where each run's pairs start, and the pairs.
    private readonly int[][] distinctStarts = new int[LongestRun + 1][];
    private readonly int[][] distinctEvidence = new int[LongestRun + 1][];
    private readonly int[] invariantCounts;
    private readonly bool[] blockStarts;
    private readonly bool[] blockEnds;
    private readonly QuoteBalance[] quotes;
    private readonly Speech[] speech;

    // Turns of dialogue before each sentence, so that a run without any is told in one subtraction.
    private readonly int[] cumulativeTurns;

    /// <param name="sentences">The side's sentences.</param>
    /// <param name="length">A sentence's length in the pair's common unit.</param>
    /// <param name="conceptIds">The pair's dense number for every lexicon concept either side holds, indexed by concept.</param>
    [MethodImpl(HotLoop.Optimised)]
    public SentenceTable(SentenceFeatures[] sentences, Func<SentenceFeatures, double> length, int[] conceptIds)
    {
        cumulativeLengths = new double[sentences.Length + 1];
        evidenceStarts = new int[sentences.Length + 1];
        invariantCounts = new int[sentences.Length];
        blockStarts = new bool[sentences.Length];
        blockEnds = new bool[sentences.Length];
        quotes = new QuoteBalance[sentences.Length];
        speech = new Speech[sentences.Length];
        cumulativeTurns = new int[sentences.Length + 1];
        for (var i = 0; i < sentences.Length; i++)
        {
            var f = sentences[i];
            cumulativeLengths[i + 1] = cumulativeLengths[i] + length(f);
            evidenceStarts[i + 1] = evidenceStarts[i] + f.Invariants.Length + f.Concepts.Length;
            invariantCounts[i] = f.Invariants.Length;
            blockStarts[i] = f.BlockStart;
            blockEnds[i] = f.BlockEnd;
            quotes[i] = f.Quotes;
            speech[i] = f.Speech;
            cumulativeTurns[i + 1] = cumulativeTurns[i] + (f.Speech == Aligning.Speech.Turn ? 1 : 0);
        }

        evidence = new int[evidenceStarts[^1]];
        for (var i = 0; i < sentences.Length; i++)
        {
            var into = evidence.AsSpan(evidenceStarts[i], evidenceStarts[i + 1] - evidenceStarts[i]);
            var (invariants, concepts) = (sentences[i].Invariants, sentences[i].Concepts);
            for (var k = 0; k < invariants.Length; k++)
            {
                into[k] = invariants[k] * 2;
            }

            for (var k = 0; k < concepts.Length; k++)
            {
                into[invariants.Length + k] = (conceptIds[concepts[k]] * 2) + 1;
            }

            into.Sort();
        }

        (distinctStarts[1], distinctEvidence[1]) = Distinct();
        for (var count = 2; count <= LongestRun; count++)
        {
            (distinctStarts[count], distinctEvidence[count]) = Joined(count);
        }
    }

    /// <summary>The largest run of sentences whose evidence is kept merged.</summary>
    public const int LongestRun = 3;

    public int Count => invariantCounts.Length;

    /// <summary>The length of sentence <paramref name="sentence"/> in the pair's common unit.</summary>
    public double Length(int sentence) => cumulativeLengths[sentence + 1] - cumulativeLengths[sentence];

    /// <summary>The total length of <paramref name="count"/> sentences from <paramref name="start"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public double Length(int start, int count) => cumulativeLengths[start + count] - cumulativeLengths[start];

    /// <summary>The sentence's evidence tokens, sorted: invariant ids doubled, concept ids doubled plus one.</summary>
    public ReadOnlySpan<int> Evidence(int sentence) => evidence.AsSpan(evidenceStarts[sentence], evidenceStarts[sentence + 1] - evidenceStarts[sentence]);

    /// <summary>The number of evidence tokens of <paramref name="count"/> sentences from <paramref name="start"/>.</summary>
    public int EvidenceCount(int start, int count) => evidenceStarts[start + count] - evidenceStarts[start];

    /// <summary>The number of invariant tokens of <paramref name="count"/> sentences from <paramref name="start"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public int Invariants(int start, int count)
    {
        var total = 0;
        for (var i = start; i < start + count; i++)
        {
            total += invariantCounts[i];
        }

        return total;
    }

    public bool BlockStart(int sentence) => blockStarts[sentence];

    /// <summary>Where <paramref name="count"/> sentences from <paramref name="start"/> stand in quoted speech.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public QuoteBalance Quotes(int start, int count)
    {
        var balance = quotes[start];
        for (var i = start + 1; i < start + count; i++)
        {
            balance = balance.Then(quotes[i]);
        }

        return balance;
    }

    public bool BlockEnd(int sentence) => blockEnds[sentence];

    /// <summary>Whether any of <paramref name="count"/> sentences from <paramref name="start"/> is a turn of dialogue.</summary>
    public bool HoldsTurn(int start, int count) => cumulativeTurns[start + count] > cumulativeTurns[start];

    /// <summary>Whether each of <paramref name="count"/> sentences from <paramref name="start"/> is dialogue or narration.</summary>
    public ReadOnlySpan<Speech> Speech(int start, int count) => speech.AsSpan(start, count);

    /// <summary>
    /// The evidence tokens of <paramref name="count"/> (1 to <see cref="LongestRun"/>) sentences from
    /// <paramref name="start"/>, each once, in order, as pairs: the token, then how many times the run holds it.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    public ReadOnlySpan<int> DistinctEvidence(int start, int count)
    {
        var starts = distinctStarts[count];
        return distinctEvidence[count].AsSpan(starts[start], starts[start + 1] - starts[start]);
    }

    /// <summary>For every sentence, the (token, count) pairs of <see cref="DistinctEvidence"/> of the sentence alone.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private (int[] Starts, int[] Pairs) Distinct()
    {
        var n = invariantCounts.Length;
        var (starts, pairs) = (new int[n + 1], new int[2 * evidence.Length]);
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            starts[i] = at;
            var tokens = Evidence(i);
            for (var k = 0; k < tokens.Length; k++)
            {
                if (k > 0 && tokens[k] == tokens[k - 1])
                {
                    pairs[at - 1]++;
                }
                else
                {
                    (pairs[at], pairs[at + 1]) = (tokens[k], 1);
                    at += 2;
                }
            }
        }

        starts[n] = at;
        return (starts, pairs);
    }

    /// <summary>
    /// For every sentence, the (token, count) pairs of <see cref="DistinctEvidence"/> of the run of
    /// <paramref name="count"/> sentences it starts (shorter at the end): the run of one fewer from it merged with the
    /// sentence after that run, the counts of a token both hold added up.
    /// </summary>
    [MethodImpl(HotLoop.Optimised)]
    private (int[] Starts, int[] Pairs) Joined(int count)
    {
        var n = invariantCounts.Length;
        var (shorterStarts, shorter) = (distinctStarts[count - 1], distinctEvidence[count - 1]);
        var (singleStarts, single) = (distinctStarts[1], distinctEvidence[1]);
        var bound = shorterStarts[n] + (singleStarts[n] - singleStarts[Math.Min(count - 1, n)]);
        var (starts, pairs) = (new int[n + 1], new int[bound]);
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            starts[i] = at;
            var left = shorter.AsSpan(shorterStarts[i], shorterStarts[i + 1] - shorterStarts[i]);
            var last = i + count - 1;
            var right = last < n ? single.AsSpan(singleStarts[last], singleStarts[last + 1] - singleStarts[last]) : [];
            int a = 0, b = 0;
            while (a < left.Length || b < right.Length)
            {
                if (b == right.Length || (a < left.Length && left[a] < right[b]))
                {
                    (pairs[at], pairs[at + 1]) = (left[a], left[a + 1]);
                    a += 2;
                }
                else if (a == left.Length || right[b] < left[a])
                {
                    (pairs[at], pairs[at + 1]) = (right[b], right[b + 1]);
                    b += 2;
                }
                else
                {
                    (pairs[at], pairs[at + 1]) = (left[a], left[a + 1] + right[b + 1]);
                    (a, b) = (a + 2, b + 2);
                }

                at += 2;
            }
        }

        starts[n] = at;
        return (starts, pairs);
    }
}
