using System.Text;
using Alignment.Documents;

namespace Alignment.Memory;

/// <summary>A segment's text with the places a search matched.</summary>
/// <param name="Language">The segment's language.</param>
/// <param name="Text">The text as stored.</param>
/// <param name="Highlights">The matched ranges of <paramref name="Text"/>, in order, not overlapping; empty when nothing is highlighted.</param>
public sealed record HighlightedText(Language Language, string Text, IReadOnlyList<TextSpan> Highlights)
{
    /// <summary>The text with each highlight wrapped in <c>&lt;mark&gt;…&lt;/mark&gt;</c> (the text itself is not escaped).</summary>
    public string Marked => Mark("<mark>", "</mark>");

    /// <summary>The text with each highlight wrapped in <paramref name="open"/> and <paramref name="close"/>.</summary>
    public string Mark(string open, string close)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(close);
        var builder = new StringBuilder(Text.Length + (Highlights.Count * (open.Length + close.Length)));
        var at = 0;
        foreach (var span in Highlights)
        {
            builder.Append(Text, at, span.Start - at).Append(open).Append(Text, span.Start, span.Length).Append(close);
            at = span.End;
        }

        return builder.Append(Text, at, Text.Length - at).ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
