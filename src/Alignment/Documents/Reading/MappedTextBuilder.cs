using System.Runtime.InteropServices;

namespace Alignment.Documents.Reading;

/// <summary>Builds a <see cref="MappedText"/> one character at a time, each with its original offset.</summary>
internal sealed class MappedTextBuilder
{
    private readonly List<char> text = [];
    private readonly List<int> offsets = [];

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
        for (var i = 0; i < mapped.Length; i++)
        {
            Append(mapped[i], mapped.OffsetOf(i));
        }
    }

    public void RemoveLast()
    {
        text.RemoveAt(text.Count - 1);
        offsets.RemoveAt(offsets.Count - 1);
    }

    public MappedText ToMappedText() => text.Count == 0 ? MappedText.Empty : new(new string(Span), [.. offsets]);

    public override string ToString() => new(Span);
}
