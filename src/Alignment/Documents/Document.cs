namespace Alignment.Documents;

/// <summary>
/// A document as read: its original text, the blocks recognised in it (in reading order) and the lines
/// that were removed as page furniture. Immutable.
/// </summary>
public sealed class Document
{
    /// <summary>Creates a document from blocks already recognised.</summary>
    /// <param name="name">A name for messages and provenance, usually the file name.</param>
    /// <param name="language">The document's language.</param>
    /// <param name="text">The original text, decoded; all offsets refer to it.</param>
    /// <param name="blocks">The blocks in reading order; <see cref="Block.Index"/> must equal the position.</param>
    /// <param name="removedLines">Lines left out as page furniture.</param>
    public Document(string name, Language language, string text, IReadOnlyList<Block> blocks, IReadOnlyList<RemovedLine> removedLines)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(removedLines);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Index != i)
            {
                throw new ArgumentException($"Block {i} carries index {blocks[i].Index}.", nameof(blocks));
            }
        }

        Name = name;
        Language = language;
        Text = text;
        Blocks = blocks;
        RemovedLines = removedLines;
    }

    /// <summary>A name for messages and provenance, usually the file name.</summary>
    public string Name { get; }

    /// <summary>The document's language.</summary>
    public Language Language { get; }

    /// <summary>The original text as decoded; every <see cref="TextSpan"/> in the model refers to it.</summary>
    public string Text { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Lines of the original that are page furniture or noise, not content.</summary>
    public IReadOnlyList<RemovedLine> RemovedLines { get; }
}
