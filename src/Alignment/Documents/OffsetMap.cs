namespace Alignment.Documents;

/// <summary>
/// Where each character of a repaired text stood in the original, kept as runs of consecutive offsets: repairs
/// (rejoined lines, collapsed spaces, dropped link residue) break the text into a few runs per line, so a run costs
/// two numbers where an offset per character cost four bytes a character, and was most of what reading a
/// document allocated and kept alive.
/// </summary>
internal sealed class OffsetMap
{
    // Run r covers the characters from starts[r] up to starts[r + 1] (or Length), the first of them at offsets[r].
    private readonly int[] starts;
    private readonly int[] offsets;

    /// <summary>The starts of a text of one run, most lines' and blocks': shared, as no map changes its arrays.</summary>
    private static readonly int[] OneRun = [0];

    private OffsetMap(int length, int[] starts, int[] offsets)
    {
        Length = length;
        this.starts = starts;
        this.offsets = offsets;
    }

    /// <summary>The map of an empty text.</summary>
    public static OffsetMap Empty { get; } = new(0, [], []);

    /// <summary>Number of characters mapped.</summary>
    public int Length { get; }

    /// <summary>Original offset of character <paramref name="index"/>.</summary>
    public int this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Length);
            var run = RunOf(index);
            return offsets[run] + (index - starts[run]);
        }
    }

    /// <summary>
    /// The lowest and highest original offsets of the characters from <paramref name="start"/> up to
    /// <paramref name="end"/> (not empty). Not those of the first and last character: a reader may put text that an
    /// extractor printed out of reading order back in its place, so the characters can come from the original in
    /// another order.
    /// </summary>
    public (int Min, int Max) Bounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, end);
        var (min, max) = (int.MaxValue, int.MinValue);
        for (var run = RunOf(start); run < starts.Length && starts[run] < end; run++)
        {
            var runEnd = run + 1 < starts.Length ? starts[run + 1] : Length;
            min = Math.Min(min, offsets[run] + (Math.Max(start, starts[run]) - starts[run]));
            max = Math.Max(max, offsets[run] + (Math.Min(end, runEnd) - 1 - starts[run]));
        }

        return (min, max);
    }

    /// <summary>A text of <paramref name="length"/> characters that stands verbatim in the original from <paramref name="start"/>.</summary>
    public static OffsetMap Contiguous(int start, int length) => length == 0 ? Empty : new(length, OneRun, [start]);

    /// <summary>The map of the characters from <paramref name="start"/> to the end.</summary>
    public OffsetMap Slice(int start)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, Length);
        if (start == 0)
        {
            return this;
        }

        if (start == Length)
        {
            return Empty;
        }

        var first = RunOf(start);
        var runs = starts.Length - first;
        if (runs == 1)
        {
            return new OffsetMap(Length - start, OneRun, [offsets[first] + start - starts[first]]);
        }

        var newStarts = new int[runs];
        var newOffsets = new int[runs];
        for (var r = 0; r < runs; r++)
        {
            var skipped = r == 0 ? start - starts[first] : 0;
            newStarts[r] = starts[first + r] + skipped - start;
            newOffsets[r] = offsets[first + r] + skipped;
        }

        return new OffsetMap(Length - start, newStarts, newOffsets);
    }

    private int RunOf(int index)
    {
        var at = Array.BinarySearch(starts, index);
        return at >= 0 ? at : ~at - 1;
    }

    /// <summary>Builds a map one character, or one map, at a time.</summary>
    internal sealed class Builder
    {
        private readonly List<int> starts = [];
        private readonly List<int> offsets = [];

        public int Length { get; private set; }

        /// <summary>Maps the next character to <paramref name="offset"/>.</summary>
        public void Add(int offset)
        {
            if (starts.Count == 0 || offset != offsets[^1] + (Length - starts[^1]))
            {
                starts.Add(Length);
                offsets.Add(offset);
            }

            Length++;
        }

        /// <summary>Maps the next characters as <paramref name="map"/> does.</summary>
        public void Add(OffsetMap map)
        {
            for (var r = 0; r < map.starts.Length; r++)
            {
                var runLength = (r + 1 < map.starts.Length ? map.starts[r + 1] : map.Length) - map.starts[r];
                Add(map.offsets[r]);
                Length += runLength - 1;
            }
        }

        /// <summary>Forgets the last character.</summary>
        public void RemoveLast()
        {
            Length--;
            if (starts[^1] == Length)
            {
                starts.RemoveAt(starts.Count - 1);
                offsets.RemoveAt(offsets.Count - 1);
            }
        }

        public OffsetMap ToMap() => Length == 0 ? Empty : new(Length, starts.Count == 1 ? OneRun : [.. starts], [.. offsets]);
    }
}
