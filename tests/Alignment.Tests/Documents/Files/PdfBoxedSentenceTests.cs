namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A sentence set in larger type, centred in a box narrower than its column (a pull quote), whose edges the text does
/// not show: its lines run on into one paragraph, as a sentence wrapped on its own measure.
/// </summary>
public sealed class PdfBoxedSentenceTests
{
    private const double Left = 72;
    private const double Top = 740;
    private const double Measure = 400;
    private const double QuoteSize = 13;

    private const string Before = "The ferry has crossed the river every day for forty years. Next month the new bridge opens and the crossing will close for good.";

    private const string Quote = "Every morning he counts the oars and the ropes.";

    private const string After = "Around midday the river is quieter. A young man wheels his motorbike on board with two goats tied to the back seat.";

    [Test]
    public void A_sentence_centred_in_larger_type_on_a_narrow_measure_runs_on_from_line_to_line()
    {
        var document = DrawnPage.Read(page =>
        {
            var y = page.Column(page.Wrap(Before, Measure), Left, Top);
            // The box is half the column wide and centred in it; its lines are centred in the box.
            var centre = Left + (Measure / 2);
            var lines = page.Wrap(Quote, _ => Measure * 0.5 * DrawnPage.Size / QuoteSize);
            Assert.That(lines, Has.Count.EqualTo(2), "the quote wraps once");
            y -= 12;
            foreach (var line in lines)
            {
                page.Text(line, centre - (page.Width(line, QuoteSize) / 2), y, QuoteSize);
                y -= QuoteSize * 1.25;
            }

            page.Column(page.Wrap(After, Measure), Left, y - 12);
        });

        Assert.That(document.Document.Blocks.Select(b => b.Text), Does.Contain(Quote));
    }
}
