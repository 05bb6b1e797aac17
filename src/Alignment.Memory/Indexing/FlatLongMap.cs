namespace Alignment.Memory.Indexing;

/// <summary>
/// A read-only map from non-zero 64-bit keys to numbers, in two flat arrays at most half full and probed linearly:
/// the segmenter asks it several times per character of every Chinese text indexed, and a probe here is a multiply,
/// a shift and, nearly always, one comparison.
/// </summary>
internal sealed class FlatLongMap
{
    private const ulong Fibonacci = 0x9E3779B97F4A7C15;

    private readonly long[] keys;
    private readonly int[] values;
    private readonly int shift;
    private readonly int mask;

    public FlatLongMap(IReadOnlyCollection<KeyValuePair<long, int>> entries)
    {
        var bits = 1;
        while (1 << bits < entries.Count * 2)
        {
            bits++;
        }

        keys = new long[1 << bits];
        values = new int[1 << bits];
        shift = 64 - bits;
        mask = (1 << bits) - 1;
        foreach (var (key, value) in entries)
        {
            // An empty slot holds 0.
            ArgumentOutOfRangeException.ThrowIfZero(key, nameof(entries));
            var slot = Slot(key);
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            values[slot] = value;
        }
    }

    public bool TryGetValue(long key, out int value)
    {
        for (var slot = Slot(key); keys[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                value = values[slot];
                return true;
            }
        }

        value = 0;
        return false;
    }

    private int Slot(long key) => (int)(((ulong)key * Fibonacci) >> shift);
}
