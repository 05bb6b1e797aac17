namespace Alignment.Documents.Reading;

/// <summary>
/// Text produced by the reader together with, for every character, its index in the original text.
/// Every repair (whitespace, joins, link residue) works on this, so a block can always point back to its source.
/// </summary>
internal sealed class MappedText
{
    private readonly int[] offsets;

    public MappedText(string text, int[] offsets)
    {
        if (text.Length != offsets.Length)
        {
            throw new ArgumentException("Every character needs an offset.", nameof(offsets));
        }

        Text = text;
        this.offsets = offsets;
    }

    public static MappedText Empty { get; } = new(string.Empty, []);

    public string Text { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>Index in the original text of character <paramref name="index"/>.</summary>
    public int OffsetOf(int index) => offsets[index];

    public MappedText Substring(int start) => Substring(start, Length - start);

    public MappedText Substring(int start, int length) =>
        new(Text.Substring(start, length), offsets.AsSpan(start, length).ToArray());

    /// <summary>A copy of the offsets, for handing to a <see cref="Block"/>.</summary>
    public int[] ToOffsets() => (int[])offsets.Clone();

    public override string ToString() => Text;
}
