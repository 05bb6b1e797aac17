namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The rows of a table of figures in a PDF, as a narrow measure or a page's column sets them: a row that the
/// typesetter wrapped onto a second line is still one row, a row set a paragraph's gap below the one before is a row
/// of its own, and a table in one column of a page set in two is read in its column.
/// </summary>
public sealed class PdfTableRowTests
{
    private const double Pitch = DrawnPage.Pitch;
    private const double Left = 72;
    private const double Top = 760;
    private const double Measure = 300;

    private const string Paragraph =
        "The statement below shows the income of the fund for the year in millions of United States dollars, with the figures of the year before "
        + "beside them for comparison, as the Pension Board asked at its last session.";

    [Test]
    public void A_row_label_that_runs_on_to_the_line_with_its_figures_is_one_row()
    {
        const string label = "Net appreciation in the fair value of the investments the fund holds for its members";
        var sentences = Read(page =>
        {
            var y = page.Column(page.Wrap(Paragraph, Measure), Left, Top) - (2 * Pitch);
            y = Row(page, "Interest income", ["121", "109"], y);
            y = Row(page, "Dividend income", ["168", "152"], y);
            var wrapped = page.Wrap(label, Measure);
            Assert.That(wrapped, Has.Count.EqualTo(2), "the setup wraps the label once");
            Assert.That(page.Width(wrapped[1]), Is.LessThan(Measure - 100), "the rest of the label leaves room for the figures");
            page.Text(wrapped[0], Left, y);
            y = Row(page, wrapped[1], ["512", "890"], y - Pitch);
            Row(page, "Income from real assets", ["37", "33"], y);
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[]
        {
            "Interestincome121109", "Dividendincome168152", WithoutSpaces(label) + "512890", "Incomefromrealassets3733",
        }));
    }

    [Test]
    public void Figures_pushed_onto_the_next_line_stay_with_their_row()
    {
        var sentences = Read(page =>
        {
            var y = page.Column(page.Wrap(Paragraph, Measure), Left, Top) - (2 * Pitch);
            y = Row(page, "Interest income", ["121", "109"], y);
            y = Row(page, "Dividend income", ["168", "152"], y);
            Row(page, "Income from real assets", ["37"], y);
            page.Text("33", Left + 36, y - Pitch);
            Row(page, "Net investment income", ["813", "1,161"], y - (2 * Pitch));
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[]
        {
            "Interestincome121109", "Dividendincome168152", "Incomefromrealassets3733", "Netinvestmentincome8131,161",
        }));
    }

    [Test]
    public void A_figure_pushed_onto_the_next_line_of_a_row_without_cells_stays_with_its_row()
    {
        // A narrow column: the label wraps, its first figure follows it a space apart (too close to be a cell), the last
        // figure goes on to the next line at a tab stop; rows are set a paragraph's spacing apart, less than a gap.
        var sentences = Read(page =>
        {
            var y = page.Column(page.Wrap(Paragraph, 140), Left, Top) - (2 * Pitch);
            page.Text("Dividend income 168 152", Left, y);
            y -= Pitch + 3;
            page.Text("Less: transaction costs and", Left, y);
            page.Text("management fees (25)", Left, y - Pitch);
            page.Text("(23)", Left + 36, y - (2 * Pitch));
            page.Text("Net investment income 813 1,161", Left, y - (3 * Pitch) - 3);
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[]
        {
            "Dividendincome168152", "Less:transactioncostsandmanagementfees(25)(23)", "Netinvestmentincome8131,161",
        }));
    }

    [Test]
    public void A_row_that_ends_in_its_figure_ends_where_a_paragraphs_spacing_follows()
    {
        // Rows a paragraph's spacing apart, less than a gap between paragraphs, in a column as wide as the rows: the row
        // before ends in its figures where the next row's first word would not have fitted after them, and the next
        // row's label runs on to the line that holds its figures.
        var sentences = Read(page =>
        {
            const string full = "Real assets 1/ 1,142 1,090";
            const string label = "Alternative investments and";
            var measure = Math.Max(page.Width(full), page.Width(label)) + 4;
            Assert.That(page.Width(full + " Alternative"), Is.GreaterThan(measure), "the next row's first word would not fit after the row");
            var y = page.Column(page.Wrap(Paragraph, measure), Left, Top) - (2 * Pitch);
            page.Text(full, Left, y);
            y -= Pitch + 3;
            page.Text(label, Left, y);
            page.Text("commodities 2/ 286 250", Left, y - Pitch);
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[] { "Realassets1/1,1421,090", "Alternativeinvestmentsandcommodities2/286250" }));
    }

