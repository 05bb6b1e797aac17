namespace Alignment.Documents.Pdf;

/// <summary>
/// One letter drawn on a PDF page, as much of it as the line finder needs: a page can draw a million letters, and
/// PdfPig's own letter objects cost some 300 bytes each.
/// </summary>
/// <param name="Value">Its text (a space, for a space glyph).</param>
/// <param name="X">Where its baseline starts, from the left of the page, in points.</param>
/// <param name="Y">Its baseline's height above the bottom of the page, in points.</param>
/// <param name="Width">Its advance along the baseline.</param>
/// <param name="PointSize">Its size in points.</param>
/// <param name="Horizontal">Whether it is set left to right on a level baseline.</param>
/// <param name="FontName">Its font's name, if the font has one.</param>
/// <param name="FontBold">Whether its font says it is bold.</param>
internal readonly record struct Glyph(string Value, double X, double Y, double Width, double PointSize, bool Horizontal, string? FontName, bool FontBold);
