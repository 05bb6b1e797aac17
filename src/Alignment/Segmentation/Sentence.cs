using Alignment.Documents;

namespace Alignment.Segmentation;

/// <summary>One sentence of a document, with the block it belongs to and where it came from.</summary>
/// <param name="Index">Position of the sentence in its document, from 0.</param>
/// <param name="BlockIndex">Index of the block that holds the sentence.</param>
/// <param name="Text">The sentence, trimmed; it never includes the block's label.</param>
/// <param name="InBlock">Where the sentence lies in <see cref="Block.Text"/>.</param>
/// <param name="Source">Where the sentence lies in the original text (see <see cref="Block.MapToSource"/>).</param>
public sealed record Sentence(int Index, int BlockIndex, string Text, TextSpan InBlock, TextSpan Source)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}
