namespace Alignment.Documents.Pdf;

/// <summary>
/// What the line finder needs of one letter PdfPig reads from a page: a page can draw a million letters, and PdfPig's
/// own <c>Letter</c> (boxes, colours, font) takes some three hundred bytes each.
/// </summary>
/// <param name="Value">The letter's text (a letter and the combining accent drawn after it are one).</param>
/// <param name="X">Where its baseline starts, across the page, in points.</param>
/// <param name="Y">The height of its baseline.</param>
/// <param name="Width">Its advance along the baseline.</param>
/// <param name="PointSize">Its size on the page, in points.</param>
/// <param name="Horizontal">Whether it is set upright, left to right.</param>
/// <param name="Bold">Whether its font is bold.</param>
internal readonly record struct Glyph(string Value, double X, double Y, double Width, double PointSize, bool Horizontal, bool Bold);
