using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// What one sentence predicts of the other language: word id → Σ t(word | sentence word), in an open-addressing
/// table, so that scoring a sentence pair looks each word up in constant time.
/// </summary>
internal sealed class PredictionTable
{
    private readonly int[] keys;
    private readonly float[] values;
    private readonly int mask;

    private PredictionTable(int[] keys, float[] values)
    {
        this.keys = keys;
        this.values = values;
        mask = keys.Length - 1;
    }

    /// <summary>The table of <paramref name="words"/>, each with its weight in <paramref name="weights"/> (indexed by word).</summary>
    /// <param name="words">The words, each once.</param>
    /// <param name="weights">Every word's weight, indexed by word.</param>
    /// <param name="reuse">
    /// A table no longer needed, whose arrays are filled anew when their size suits: a long document asks for a table
    /// per sentence and pass, and allocated afresh they were most of what scoring allocated.
    /// </param>
    [MethodImpl(HotLoop.Optimised)]
    public static PredictionTable Of(ReadOnlySpan<int> words, float[] weights, PredictionTable? reuse = null)
    {
        // At most half full, so that a miss ends after a probe or two; a reused table may be emptier, but not so
        // much emptier that clearing it costs more than a new one.
        var size = (int)Math.Max(4, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * words.Length)));
        var table = reuse is not null && reuse.keys.Length >= size && reuse.keys.Length <= 4 * size
            ? reuse
            : new PredictionTable(new int[size], new float[size]);
        var keys = table.keys;
        Array.Fill(keys, -1);
        var values = table.values;
        foreach (var word in words)
        {
            var slot = table.Home(word);
            while (keys[slot] >= 0)
            {
                slot = (slot + 1) & table.mask;
            }

            keys[slot] = word;
            values[slot] = weights[word];
        }

        return table;
    }

    /// <summary>The prediction for <paramref name="word"/>, 0 when the sentence does not predict it.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public float Get(int word)
    {
        for (var slot = Home(word); ; slot = (slot + 1) & mask)
        {
            if (keys[slot] == word)
            {
                return values[slot];
            }

            if (keys[slot] < 0)
            {
                return 0;
            }
        }
    }

    private int Home(int word) => (int)((uint)word * 2654435769u) & mask;
}
