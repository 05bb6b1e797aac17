namespace Alignment.Documents.Reading;

/// <summary>One line of the original text, without its line end.</summary>
/// <param name="Number">Line number from 0.</param>
/// <param name="Start">Offset of the line's first character in the original.</param>
/// <param name="Text">The line as written.</param>
internal sealed record SourceLine(int Number, int Start, string Text)
{
    public int End => Start + Text.Length;

    /// <summary>Where the line break is (or the end of the text); a space inserted when joining lines maps here.</summary>
    public int BreakOffset => End;

    public TextSpan Span => new(Start, Text.Length);
}
