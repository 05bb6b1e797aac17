using System.Collections;

namespace Alignment.Documents.Pdf;

/// <summary>
/// A page's glyphs in blocks of a fixed size: a page of a million letters would otherwise grow one array by doubling,
/// holding the old array and one twice its size at once, and most of the new one empty.
/// </summary>
internal sealed class GlyphList : IReadOnlyList<Glyph>
{
    private const int BlockSize = 1024;

    private readonly List<Glyph[]> blocks = [];

    public int Count { get; private set; }

    public Glyph this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return blocks[index / BlockSize][index % BlockSize];
        }
    }

    public void Add(Glyph glyph)
    {
        if (Count % BlockSize == 0)
        {
            blocks.Add(new Glyph[BlockSize]);
        }

        blocks[^1][Count % BlockSize] = glyph;
        Count++;
    }

    /// <summary>Replaces the last glyph.</summary>
    public void ReplaceLast(Glyph glyph)
    {
        ArgumentOutOfRangeException.ThrowIfZero(Count);
        blocks[^1][(Count - 1) % BlockSize] = glyph;
    }

    public IEnumerator<Glyph> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
