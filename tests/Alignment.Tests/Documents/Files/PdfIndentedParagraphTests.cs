namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Paragraphs set as books, magazines and Chinese text set them: no space between paragraphs, each paragraph's first
/// line set in from the rest. A paragraph starts at its indented line and runs on across the lines set at the margin.
/// </summary>
public sealed class PdfIndentedParagraphTests
{
    private const double Left = 72;
    private const double Top = 740;
    private const double Measure = 300;
    private const double Indent = 2 * DrawnPage.Size;

    private static readonly string[] Paragraphs =
    [
        "The seed bank sits on a slope high above the valley. It keeps the seeds of wild plants in a cold store, where they can last for decades.",
        "Every batch that arrives gets a number, and the staff write down the place, the altitude, the date and the collector before the seeds are cleaned.",
        "Seeds stay in the drying room for a month. Only when their moisture content has fallen far enough do they go into storage in sealed foil bags.",
    ];

    [Test]
    public void A_paragraph_runs_on_from_its_indented_first_line_to_the_lines_at_the_margin()
    {
        var document = Read(Paragraphs);

        Assert.That(document.Document.Blocks.Select(b => b.Text), Is.EqualTo(Paragraphs));
    }

    [Test]
    public void A_paragraph_whose_first_line_is_a_label_runs_on_as_well()
    {
        string[] paragraphs = [.. Paragraphs.Select((p, i) => $"Q{i + 1}: {p}")];

        var document = Read(paragraphs);

        Assert.That(document.Sentences.Select(s => s.Text), Has.None.Matches<string>(s => !s.EndsWith('.')));
    }

    private static Alignment.Segmentation.SegmentedDocument Read(IReadOnlyList<string> paragraphs) => DrawnPage.Read(page =>
    {
        var y = Top;
        foreach (var paragraph in paragraphs)
        {
            var lines = page.Wrap(paragraph, k => k == 0 ? Measure - Indent : Measure);
            Assert.That(lines, Has.Count.GreaterThan(1), "each paragraph must wrap for the test to mean anything");
            page.Text(lines[0], Left + Indent, y);
            y = page.Column(lines[1..], Left, y - DrawnPage.Pitch);
        }
    });
}
