using Alignment.Documents.Reading;

namespace Alignment.Documents;

/// <summary>
/// A document as read: its original text, the blocks recognised in it (in reading order) and the lines
/// that were removed as page furniture. Immutable.
/// </summary>
public sealed class Document
{
    private readonly Lazy<LocationMap> locations;

    /// <summary>Creates a document from blocks already recognised.</summary>
    /// <param name="name">A name for messages and provenance, usually the file name.</param>
    /// <param name="language">The document's language.</param>
    /// <param name="text">The original text, decoded; all offsets refer to it.</param>
    /// <param name="blocks">The blocks in reading order; <see cref="Block.Index"/> must equal the position.</param>
    /// <param name="removedLines">Lines left out as page furniture.</param>
    public Document(string name, Language language, string text, IReadOnlyList<Block> blocks, IReadOnlyList<RemovedLine> removedLines)
        : this(name, language, text, blocks, removedLines, null)
    {
    }

    /// <summary>A document laid out from a PDF or Word file; <paramref name="locations"/> maps its text back into the file.</summary>
    internal Document(string name, Language language, string text, IReadOnlyList<Block> blocks, IReadOnlyList<RemovedLine> removedLines, LocationMap? locations)
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
        this.locations = locations is null ? new Lazy<LocationMap>(() => LocationMap.ForText(text)) : new Lazy<LocationMap>(locations);
    }

    private Document(Document document, string name)
    {
        Name = name;
        Language = document.Language;
        Text = document.Text;
        Blocks = document.Blocks;
        RemovedLines = document.RemovedLines;
        InlineCodes = document.InlineCodes;
        locations = document.locations;
    }

    /// <summary>A name for messages and provenance, usually the file name.</summary>
    public string Name { get; }

    /// <summary>
    /// The same document under another <paramref name="name"/>: a memory that holds two documents read from files of
    /// the same name tells them apart by it, in their units' ids and provenance. Everything else is shared.
    /// </summary>
    public Document WithName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name == Name ? this : new Document(this, name);
    }

    /// <summary>The document's language.</summary>
    public Language Language { get; }

    /// <summary>The original text as decoded; every <see cref="TextSpan"/> in the model refers to it.</summary>
    public string Text { get; }

    /// <summary>The blocks in reading order.</summary>
    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>Lines of the original that are page furniture or noise, not content.</summary>
    public IReadOnlyList<RemovedLine> RemovedLines { get; }

    /// <summary>
    /// Where a Word file has markup a CAT tool shows as inline tags (run boundaries, note references), in order of
    /// offset; empty for other formats. Set once by the Word reader, right after the document is read.
    /// </summary>
    internal IReadOnlyList<Word.InlineCode> InlineCodes { get; set; } = [];

    /// <summary>
    /// Where the character at <paramref name="offset"/> of <see cref="Text"/> came from in the file: a line of a text
    /// file, a page and position of a PDF, a paragraph or footnote of a Word file. Safe for concurrent use.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the text.</exception>
    public SourceLocation LocationOf(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Text.Length);
        return locations.Value.At(offset);
    }
}
