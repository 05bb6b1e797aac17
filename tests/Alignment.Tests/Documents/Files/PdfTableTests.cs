using Alignment.Documents;
using Alignment.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A table set without rules: its cells are letters on shared baselines, told apart only by lining up with the rows
/// above and below. Each row is read as one segment with a tab between its cells, as tab-separated text is.
/// </summary>
public sealed class PdfTableTests
{
    private const double Size = 10;

    [Test]
    public void Cells_that_line_up_down_a_table_are_read_with_tabs_between_them()
    {
        var sentences = Read(
            Paragraph(760, "The participants reviewed the monitoring of wells in the region."),
            Row(730, ("Country group", 72), ("Wells monitored", 170), ("Share with open data", 268)),
            Row(712, ("South-East Asia", 72), ("4,210", 170), ("38%", 268)),
            Row(694, ("South Asia", 72), ("12,845", 170), ("21%", 268)),
            Paragraph(664, "The next workshop will be held in Dhaka."));

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "The participants reviewed the monitoring of wells in the region.",
            "Country group\tWells monitored\tShare with open data",
            "South-East Asia\t4,210\t38%",
            "South Asia\t12,845\t21%",
            "The next workshop will be held in Dhaka.",
        }));
    }

    [Test]
    public void A_header_cell_set_only_a_space_apart_is_a_cell_when_the_rows_below_line_up_with_it()
    {
        // "Wells monitored" ends a space's width before "Share": only the rows below, wide apart there, tell it is a column.
        var header = Width("Country group Wells monitored ");
        var sentences = Read(
            Row(730, ("Country group Wells monitored", 72), ("Share", 72 + header)),
            Row(712, ("Asia", 72), ("38%", 72 + header)),
            Row(694, ("Pacific", 72), ("64%", 72 + header)));

        Assert.That(sentences[0], Is.EqualTo("Country group Wells monitored\tShare"));
    }

    [Test]
    public void Widened_spaces_of_justified_lines_that_happen_to_line_up_are_not_cells()
    {
        // Two lines with every space stretched alike, wider than an em, and their second words starting at one place.
        const double Stretched = 14;
        var second = Stretched + Width("Some") - Width("ponds");
        var sentences = Read(
            Spaced(760, Stretched, "Some", "of", "them", "have", "been"),
            Spaced(746, second, "ponds", "and", "the", "coast", "was."));

        Assert.That(sentences, Is.EqualTo(new[] { "Some of them have been ponds and the coast was." }));
    }

    [Test]
    public void Numbered_items_whose_text_lines_up_after_the_numbers_have_no_tab()
    {
        var sentences = Read(
            Row(760, ("1.", 72), ("Establish monitoring networks.", 100)),
            Row(742, ("2.", 72), ("Price groundwater abstraction.", 100)),
            Row(724, ("3.", 72), ("Protect recharge zones.", 100)));

        Assert.That(sentences, Is.EqualTo(new[] { "Establish monitoring networks.", "Price groundwater abstraction.", "Protect recharge zones." }));
    }

    private static (string Text, double X, double Y)[] Paragraph(double y, string text) => [(text, 72, y)];

    private static (string Text, double X, double Y)[] Row(double y, params (string Text, double X)[] cells) =>
        [.. cells.Select(c => (c.Text, c.X, y))];

    /// <summary>The words set from the left margin with <paramref name="space"/> points between them.</summary>
    private static (string Text, double X, double Y)[] Spaced(double y, double space, params string[] words)
    {
        var placed = new List<(string, double, double)>();
        var x = 72.0;
        foreach (var word in words)
        {
            placed.Add((word, x, y));
            x += Width(word) + space;
        }

        return [.. placed];
    }

    private static double Width(string text) => Font.Value.Advance(text);

    private static readonly Lazy<Measurer> Font = new(() => new Measurer());

    private static string[] Read(params (string Text, double X, double Y)[][] runs)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        foreach (var (text, x, y) in runs.SelectMany(r => r))
        {
            page.AddText(text, Size, new PdfPoint(x, y), font);
        }

        var path = Path.Combine(Path.GetTempPath(), $"table-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, builder.Build());
        try
        {
            var document = DocumentReader.Default.ReadFile(path, Language.English);
            return [.. SentenceSegmenter.Default.Segment(document).Sentences.Select(s => s.Text)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Advance widths of Helvetica at <see cref="Size"/>, as the page builder sets the text.</summary>
    private sealed class Measurer
    {
        private readonly PdfPageBuilder page;
        private readonly PdfDocumentBuilder.AddedFont font;

        public Measurer()
        {
            var builder = new PdfDocumentBuilder();
            font = builder.AddStandard14Font(Standard14Font.Helvetica);
            page = builder.AddPage(PageSize.A4);
        }

        public double Advance(string text) => page.MeasureText(text, Size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X;
    }
}
