namespace Alignment.Documents.Pdf;

/// <summary>One line of text on a PDF page, as its letters' positions and sizes make it.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="Baseline">The baseline's height above the bottom of the page, in points.</param>
/// <param name="Left">Where the first letter starts.</param>
/// <param name="Right">Where the last letter ends.</param>
/// <param name="Size">The size of most of its letters.</param>
/// <param name="Bold">Whether most of its letters are in a bold font.</param>
/// <param name="Text">Its text; superscript digits (footnote markers) as <c>¹²³</c>.</param>
/// <param name="FirstWordWidth">The width of its first word (of its first character in CJK text), for telling whether it would have fitted on the line before.</param>
/// <remarks>
/// On a page set in columns, <see cref="Left"/> and <see cref="Right"/> are measured as if the line stood in the first
/// column; <see cref="Shift"/> is how far right of it the line really stands.
/// </remarks>
internal sealed record TextLine(int Page, double Baseline, double Left, double Right, double Size, bool Bold, string Text, double FirstWordWidth)
{
    public double Shift { get; init; }

    /// <summary>Where its first table cell after a tab starts (measured as <see cref="Left"/> is); infinity when it has none.</summary>
    public double CellsLeft { get; init; } = double.PositiveInfinity;

    /// <summary>Where its text before its first table cell ends (measured as <see cref="Left"/> is); <see cref="Right"/> when it has no cells.</summary>
    public double LeadRight { get; init; }

    /// <summary>
    /// The line divided at the gutters of a page set in columns, each piece measured in its column, left to right; empty
    /// unless the line, set apart at the top or bottom of the page, was kept whole to be told from a running header or
    /// footer (<see cref="ColumnOrder.Fragment.Pieces"/>).
    /// </summary>
    public IReadOnlyList<TextLine> Pieces { get; init; } = [];

    /// <summary>
    /// For a line of a block set beside another (<see cref="SideBySideBlocks"/>), where that other block starts (measured
    /// as <see cref="Right"/> is): the edge its lines wrapped at; infinity for any other line.
    /// </summary>
    public double BlockRight { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// Where a drop cap that starts the line (a first letter set several lines deep) has its baseline, the lowest of the
    /// lines it stands beside; NaN when the line starts with none.
    /// </summary>
    public double DropCapBaseline { get; init; } = double.NaN;

    /// <summary>Where the line starts on the page.</summary>
    public double PageLeft => Left + Shift;
}
