namespace Alignment.Documents.Pdf;

/// <summary>The letters of one page in the order they are drawn, and how many images it draws.</summary>
internal sealed class GlyphPage(int number, IReadOnlyList<Glyph> glyphs, int images)
{
    /// <summary>The page number, from 1.</summary>
    public int Number { get; } = number;

    public IReadOnlyList<Glyph> Glyphs { get; } = glyphs;

    public int Images { get; } = images;
}
