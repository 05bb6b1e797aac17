namespace Alignment.Documents.Reading;

/// <summary>What a block is and where it sits, as decided by the <see cref="Outline"/>.</summary>
/// <param name="Kind">The block's kind.</param>
/// <param name="Path">The block's path.</param>
/// <param name="Section">The section the block is in (<c>front</c>, <c>body</c>, <c>annex</c>).</param>
internal sealed record Placement(BlockKind Kind, BlockPath Path, string Section);
