namespace Alignment.Server.Reviewing;

/// <summary>One sentence of a review: its side and its index in that side's document.</summary>
/// <param name="Side">The document.</param>
/// <param name="Index">The sentence's position in the document, from 0.</param>
public readonly record struct SentenceRef(DocumentSide Side, int Index)
{
    /// <inheritdoc/>
    public override string ToString() => $"{(Side == DocumentSide.Source ? "source" : "target")} sentence {Index + 1}";
}
