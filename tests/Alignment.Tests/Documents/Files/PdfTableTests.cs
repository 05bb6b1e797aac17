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

    [Test]
    public void Figures_set_flush_right_are_cells_though_they_start_at_different_places()
    {
        var sentences = Read(
            Row(730, ("Item", 72), Right("2025", 300), Right("2024", 380)),
            Row(712, ("Cash", 72), Right("4,210", 300), Right("998", 380)),
            Row(694, ("Provisions", 72), Right("(25)", 300), Right("(118)", 380)),
            Row(676, ("Total", 72), Right("12,845", 300), Right("—", 380)));

        Assert.That(sentences, Is.EqualTo(new[] { "Item\t2025\t2024", "Cash\t4,210\t998", "Provisions\t(25)\t(118)", "Total\t12,845\t—" }));
    }

    [Test]
    public void Text_set_flush_right_in_its_column_is_a_cell_though_its_rows_start_at_different_places()
    {
        // A table of fields whose description and answer columns are set flush right, as a word processor may set them:
        // no two cells of those columns start at one place.
        var sentences = Read(
            Row(730, ("Field", 72), Right("Description", 330), Right("Required", 420)),
            Row(712, ("Family name", 72), Right("As shown in the passport", 330), Right("Yes", 420)),
            Row(694, ("Function", 72), Right("For example, Head of delegation", 330), Right("No", 420)),
            Row(676, ("E-mail", 72), Right("Used for the badge", 330), Right("Yes", 420)));

        Assert.That(sentences, Is.EqualTo(new[]
        {
            "Field\tDescription\tRequired",
            "Family name\tAs shown in the passport\tYes",
            "Function\tFor example, Head of delegation\tNo",
            "E-mail\tUsed for the badge\tYes",
        }));
    }

    [Test]
    public void A_paragraph_beside_a_table_whose_figures_reach_past_its_measure_stays_one()
    {
        // The text wraps at 400 points; the table's figures end at 500, as a word processor's table set wider than the
        // text may: its rows are as many as the text's lines.
        const string Text = "The Fund is a multi-employer defined benefit plan that provides retirement, death, disability and related "
            + "benefits to the staff of twelve member organizations, and its net assets available for benefits grew in the year "
            + "as the markets recovered, while the benefits paid rose with the number of retirees and the cost of living.";
        var lines = Wrap(Text, 400 - 72);
        var rows = new[] { ("Equities", "6,218"), ("Fixed income", "3,305"), ("Real assets", "1,142"), ("Alternatives", "286"), ("Receivables", "38"), ("Other assets", "17") };
        var sentences = Read(
            [.. lines.Select((line, i) => Paragraph(760 - (12 * i), line)).Append(Paragraph(760 - (12 * lines.Count) - 24, "Table 1"))
                .Concat(rows.Select((row, i) => Row(760 - (12 * lines.Count) - 48 - (18 * i), (row.Item1, 72), Right(row.Item2, 500))))]);

        Assert.That(lines, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(sentences[0], Is.EqualTo(Text));
    }

    [Test]
    public void Figures_set_on_their_decimal_points_are_cells()
    {
        var point = Width("12");
        var sentences = Read(
            Row(730, ("Rate", 72), ("12.5", 250 - point), ("3.75", 350 - Width("3"))),
            Row(712, ("Share", 72), ("4.25", 250 - Width("4")), ("10.5", 350 - point)),
            Row(694, ("Growth", 72), ("7", 250 - Width("7")), ("0.125", 350 - Width("0"))));

        Assert.That(sentences, Is.EqualTo(new[] { "Rate\t12.5\t3.75", "Share\t4.25\t10.5", "Growth\t7\t0.125" }));
    }

    [Test]
    public void A_row_whose_gaps_happen_to_be_alike_keeps_its_cells()
    {
        // In the first row, the gap after the office and the gap between the figures differ by less than a tenth of an
        // em, as a justified line's spaces do; the rows above and below say they are cells.
        var label = 120 - 72 - Width("Lima");
        var spent = 320 + label + Width("1,180") + 0.3;
        var sentences = Read(
            Row(730, ("Office", 72), ("Programme", 120), Right("Budget", 320), Right("Spent", spent)),
            Row(712, ("Lima", 72), ("Training", 120), Right("1,250", 320), Right("1,180", spent)),
            Row(694, ("Quito", 72), ("Meetings", 120), Right("980", 320), Right("(12)", spent)));

        Assert.That(sentences, Is.EqualTo(new[] { "Office\tProgramme\tBudget\tSpent", "Lima\tTraining\t1,250\t1,180", "Quito\tMeetings\t980\t(12)" }));
    }

    [Test]
    public void Lines_of_a_justified_paragraph_that_end_at_the_margin_are_not_a_column_of_figures()
    {
        // Every line ends at the right margin after a widened space, as a justified paragraph's lines do.
        const double Margin = 400;
        var sentences = Read(
            Justified(760, Margin, "The", "fund", "reported", "its"),
            Justified(746, Margin, "figures", "to", "the", "Board"),
            Justified(732, Margin, "before", "the", "year", "ended."));

        Assert.That(sentences, Is.EqualTo(new[] { "The fund reported its figures to the Board before the year ended." }));
    }

    private static (string Text, double X) Right(string text, double end) => (text, end - Width(text));

    /// <summary>The text in lines as full as the next word allows, each at most <paramref name="width"/> wide.</summary>
    private static List<string> Wrap(string text, double width)
    {
        var lines = new List<string> { string.Empty };
        foreach (var word in text.Split(' '))
        {
            var longer = lines[^1].Length == 0 ? word : $"{lines[^1]} {word}";
            if (lines[^1].Length > 0 && Width(longer) > width)
            {
                lines.Add(word);
            }
            else
            {
                lines[^1] = longer;
            }
        }

        return lines;
    }

    /// <summary>The words set from the left margin to <paramref name="margin"/>, the space between them widened alike.</summary>
    private static (string Text, double X, double Y)[] Justified(double y, double margin, params string[] words)
    {
        var space = (margin - 72 - words.Sum(Width)) / (words.Length - 1);
        return Spaced(y, space, words);
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