    [Test]
    public void A_row_of_figures_under_the_figures_of_the_row_above_is_a_row_of_its_own()
    {
        var sentences = Read(page =>
        {
            var y = page.Column(page.Wrap(Paragraph, Measure), Left, Top) - (2 * Pitch);
            y = Row(page, "Interest income", ["121", "109"], y);
            y = Row(page, "Dividend income", ["168", "152"], y);
            y = Row(page, string.Empty, ["289", "261"], y);
            Row(page, "Income from real assets", ["37", "33"], y);
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[]
        {
            "Interestincome121109", "Dividendincome168152", "289261", "Incomefromrealassets3733",
        }));
    }

    [Test]
    public void Rows_set_a_paragraph_gap_apart_are_rows_of_their_own_however_many_there_are()
    {
        // The text's lines are placed a fraction of a point apart from each other (13.3 and 13.4 points, as rounding
        // places them), the rows 19 points apart: more rows than lines at either distance, fewer than lines in all.
        string[] rates = ["Required", "Current", "Normal", "Maximum"];
        var rows = rates.Concat(rates).Select((rate, i) => $"{rate} contribution rate (percentage of pensionable remuneration) {20 + i}.50").ToArray();
        var sentences = Read(page =>
        {
            var lines = page.Wrap(string.Join(' ', Enumerable.Repeat(Paragraph, 4)), 280);
            Assert.That(lines, Has.Count.GreaterThan(rows.Length + 1), "the setup sets more lines of text than rows");
            var y = Top;
            for (var i = 0; i < lines.Count; i++)
            {
                page.Text(lines[i], Left, y);
                y -= i % 2 == 0 ? 13.3 : 13.4;
            }

            y -= 19 - 13.3;
            var widest = rows.Max(r => page.Width(r));
            foreach (var row in rows)
            {
                Assert.That(page.Width(row) + page.Width(" Required"), Is.GreaterThan(widest), "the next row's first word would not fit after a row");
                page.Text(row, Left, y);
                y -= 19;
            }
        });

        Assert.That(sentences.TakeLast(rows.Length), Is.EqualTo(rows));
    }

    [Test]
    public void A_table_in_the_first_column_of_a_page_set_in_two_is_read_in_its_column()
    {
        const double column = 200;
        const double gutter = 20;
        string[] labels = ["Periodic benefits", "Lump sums", "Administrative expenses", "Other expenses", "Total expenses", "Net increase", "Assets at start", "Assets at end"];
        const string text = "The fund paid its benefits on time throughout the year and kept its costs within the budget.";
        var rows = labels.Select((label, i) => $"{label}{100 + (7 * i)}{90 + (5 * i)}").ToArray();
        var sentences = Read(page =>
        {
            // A paragraph, then a table whose figures stand at tab stops, left-aligned, short of the column's edge.
            var y = page.Column(page.Wrap(Paragraph, column), Left, Top);
            for (var i = 0; i < labels.Length; i++)
            {
                page.Text(labels[i], Left, y - (Pitch * i));
                page.Text($"{100 + (7 * i)}", Left + 124, y - (Pitch * i));
                page.Text($"{90 + (5 * i)}", Left + 156, y - (Pitch * i));
            }

            page.Column(page.Wrap(string.Join(' ', Enumerable.Repeat(text, 4)), column), Left + column + gutter, Top);
        });

        Assert.That(sentences.Select(WithoutSpaces), Is.EqualTo([WithoutSpaces(Paragraph), .. rows.Select(WithoutSpaces), .. Enumerable.Repeat(WithoutSpaces(text), 4)]));
    }

