using Alignment.Writing;
using Lucene.Net.Analysis;

namespace Alignment.Memory.Indexing;

/// <summary>
/// Folds traditional Chinese characters to simplified ones before tokenising (<see cref="ChineseScript"/>), in the
/// index and in every query alike: a memory then finds 電子證據 for 电子证据 and the other way round, and the word
/// segmenter, whose dictionary is simplified, cuts traditional text into the same words. One character becomes one
/// character, so offsets need no correction and highlights still point into the original text.
/// </summary>
internal sealed class SimplifiedScriptFilter(TextReader input) : CharFilter(input)
{
    public override int Read(char[] buffer, int index, int count)
    {
        // Lucene's own readers end with -1, as Java's do; a .NET reader (and ReadToEnd above this one) ends with 0.
        var read = Math.Max(m_input.Read(buffer, index, count), 0);
        ChineseScript.ToSimplified(buffer.AsSpan(index, read));
        return read;
    }

    protected override int Correct(int currentOff) => currentOff;
}
