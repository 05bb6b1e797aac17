using System.Text;
using Alignment.Memory.Matching;
using Lucene.Net.Analysis.CharFilters;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Drops whitespace between two Han ideographs before tokenising: in Chinese it is never a word break, only a PDF
/// line join or a stray space (问题 专家组), and left in it would keep the bigram across it from being indexed.
/// Offsets are corrected, so highlights still point into the original text.
/// </summary>
internal sealed class IdeographSpaceFilter(TextReader input) : BaseCharFilter(input)
{
    private string? output;
    private int position;

    public override int Read(char[] buffer, int index, int count)
    {
        output ??= Join(m_input.ReadToEnd());
        var length = Math.Min(count, output.Length - position);
        if (length <= 0)
        {
            return 0;
        }

        output.CopyTo(position, buffer, index, length);
        position += length;
        return length;
    }

    private string Join(string text)
    {
        var builder = new StringBuilder(text.Length);
        var removed = 0;
        var i = 0;
        while (i < text.Length)
        {
            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end > i && i > 0 && end < text.Length && TextKey.IsIdeograph(text[i - 1]) && TextKey.IsIdeograph(text[end]))
            {
                // From here on, an output offset lies this much before its place in the original.
                removed += end - i;
                AddOffCorrectMap(builder.Length, removed);
                i = end;
                continue;
            }

            builder.Append(text, i, Math.Max(end - i, 1));
            i = Math.Max(end, i + 1);
        }

        return builder.ToString();
    }
}
