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
    [MethodImpl(HotLoop.Optimised)]
    public static PredictionTable Of(ReadOnlySpan<int> words, float[] weights)
    {
        // At most half full, so that a miss ends after a probe or two.
        var size = (int)Math.Max(4, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * words.Length)));
        var keys = new int[size];
        Array.Fill(keys, -1);
        var values = new float[size];
        var table = new PredictionTable(keys, values);
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
