using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The evidence tokens a source run and a target run share, as a multiset: Σ over tokens of the smaller of the two
/// counts, and how many of those shared are concepts (odd tokens). The lattice prices every bead that ends in one
/// source row with the same few source runs, so each run's token counts are marked in a table once and every bead
/// then reads only its target run's distinct tokens with their counts (<see cref="SentenceTable.DistinctEvidence"/>),
/// each independently of the last; merging the two sorted lists instead made every step wait for the comparison
/// before it, and was a tenth of the aligner's time. Reading every copy of a repeated token, each compared with the
/// token before it, was still 7.5 % of it once single characters counted (a common English word is the one-word
/// gloss of many characters).
/// A table serves one scorer on one thread: it keeps the last run of each length marked.
/// </summary>
internal sealed class EvidenceOverlap
{
    private readonly SentenceTable sources;
    private readonly SentenceTable targets;

    // For every run length, the counts of the marked run's tokens (zero elsewhere) and where that run starts.
    private readonly int[][] counts;
    private readonly int[] marked;

    public EvidenceOverlap(SentenceTable sources, SentenceTable targets, int tokenSpace)
    {
        this.sources = sources;
        this.targets = targets;
        counts = new int[SentenceTable.LongestRun + 1][];
        for (var length = 1; length <= SentenceTable.LongestRun; length++)
        {
            counts[length] = new int[tokenSpace];
        }

        marked = new int[SentenceTable.LongestRun + 1];
        Array.Fill(marked, -1);
    }

    /// <summary>The tokens shared by <paramref name="sourceCount"/> source sentences from <paramref name="source"/> and <paramref name="targetCount"/> target sentences from <paramref name="target"/>.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public (int Matched, int Concepts) Count(int source, int sourceCount, int target, int targetCount)
    {
        var marks = Marked(source, sourceCount);

        // Each token the target run holds, once with how many times it holds it: shared as many times as the fewer
        // of the two runs hold it. Read as pairs, without the comparison with the token before that a sorted list
        // of repeated tokens needed at every step.
        int matched = 0, concepts = 0;
        var pairs = targets.DistinctEvidence(target, targetCount);
        for (var k = 0; k + 1 < pairs.Length; k += 2)
        {
            var token = pairs[k];
            var shared = Math.Min(marks[token], pairs[k + 1]);
            matched += shared;
            concepts += shared & -(token & 1);
        }

        return (matched, concepts);
    }

    [MethodImpl(HotLoop.Optimised)]
    private int[] Marked(int source, int sourceCount)
    {
        var marks = counts[sourceCount];
        if (marked[sourceCount] != source)
        {
            if (marked[sourceCount] >= 0)
            {
                var before = sources.DistinctEvidence(marked[sourceCount], sourceCount);
                for (var k = 0; k + 1 < before.Length; k += 2)
                {
                    marks[before[k]] = 0;
                }
            }

            var pairs = sources.DistinctEvidence(source, sourceCount);
            for (var k = 0; k + 1 < pairs.Length; k += 2)
            {
                marks[pairs[k]] = pairs[k + 1];
            }

            marked[sourceCount] = source;
        }

        return marks;
    }
}
