using System.Text;

namespace Alignment.Documents.Reading;

/// <summary>Builds a <see cref="MappedText"/> one character at a time, each with its original offset.</summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];

    public int Length => text.Length;

    public char this[int index] => text[index];

    public char Last => text[^1];

    public void Append(char c, int offset)
    {
        text.Append(c);
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
        text.Length--;
        offsets.RemoveAt(offsets.Count - 1);
    }

    public MappedText ToMappedText() => text.Length == 0 ? MappedText.Empty : new(text.ToString(), [.. offsets]);

    public override string ToString() => text.ToString();
}
