namespace Alignment.Documents.Reading;

/// <summary>
/// Text produced by the reader together with, for every character, its index in the original text.
/// Every repair (whitespace, joins, link residue) works on this, so a block can always point back to its source.
/// </summary>
internal sealed class MappedText
{
    public MappedText(string text, OffsetMap offsets)
    {
        if (text.Length != offsets.Length)
        {
            throw new ArgumentException("Every character needs an offset.", nameof(offsets));
        }

        Text = text;
        Offsets = offsets;
    }

    public static MappedText Empty { get; } = new(string.Empty, OffsetMap.Empty);

    public string Text { get; }

    /// <summary>Where each character stood in the original; immutable, so a <see cref="Block"/> can keep it.</summary>
    public OffsetMap Offsets { get; }

    public int Length => Text.Length;

    public char this[int index] => Text[index];

    /// <summary>Index in the original text of character <paramref name="index"/>.</summary>
    public int OffsetOf(int index) => Offsets[index];

    /// <summary>The text from <paramref name="start"/> to the end, still mapped.</summary>
    public MappedText Substring(int start) => start == 0 ? this : new(Text[start..], Offsets.Slice(start));

    public override string ToString() => Text;
}
