namespace Alignment.Documents.Word;

/// <summary>
/// Markup of a Word file between characters of a document's text that a CAT tool shows as an inline tag in its
/// segment: where runs of text meet (whatever their formatting) or a note reference stands. OmegaT's Word filter makes
/// a tag of all the markup between two pieces of text, numbers the tags of a paragraph (cut at tabs, as it cuts
/// paragraphs there) from 0 in order, and leaves out those before a paragraph's first character or after its last.
/// </summary>
/// <param name="Offset">Where it stands in <see cref="Document.Text"/>.</param>
/// <param name="Length">How many characters of the text stand for it: a note's marker (<c>²</c>); 0 for where runs meet.</param>
/// <param name="Number">Its number among the tags of its paragraph; null where the tool leaves it out (at a paragraph's edge).</param>
internal sealed record InlineCode(int Offset, int Length, int? Number)
{
    /// <summary>
    /// It is a tab (laid out as a space, <see cref="Length"/> 1), where the tool cuts the paragraph in two: a label
    /// set off by a tab (<c>(a)</c>, <c>12.</c>) is a segment of its own.
    /// </summary>
    public bool Cuts { get; init; }
}
