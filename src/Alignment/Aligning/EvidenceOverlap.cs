using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The evidence tokens a source run and a target run share, as a multiset: Σ over tokens of the smaller of the two
/// counts, and how many of those shared are concepts (odd tokens). The lattice prices every bead that ends in one
/// source row with the same few source runs, so each run's token counts are marked in a table once and every bead
/// then reads only its target tokens, each independently of the last; merging the two sorted lists instead made
/// every step wait for the comparison before it, and was a tenth of the aligner's time.
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

        // The target's tokens are sorted: the k-th copy of a token is shared when the source holds more than k.
        int matched = 0, concepts = 0, previous = -1, copy = 0;
        foreach (var token in targets.Evidence(target, targetCount))
        {
            copy = token == previous ? copy + 1 : 0;
            previous = token;
            var shared = marks[token] > copy ? 1 : 0;
            matched += shared;
            concepts += shared & token;
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
                foreach (var token in sources.Evidence(marked[sourceCount], sourceCount))
                {
                    marks[token] = 0;
                }
            }

            foreach (var token in sources.Evidence(source, sourceCount))
            {
                marks[token]++;
            }

            marked[sourceCount] = source;
        }

        return marks;
    }
}
