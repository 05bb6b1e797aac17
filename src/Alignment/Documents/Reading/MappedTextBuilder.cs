using System.Runtime.InteropServices;

namespace Alignment.Documents.Reading;

/// <summary>Builds a <see cref="MappedText"/> one character at a time, each with its original offset.</summary>
internal sealed class MappedTextBuilder
{
    private readonly List<char> text;
    private readonly OffsetMap.Builder offsets = new();

    /// <summary>A builder with room for <paramref name="capacity"/> characters before it grows.</summary>
    public MappedTextBuilder(int capacity = 0)
    {
        text = new List<char>(capacity);
    }

    public int Length => text.Count;

    public char this[int index] => text[index];

    public char Last => text[^1];

    /// <summary>The text so far, without copying it; valid until the next change.</summary>
    public ReadOnlySpan<char> Span => CollectionsMarshal.AsSpan(text);

    public void Append(char c, int offset)
    {
        text.Add(c);
        offsets.Add(offset);
    }

    public void Append(MappedText mapped)
    {
        text.AddRange(mapped.Text.AsSpan());
        offsets.Add(mapped.Offsets);
    }

    public void RemoveLast()
    {
        text.RemoveAt(text.Count - 1);
        offsets.RemoveLast();
    }

    public MappedText ToMappedText() => text.Count == 0 ? MappedText.Empty : new(new string(Span), offsets.ToMap());

    public override string ToString() => new(Span);
}
