namespace Alignment.Documents;

/// <summary>What a block of a document is, as the reader recognised it from layout and labels.</summary>
public enum BlockKind
{
    /// <summary>A body paragraph without a label (speeches, letters, literary text).</summary>
    Paragraph,

    /// <summary>A paragraph numbered at the top level of its section (<c>12.</c>).</summary>
    NumberedParagraph,

    /// <summary>An item of a list inside a paragraph: lettered (<c>(a)</c>, <c>- (b)</c>) or a nested numbered list (an agenda).</summary>
    ListItem,

    /// <summary>A section heading, labelled (<c>II.</c>, <c>一.</c>, <c>A.</c>) or not (<c>Prevention</c>, <c>Annex</c>).</summary>
    Heading,

    /// <summary>The title of the document or of an annex.</summary>
    Title,

    /// <summary>A footnote body; its label is the marker (<c>¹</c>).</summary>
    Footnote,

    /// <summary>A front-matter line that is not running text: a date, <c>Original: English</c>, a language name.</summary>
    Metadata,
}
