using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// What one sentence predicts of the other language: word id → Σ t(word | sentence word), in an open-addressing
/// table, so that scoring a sentence pair looks each word up in constant time.
/// </summary>
internal sealed class PredictionTable
{
    // A word and its prediction side by side, so that a lookup reads one cache line rather than two. The key is the
    // word plus one, so that an empty slot is all zeros and a table is emptied by clearing its memory.
    private readonly (int Key, float Value)[] entries;
    private readonly int mask;

    private PredictionTable(int size)
    {
        entries = new (int, float)[size];
        mask = size - 1;
    }

    /// <summary>The table of <paramref name="words"/>, each with its weight in <paramref name="weights"/> (indexed by word).</summary>
    /// <param name="words">The words, each once.</param>
    /// <param name="weights">Every word's weight, indexed by word.</param>
    /// <param name="spares">Tables no longer needed, one of which serves this one when there is one of its size.</param>
    [MethodImpl(HotLoop.Optimised)]
    public static PredictionTable Of(ReadOnlySpan<int> words, float[] weights, Spares? spares = null)
    {
        // At most half full, so that a miss ends after a probe or two.
        var size = (int)Math.Max(4, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(2 * words.Length)));
        var table = spares?.Take(size) ?? new PredictionTable(size);
        var entries = table.entries;
        Array.Clear(entries);
        foreach (var word in words)
        {
            var slot = table.Home(word);
            while (entries[slot].Key != 0)
            {
                slot = (slot + 1) & table.mask;
            }

            entries[slot] = (word + 1, weights[word]);
        }

        return table;
    }

    /// <summary>The prediction for <paramref name="word"/>, 0 when the sentence does not predict it.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public float Get(int word)
    {
        for (var slot = Home(word); ; slot = (slot + 1) & mask)
        {
            var (key, value) = entries[slot];
            if (key == word + 1)
            {
                return value;
            }

            if (key == 0)
            {
                return 0;
            }
        }
    }

    private int Home(int word) => (int)((uint)word * 2654435769u) & mask;

    /// <summary>
    /// Tables no longer needed, kept by size, whose arrays are filled anew for a table of the same size: a long
    /// document asks for a table per sentence and pass, and arrays made afresh (cleared by the runtime, then
    /// faulted in page by page) cost more than filling the table did. Not thread-safe.
    /// </summary>
    internal sealed class Spares
    {
        private readonly Stack<PredictionTable>[] bySize = new Stack<PredictionTable>[32];

        [MethodImpl(HotLoop.Optimised)]
        public void Add(PredictionTable table) =>
            (bySize[System.Numerics.BitOperations.Log2((uint)table.entries.Length)] ??= new()).Push(table);

        [MethodImpl(HotLoop.Optimised)]
        public PredictionTable? Take(int size) =>
            bySize[System.Numerics.BitOperations.Log2((uint)size)] is { Count: > 0 } tables ? tables.Pop() : null;
    }
}
