using System.Globalization;

namespace Alignment.Documents;

/// <summary>
/// Where a piece of a document stands in the file it was read from, as a person would look for it: a line of a text
/// file, a page and a position on it in a PDF, a paragraph or footnote of a Word file. <see cref="ToString"/> says it
/// in words (<c>line 12</c>, <c>page 3 at 72,540 pt</c>, <c>paragraph 14</c>). Immutable.
/// </summary>
public abstract record SourceLocation
{
    private protected SourceLocation()
    {
    }
}

/// <summary>A line and column of a text file, both from 1.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column, from 1, in UTF-16 code units.</param>
public sealed record LineLocation(int Line, int Column) : SourceLocation
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}");
}

/// <summary>A position on a page of a PDF: the start of the line's baseline, in points from the page's lower left corner.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="X">Points from the left edge.</param>
/// <param name="Y">Points from the bottom edge.</param>
public sealed record PageLocation(int Page, double X, double Y) : SourceLocation
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"page {Page} at {X:0},{Y:0} pt");
}

/// <summary>A paragraph of a Word file's body, counted from 1 in reading order (table cells included).</summary>
/// <param name="Paragraph">The paragraph, from 1.</param>
public sealed record ParagraphLocation(int Paragraph) : SourceLocation
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"paragraph {Paragraph}");
}

/// <summary>A paragraph of a footnote of a Word file.</summary>
/// <param name="Footnote">The footnote's number as printed, from 1.</param>
/// <param name="Paragraph">The paragraph within the footnote, from 1.</param>
public sealed record FootnoteLocation(int Footnote, int Paragraph) : SourceLocation
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"footnote {Footnote}") + (Paragraph > 1 ? string.Create(CultureInfo.InvariantCulture, $", paragraph {Paragraph}") : string.Empty);
}
