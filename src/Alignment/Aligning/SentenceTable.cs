using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// One side's sentence features laid out for the bead costs, which read them for every candidate bead: lengths as
/// running sums, so that a run's length is one subtraction; each sentence's evidence tokens — invariants (even ids)
/// and lexicon concepts (odd ids), sorted — in one shared array, and likewise the merged tokens of every run of two
/// and three sentences, since a bead's evidence is compared as a whole; block boundaries as flags. Concepts are
/// numbered densely within the pair, so that both sides' tokens index a small table (see <see cref="EvidenceOverlap"/>).
/// </summary>
internal sealed class SentenceTable
{
    private readonly double[] cumulativeLengths;
    private readonly int[] evidenceStarts;
    private readonly int[] evidence;

    // The merged tokens of the runs of two sentences from each sentence, and of three.
    private readonly int[] pairStarts;
    private readonly int[] pairEvidence;
    private readonly int[] tripleStarts;
    private readonly int[] tripleEvidence;
    private readonly int[] invariantCounts;
    private readonly bool[] blockStarts;
    private readonly bool[] blockEnds;
    private readonly QuoteBalance[] quotes;
    private readonly Speech[] speech;

    // Turns of dialogue before each sentence, so that a run without any is told in one subtraction.
    private readonly int[] cumulativeTurns;

    /// <param name="sentences">The side's sentences.</param>
    /// <param name="length">A sentence's length in the pair's common unit.</param>
    /// <param name="conceptIds">The pair's dense number for every lexicon concept either side holds.</param>
    [MethodImpl(HotLoop.Optimised)]
    public SentenceTable(SentenceFeatures[] sentences, Func<SentenceFeatures, double> length, IReadOnlyDictionary<int, int> conceptIds)
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

        (pairStarts, pairEvidence) = Runs(2);
        (tripleStarts, tripleEvidence) = Runs(3);
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

    /// <summary>The evidence tokens of <paramref name="count"/> (1 to <see cref="LongestRun"/>) sentences from <paramref name="start"/> as one sorted list.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public ReadOnlySpan<int> Evidence(int start, int count) => count switch
    {
        1 => Evidence(start),
        2 => pairEvidence.AsSpan(pairStarts[start], pairStarts[start + 1] - pairStarts[start]),
        _ => tripleEvidence.AsSpan(tripleStarts[start], tripleStarts[start + 1] - tripleStarts[start]),
    };

    /// <summary>For every sentence, the merged tokens of the run of <paramref name="count"/> sentences it starts (shorter at the end).</summary>
    [MethodImpl(HotLoop.Optimised)]
    private (int[] Starts, int[] Tokens) Runs(int count)
    {
        var n = invariantCounts.Length;
        var starts = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            starts[i + 1] = starts[i] + EvidenceCount(i, Math.Min(count, n - i));
        }

        var tokens = new int[starts[^1]];
        for (var i = 0; i < n; i++)
        {
            Merge(i, Math.Min(count, n - i), tokens.AsSpan(starts[i], starts[i + 1] - starts[i]));
        }

        return (starts, tokens);
    }

    /// <summary>The evidence tokens of <paramref name="count"/> sentences from <paramref name="start"/>, merged into <paramref name="buffer"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    private void Merge(int start, int count, Span<int> buffer)
    {
        var length = 0;
        for (var i = start; i < start + count; i++)
        {
            var tokens = Evidence(i);

            // Merge from the back, so that the list gathered so far is never overwritten before it is read.
            int a = length - 1, b = tokens.Length - 1;
            for (var at = length + tokens.Length - 1; b >= 0; at--)
            {
                buffer[at] = a >= 0 && buffer[a] > tokens[b] ? buffer[a--] : tokens[b--];
            }

            length += tokens.Length;
        }
    }
}