    [Test]
    public void A_note_under_a_table_whose_rows_outnumber_the_lines_of_text_is_a_paragraph_of_its_own()
    {
        // A paragraph, then a table whose rows (figures a space after their labels) are set further apart than the text's
        // lines, though less than twice as far, and outnumber them; the note under the table is set as far below its last
        // row, which is the widest line on the page, so that the note's first word would not have fitted after it.
        const string note = "The figures are in millions of United States dollars and have been rounded to the nearest million.";
        string[] labels = ["Contributions", "Investment income", "Other income", "Benefits paid", "Lump sums", "Administrative costs", "Other expenses", "Net change", "Assets at start"];
        const string total = "Net assets available for benefits at the end of the year, after all expenses and transfers, 11 407 10 962";
        const double rowPitch = 17;
        var sentences = Read(page =>
        {
            var text = page.Wrap(Paragraph + " " + Paragraph, Measure);
            var notes = page.Wrap(note + " " + note, Measure);
            Assert.That(text.Count - 1 + notes.Count - 1, Is.LessThan(labels.Length + 2), "more rows are set apart than lines of text");
            Assert.That(page.Width(total), Is.GreaterThan(Measure), "the last row is the widest line");
            var y = page.Column(text, Left, Top) - (rowPitch - Pitch);
            foreach (var label in labels)
            {
                page.Text($"{label} {label.Length * 37} {label.Length * 31}", Left, y);
                y -= rowPitch;
            }

            page.Text(total, Left, y);
            page.Column(notes, Left, y - rowPitch);
        });

        Assert.That(sentences.TakeLast(3), Is.EqualTo(new[] { total, note, note }));
    }

    [Test]
    public void Figures_that_go_whole_to_the_line_under_their_label_stay_with_their_row()
    {
        // A narrow column whose rows are set a paragraph's spacing apart: one row's label leaves room for its first figure
        // but not for both, which go on to the next line, one pitch below, where the label stands.
        const string label = "From member organizations";
        var sentences = Read(page =>
        {
            var measure = page.Width(label) + 24;
            Assert.That(page.Width($"{label} 284"), Is.LessThan(measure), "the first figure would have fitted after the label");
            Assert.That(page.Width($"{label} 284 272"), Is.GreaterThan(measure), "both figures would not");
            var y = page.Column(page.Wrap(Paragraph, measure), Left, Top) - (2 * Pitch);
            page.Text("From participants 142 136", Left, y);
            y -= Pitch + 3;
            page.Text(label, Left, y);
            page.Text("284 272", Left + 36, y - Pitch);
            page.Text("Other contributions 3 2", Left, y - (2 * Pitch) - 3);
        });

        Assert.That(sentences.Select(WithoutSpaces).Skip(1), Is.EqualTo(new[] { "Fromparticipants142136", WithoutSpaces(label) + "284272", "Othercontributions32" }));
    }

    [Test]
    public void Lines_in_larger_type_that_end_in_a_figure_run_on_at_their_own_pitch()
    {
        // A paragraph of running text, then one in larger type (a summary), set at the wider pitch of its type; one of its
        // lines ends in a figure, justified to the measure, so that neither a gap nor room for the next word ends it.
        const double size = 14;
        const string first = "The group met in Vienna from 27";
        const string summary = first + " to 29 March 2027 to discuss electronic evidence.";
        var sentences = Read(page =>
        {
            var measure = page.Width(first, size) + 2;
            Assert.That(page.Width(first + " to", size), Is.GreaterThan(measure), "the line is full");
            var y = page.Column(page.Wrap(Paragraph + " " + Paragraph, measure), Left, Top) - (2 * Pitch);
            page.Text(first, Left, y, size);
            page.Text("to 29 March 2027 to discuss electronic evidence.", Left, y - (1.2 * size), size);
        });

        Assert.That(sentences.Last(), Is.EqualTo(summary));
    }

    private static string WithoutSpaces(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A page drawn by <paramref name="draw"/>, read and segmented: its sentences.</summary>
    private static string[] Read(Action<DrawnPage> draw) => [.. DrawnPage.Read(draw).Sentences.Select(s => s.Text)];

    /// <summary>A row at <paramref name="y"/>: its label, and its figures set flush right in columns 50 points apart that end at the measure; where the next row goes.</summary>
    private static double Row(DrawnPage page, string label, string[] figures, double y)
    {
        if (label.Length > 0)
        {
            page.Text(label, Left, y);
        }

        for (var k = 0; k < figures.Length; k++)
        {
            var end = Left + Measure - (50 * (1 - k));
            page.Text(figures[k], end - page.Width(figures[k]), y);
        }

        return y - Pitch;
    }
}
