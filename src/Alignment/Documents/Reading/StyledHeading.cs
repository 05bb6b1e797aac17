namespace Alignment.Documents.Reading;

/// <summary>
/// What a paragraph's style says it is, as the reader that laid the text out knows (a Word file's <c>Title</c> and
/// <c>Heading 1</c> to <c>Heading 9</c> styles, or an outline level): a heading or title whatever its length or
/// punctuation. Text read as such has none.
/// </summary>
internal enum StyledHeading
{
    /// <summary>The style says nothing: the text's shape decides.</summary>
    None,

    /// <summary>A heading of the document's outline.</summary>
    Heading,

    /// <summary>The document's (or an annex's) title.</summary>
    Title,
}
