namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Paragraphs set with indented first lines and no space between them, across a page break: the break says nothing of
/// where a paragraph ends, so the lines either side of it do.
/// </summary>
public sealed class PdfPageBreakParagraphTests
{
    private const double Left = 72;
    private const double Top = 740;
    private const double Measure = 300;
    private const double Indent = 2 * DrawnPage.Size;

    private const string Opening = "The seed bank sits on a slope high above the valley. It keeps the seeds of wild plants in a cold store, where they can last for decades without losing their strength.";

    private const string Across = "Every batch that arrives gets a number, and the staff write down the place, the altitude, the date and the collector before the seeds are cleaned and counted.";

    private const string Following = "Delegations of farmers visit the store every spring. They bring seeds of their own to be kept.";

    [Test]
    public void A_paragraph_whose_indented_first_line_ends_a_page_runs_on_at_the_next_pages_margin()
    {
        var document = DrawnPage.Read(2, (index, page) =>
        {
            var across = page.Wrap(Across, k => k == 0 ? Measure - Indent : Measure);
            if (index == 0)
            {
                var y = Paragraph(page, Opening, Top);
                page.Text(across[0], Left + Indent, y);
            }
            else
            {
                var y = page.Column(across[1..], Left, Top);
                Paragraph(page, Following, y);
            }
        });

        Assert.That(document.Document.Blocks.Select(b => b.Text), Is.EqualTo(new[] { Opening, Across, Following }));
    }

    [Test]
    public void An_indented_line_opening_a_page_after_a_sentence_ended_starts_a_paragraph()
    {
        var document = DrawnPage.Read(2, (index, page) =>
        {
            if (index == 0)
            {
                var y = Paragraph(page, Opening, Top);
                // A paragraph of one line that ends its sentence a word's width short of the right edge: the next
                // page's first word would not have fitted after it.
                var full = FullLine(page, Measure - Indent);
                Assert.That(page.Width(full) + page.Width("Delegations"), Is.GreaterThan(Measure - Indent), "the line leaves no room for the next word");
                page.Text(full, Left + Indent, y);
            }
            else
            {
                Paragraph(page, Following, Top);
            }
        });

        Assert.That(document.Document.Blocks.Select(b => b.Text).Last(), Is.EqualTo(Following));
    }

    [Test]
    public void A_caption_in_smaller_type_floated_to_the_top_of_the_next_page_leaves_the_paragraph_the_page_broke_whole()
    {
        const string caption = "Figure 1. Seeds kept in the cold store by year";
        var document = DrawnPage.Read(2, (index, page) =>
        {
            var across = page.Wrap(Across, k => k == 0 ? Measure - Indent : Measure);
            page.Text("Seed Bank Quarterly", Left, Top + (3 * DrawnPage.Pitch), size: 8);
            if (index == 0)
            {
                var y = Paragraph(page, Opening, Top);
                page.Text(across[0], Left + Indent, y);
            }
            else
            {
                // The figure's caption under the figure at the page's head (drawn, no text), in smaller type, over the
                // paragraph's other lines.
                page.Text(caption, Left + 40, Top - (10 * DrawnPage.Pitch), size: 8);
                var y = page.Column(across[1..], Left, Top - (13 * DrawnPage.Pitch));
                Paragraph(page, Following, y);
            }
        });

        Assert.That(document.Document.Blocks.Select(b => b.Text), Is.EqualTo(new[] { Opening, Across, caption, Following }));
    }

    /// <summary>The paragraph with its first line indented and the rest at the margin, from <paramref name="top"/> down; where the next line would go.</summary>
    private static double Paragraph(DrawnPage page, string text, double top)
    {
        var lines = page.Wrap(text, k => k == 0 ? Measure - Indent : Measure);
        page.Text(lines[0], Left + Indent, top);
        return page.Column(lines[1..], Left, top - DrawnPage.Pitch);
    }

    /// <summary>A sentence of short words as wide as fits in <paramref name="width"/>, its full stop within.</summary>
    private static string FullLine(DrawnPage page, double width)
    {
        var words = "They dry the seeds and pack them in foil and keep them cold and dark for many years to come".Split(' ');
        var line = "So";
        for (var k = 0; page.Width($"{line} {words[k % words.Length]}.") <= width; k++)
        {
            line = $"{line} {words[k % words.Length]}";
        }

        return $"{line}.";
    }
}
