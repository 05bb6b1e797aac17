using Alignment.Documents;
using Alignment.Segmentation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A page set in two columns whose lines share baselines: the text is read down the first column, then down the
/// second, however the columns' lines end and however narrow the page; paragraph numbers, footnotes and headings stay
/// with the column they are set in, and a paragraph runs on from one column into the next.
/// </summary>
public sealed class PdfColumnTests
{
    private const double Size = DrawnPage.Size;
    private const double Pitch = DrawnPage.Pitch;
    private const double Left = 72;
    private const double Top = 740;
    private const double ColumnWidth = 200;
    private const double Gutter = 24;
    private const double LabelWidth = 24;

    private static readonly string[] Sentences =
    [
        "The expert group met in Vienna from 27 to 29 March to discuss the use of electronic evidence in criminal cases.",
        "Speakers described how their countries had changed their laws to allow the collection of data held abroad.",
        "Several speakers noted that requests for mutual legal assistance still took many months to be answered.",
        "One speaker proposed that central authorities should accept requests sent by electronic means.",
        "Others stressed the need to protect personal data and the rights of suspects at every stage.",
        "The group agreed that training for judges and prosecutors remained a priority for the coming years.",
        "It also asked the secretariat to collect examples of good practice from all regions of the world.",
        "Delegations welcomed the draft report and made suggestions on the wording of its recommendations.",
        "The secretariat was asked to circulate a revised draft to all Member States before the end of May.",
        "Comments received by that date would be reflected in the final version to be adopted at the next meeting.",
        "The group decided to hold its next meeting in Vienna in the first half of the following year.",
        "The chair thanked the host country for its support and closed the meeting on the third day.",
    ];

    [Test]
    public void Ragged_right_columns_are_read_one_after_the_other()
    {
        Assert.That(Read(columnWidth: 200, gutter: 18), Is.EqualTo(Sentences));
    }

    [Test]
    public void Two_columns_on_a_narrow_measure_are_read_one_after_the_other()
    {
        Assert.That(Read(columnWidth: 150, gutter: 14), Is.EqualTo(Sentences));
    }

    [Test]
    public void A_line_that_reaches_into_the_gutter_stays_in_its_column()
    {
        var document = Read(page =>
        {
            // One line of the first column runs on past the others, into the strip the rest leave empty: the first line
            // that can take another word when it may be a few points wider.
            var text = string.Join(' ', Sentences);
            var lines = Enumerable.Range(0, 10).Select(k => page.Wrap(text, line => line == k ? ColumnWidth + 8 : ColumnWidth))
                .First(l => l.Any(line => page.Width(line) > ColumnWidth + 1));
            var half = (lines.Count + 1) / 2;
            Assert.That(lines[..half].Count(line => page.Width(line) > ColumnWidth + 1), Is.EqualTo(1), "the setup draws a line into the gutter");
            page.Column(lines[..half], Left, Top);

            // The second column's lines between the first's, as where paragraphs are spaced apart differently.
            page.Column(lines[half..], Left + ColumnWidth + Gutter, Top - (Pitch / 2));
        });

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(Sentences));
    }

    [Test]
    public void Paragraph_numbers_set_in_the_gutter_stay_with_the_text_after_them()
    {
        var document = Read(page =>
        {
            // Each sentence a numbered paragraph, its number at the column's left edge and its text a label's width in.
            var lines = Sentences.SelectMany((sentence, i) => page.Wrap(sentence, _ => ColumnWidth - LabelWidth).Select((line, k) => (Label: k == 0 ? $"{i + 1}." : null, Text: line))).ToList();
            var half = (lines.Count + 1) / 2;
            for (var i = 0; i < lines.Count; i++)
            {
                var x = i < half ? Left : Left + ColumnWidth + Gutter;
                var y = Top - (Pitch * (i < half ? i : i - half));
                if (lines[i].Label is { } label)
                {
                    page.Text(label, x, y);
                }

                page.Text(lines[i].Text, x + LabelWidth, y);
            }
        });

        Assert.That(document.Document.Blocks.Select(b => $"{b.Label.Written} {b.Text}"), Is.EqualTo(Sentences.Select((s, i) => $"{i + 1}. {s}")));
    }

    [Test]
    public void A_footnote_at_the_foot_of_the_first_column_is_read_after_the_text_of_the_page()
    {
        var document = Read(page =>
        {
            var lines = page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth);
            var first = (lines.Count / 2) - 2;
            page.Column(lines[..first], Left, Top);
            var bottom = Top - (Pitch * (first - 1));
            page.Text("1 The meeting was held in a hybrid format.", Left, bottom - 16, 8);
            page.Column(lines[first..], Left + ColumnWidth + Gutter, Top);
            Assert.That(Top - (Pitch * (lines.Count - first - 1)), Is.LessThan(bottom - 16), "the second column runs on below the footnote");
        });

        Assert.That(document.Sentences.Where(s => document.BlockOf(s.Index).Kind != BlockKind.Footnote).Select(s => s.Text), Is.EqualTo(Sentences));
        Assert.That(document.Document.Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => b.Text), Is.EqualTo(new[] { "The meeting was held in a hybrid format." }));
    }

    [Test]
    public void A_footnote_number_raised_on_a_line_of_its_own_is_the_notes_number_not_a_marker_in_the_text()
    {
        var document = Read(page =>
        {
            // The note's number in smaller type than the note, raised over its first line nearly level with a line of the
            // second column (the note is not), a pitch under the first column's last line.
            var lines = page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth);
            var first = (lines.Count / 2) - 2;
            page.Column(lines[..first], Left, Top);
            page.Column(lines[first..], Left + ColumnWidth + Gutter, Top);
            var number = Top - (Pitch * first) - 3.8;
            page.Text("1", Left, number, 4.4);
            page.Text("The meeting was held in a hybrid format.", Left + page.Width("1", 4.4), number - 3.6, 7.5);
        });

        Assert.That(document.Sentences.Where(s => document.BlockOf(s.Index).Kind != BlockKind.Footnote).Select(s => s.Text), Is.EqualTo(Sentences));
        Assert.That(document.Document.Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => $"{b.Label.Written}|{b.Text}"), Is.EqualTo(new[] { "¹|The meeting was held in a hybrid format." }));
    }

    [Test]
    public void A_paragraph_runs_on_into_the_next_column_when_only_that_column_holds_paragraph_numbers()
    {
        var first = string.Join(' ', Sentences[..6]);
        var second = string.Join(' ', Sentences[6..]);
        var document = Read(page =>
        {
            // The first column holds the text of an unnumbered paragraph only, set in as far as numbered paragraphs' text.
            var lines = page.Wrap(first, _ => ColumnWidth - LabelWidth);
            var half = (lines.Count / 2) + 1;
            page.Column(lines[..half], Left + LabelWidth, Top);
            var right = Left + ColumnWidth + Gutter;
            page.Column(lines[half..], right + LabelWidth, Top);
            var rest = page.Wrap(second, _ => ColumnWidth - LabelWidth);
            var y = Top - (Pitch * (lines.Count - half));
            page.Text("2.", right, y);
            page.Column(rest, right + LabelWidth, y);
        });

        Assert.That(document.Document.Blocks.Select(b => $"{b.Label.Written}|{b.Text}"), Is.EqualTo(new[] { $"|{first}", $"2.|{second}" }));
    }

    [Test]
    public void A_heading_in_larger_type_at_the_top_of_a_column_is_read_in_its_column()
    {
        var document = Read(page =>
        {
            page.Column(page.Wrap(string.Join(' ', Sentences[..6]), _ => ColumnWidth), Left, Top);
            var right = Left + ColumnWidth + Gutter;
            page.Text("Conclusions", right, Top + 26, 14);
            page.Column(page.Wrap(string.Join(' ', Sentences[6..]), _ => ColumnWidth), right, Top);
        });

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo([.. Sentences[..6], "Conclusions", .. Sentences[6..]]));
    }

    [Test]
    public void A_heading_set_apart_at_the_top_of_the_first_column_is_not_read_with_the_second_columns_first_line()
    {
        var document = Read(page =>
        {
            // The heading stands above the first column's text, level with the last line of the paragraph that runs on
            // from the first column into the second; that column's next paragraph starts lower down.
            var lines = page.Wrap(string.Join(' ', Sentences[..6]), _ => ColumnWidth);
            var top = Top + (3 * Pitch);
            page.Text("Summary of the discussion", Left, top);
            page.Column(lines[..^1], Left, Top);
            var right = Left + ColumnWidth + Gutter;
            page.Text(lines[^1], right, top);
            page.Column(page.Wrap(string.Join(' ', Sentences[6..]), _ => ColumnWidth), right, Top);
        });

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo([.. new[] { "Summary of the discussion" }, .. Sentences]));
    }

    [Test]
    public void Paragraphs_set_apart_by_a_spacing_smaller_than_a_gap_are_paragraphs_of_their_own()
    {
        // A small page's tight spacing: paragraphs of three full lines each, a quarter of a line further apart than the
        // lines inside them, neither indented nor ending short.
        var paragraphs = new List<string>();
        var document = Read(page =>
        {
            var lines = page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth);
            var y = Top;
            foreach (var chunk in lines[..^1].Chunk(3).Where(c => c.Length == 3))
            {
                y = page.Column([.. chunk], Left, y) - (Pitch / 4);
                paragraphs.Add(string.Join(' ', chunk));
            }
        });

        Assert.That(document.Document.Blocks.Select(b => b.Text), Is.EqualTo(paragraphs));
    }

    [Test]
    public void A_second_column_that_ends_a_few_lines_down_the_page_is_read_after_the_first()
    {
        var document = Read(page =>
        {
            // The last page of a document: the first column full, the second holding the last three lines.
            var lines = page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth);
            var first = lines.Count - 3;
            page.Column(lines[..first], Left, Top);
            page.Column(lines[first..], Left + ColumnWidth + Gutter, Top);
        });

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(Sentences));
    }

    [Test]
    public void Figures_of_a_table_in_the_first_column_stay_in_their_rows()
    {
        string[] labels = ["Contributions", "Investment income", "Benefits paid", "Administrative costs", "Other income", "Net change"];
        var document = Read(page =>
        {
            // A table fills the first column: labels at its left edge, two columns of figures at tab stops short of its
            // right edge, each leaving a strip as wide as a gutter that no other line on the page covers.
            for (var i = 0; i < 14; i++)
            {
                var y = Top - (Pitch * i);
                page.Text($"{labels[i % labels.Length]}", Left, y);
                page.Text($"{(i + 1) * 37}", Left + 120, y);
                page.Text($"{(i + 1) * 41}", Left + 160, y);
            }

            page.Column(page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth), Left + ColumnWidth + Gutter, Top);
        });

        var rows = document.Document.Blocks.Take(14).Select(b => b.Text.Replace('\t', ' ')).ToArray();
        Assert.That(rows, Is.EqualTo(Enumerable.Range(0, 14).Select(i => $"{labels[i % labels.Length]} {(i + 1) * 37} {(i + 1) * 41}")));
        Assert.That(document.Sentences.Skip(14).Select(s => s.Text), Is.EqualTo(Sentences));
    }

    [Test]
    public void A_page_number_under_a_column_of_table_rows_is_left_out()
    {
        var document = Read(page =>
        {
            // The first column holds a table whose rows are set two lines apart, the second running text; the page
            // number stands further below the text than the text's lines are apart, but nearer than two rows are.
            string[] labels = ["Cash", "Equities", "Fixed income", "Real assets", "Alternatives", "Receivables", "Income due", "Other assets", "Benefits payable", "Trades payable", "Health insurance", "Other liabilities"];
            for (var k = 0; k < labels.Length; k++)
            {
                page.Text(labels[k], Left, Top - (2 * Pitch * k));
                var figure = $"{(k + 3) * 37}";
                page.Text(figure, Left + ColumnWidth - 20 - page.Width(figure), Top - (2 * Pitch * k));
            }

            var lines = page.Wrap(string.Join(' ', Sentences), _ => ColumnWidth);
            var bottom = page.Column(lines, Left + ColumnWidth + Gutter, Top) + Pitch;
            Assert.That(bottom, Is.LessThan(Top - (2 * Pitch * (labels.Length - 1))), "the text runs on below the table");
            page.Text("- 4 -", Left, bottom - (2.5 * Pitch));
        });

        Assert.That(document.Sentences.Select(s => s.Text), Has.None.Contains("- 4 -"));
        Assert.That(document.Sentences.Select(s => s.Text).TakeLast(Sentences.Length), Is.EqualTo(Sentences));
    }

    [Test]
    public void Rows_set_apart_at_the_foot_of_the_first_column_are_read_before_the_second_column()
    {
        var document = Read(page =>
        {
            // The first column ends with a table's two rows, each set further apart than the text's lines, below the
            // last line of the second column.
            var first = page.Wrap(string.Join(' ', Sentences[..6]), _ => ColumnWidth);
            var second = page.Wrap(string.Join(' ', Sentences[6..]), _ => ColumnWidth);
            var bottom = Math.Min(page.Column(first, Left, Top), page.Column(second, Left + ColumnWidth + Gutter, Top)) + Pitch;
            page.Text("Other assets", Left, bottom - (2 * Pitch));
            page.Text("17", Left + 150, bottom - (2 * Pitch));
            page.Text("Total assets", Left, bottom - (4 * Pitch));
            page.Text("11,459", Left + 150 + page.Width("17") - page.Width("11,459"), bottom - (4 * Pitch));
        });

        var read = document.Sentences.Select(s => s.Text).ToList();
        var rows = read.FindIndex(s => s.StartsWith("Other assets", StringComparison.Ordinal));
        Assert.That(rows, Is.EqualTo(read.IndexOf(Sentences[5]) + 1), string.Join(" | ", read));
        Assert.That(read.IndexOf(Sentences[6]), Is.GreaterThan(rows + 1), string.Join(" | ", read));
    }

    [Test]
    public void A_line_whose_comma_hangs_into_a_wide_gutter_beside_a_columns_table_rows_stays_in_its_column()
    {
        const string hung = "As the secretariat had reported at the time, the fund grew.";
        var document = Read(page =>
        {
            // The first column: a paragraph, then a table's short rows, which leave most of the column's width empty, then
            // a line set half a line lower than the second column's, its comma hung past the column's edge. The second
            // column runs on down the page, so that few of the page's lines reach into the strip the rows leave empty.
            var lines = page.Wrap(Sentences[0], _ => ColumnWidth);
            Justified(page, lines[..^1], Left, Top, ColumnWidth);
            page.Text(lines[^1], Left, Top - (Pitch * (lines.Count - 1)));
            var y = Top - (Pitch * lines.Count);
            string[] labels = ["Cash", "Equities", "Bonds", "Property"];
            for (var i = 0; i < 6; i++, y -= Pitch)
            {
                page.Text(labels[i % labels.Length], Left, y);
                var figure = $"{(i + 3) * 37}";
                page.Text(figure, Left + 100 - page.Width(figure), y);
            }

            var comma = hung.IndexOf(',', StringComparison.Ordinal);
            Justified(page, [hung[..comma]], Left, y - (Pitch / 2), ColumnWidth);
            page.Text(",", Left + ColumnWidth, y - (Pitch / 2));
            page.Text(hung[(comma + 2)..], Left, y - (1.5 * Pitch));
            var second = page.Wrap(string.Join(' ', Sentences[4..].Concat(Sentences[4..])), _ => ColumnWidth);
            Assert.That(second, Has.Count.GreaterThan(30), "the second column holds many times more lines than the first column's text");
            page.Column(second, Left + ColumnWidth + Gutter, Top);
        });

        var read = document.Sentences.Select(s => s.Text).ToList();
        Assert.That(read.IndexOf(hung), Is.GreaterThan(read.FindLastIndex(s => s.StartsWith("Property", StringComparison.Ordinal))), string.Join(" | ", read));
        Assert.That(read.IndexOf(hung), Is.LessThan(read.IndexOf(Sentences[4])), string.Join(" | ", read));
    }

    [Test]
    public void A_paragraph_runs_on_into_the_next_column_when_the_first_holds_table_rows_that_end_short_of_the_measure()
    {
        var paragraph = string.Join(' ', Sentences[..6]);
        var document = Read(page =>
        {
            // The first column: a table's rows, their labels set in as far as the paragraphs' text and their figures ending
            // a little short of the column's edge, then a numbered paragraph that runs on into the second column. Both
            // columns are justified; only the first holds a paragraph number.
            string[] labels = ["Contributions", "Investment income", "Benefits paid", "Administrative costs", "Other income", "Net change"];
            for (var i = 0; i < 16; i++)
            {
                page.Text(labels[i % labels.Length], Left + LabelWidth, Top - (Pitch * i));
                var figure = $"{(i + 3) * 37}";
                page.Text(figure, Left + ColumnWidth - 9.5 - page.Width(figure), Top - (Pitch * i));
            }

            var lines = page.Wrap(paragraph, _ => ColumnWidth - LabelWidth);
            Assert.That(lines.Count - 2, Is.GreaterThanOrEqualTo(6), "the second column holds a column's lines");
            var y = Top - (Pitch * 16);
            page.Text("2.", Left, y);
            Justified(page, lines[..2], Left + LabelWidth, y, ColumnWidth - LabelWidth);
            var right = Left + ColumnWidth + Gutter + LabelWidth;
            Justified(page, lines[2..^1], right, Top, ColumnWidth - LabelWidth);
            page.Text(lines[^1], right, Top - (Pitch * (lines.Count - 3)));
        });

        Assert.That(document.Document.Blocks.Select(b => $"{b.Label.Written}|{b.Text}").Last(), Is.EqualTo($"2.|{paragraph}"));
    }

    [Test]
    public void A_line_alone_in_the_last_column_beside_punctuation_hung_into_the_gutter_is_read_after_the_first_column()
    {
        const string closing = "Adopted in Vienna on 29 March.";
        var paragraph = string.Join(' ', Sentences[..6]);
        var document = Read(page =>
        {
            // The last page of a document: the first column full, its first line's dash hung past the measure, its box
            // covering most of a narrow gutter; the second column holds one line, level with that first line.
            const double gutter = 14;
            var lines = page.Wrap(paragraph, _ => ColumnWidth);
            Justified(page, lines[..^1], Left, Top, ColumnWidth);
            page.Text(lines[^1], Left, Top - (Pitch * (lines.Count - 1)));
            page.Text("\u2014", Left + ColumnWidth, Top);
            Assert.That(gutter - page.Width("\u2014"), Is.LessThan(0.8 * Size), "the dash leaves less than a gutter's width blank");
            page.Text(closing, Left + ColumnWidth + gutter, Top);
        });

        var read = document.Sentences.Select(s => s.Text).ToList();
        Assert.That(read[^1], Is.EqualTo(closing), string.Join(" | ", read));
    }

    [Test]
    public void A_page_number_under_the_footnotes_at_the_foot_of_the_last_column_is_left_out()
    {
        const string note = "One member State said that the term covered both digital and analogue evidence.";
        var document = Read(page =>
        {
            // Two columns, the second ending with a footnote in small type at its foot; the page number stands under the
            // first column, further below the note than the note's lines are apart, less than the text's gap below it.
            const double small = 8;
            var lines = page.Wrap(string.Join(' ', Sentences), ColumnWidth);
            var half = (lines.Count + 1) / 2;
            page.Column(lines[..half], Left, Top);
            var y = page.Column(lines[half..], Left + ColumnWidth + Gutter, Top) - Pitch;
            y = Math.Min(y, Top - (Pitch * half)) - Pitch;
            var noteLines = page.Wrap(note, ColumnWidth * Size / small);
            for (var i = 0; i < noteLines.Count; i++)
            {
                page.Text(i == 0 ? $"1 {noteLines[i]}" : noteLines[i], Left + ColumnWidth + Gutter, y - (1.2 * small * i), small);
            }

            var last = y - (1.2 * small * (noteLines.Count - 1));
            Assert.That(1.5 * Pitch * small / Size, Is.LessThan(16), "the number is set apart from the note as a footer is, for its type");
            page.Text("- 8 -", Left, last - 16, small);
        });

        var read = document.Sentences.Select(s => s.Text).ToList();
        Assert.That(read, Has.None.Contains("- 8 -"), string.Join(" | ", read));
    }

    /// <summary>The lines, one a pitch below the other, each with its spaces widened so that it ends <paramref name="width"/> right of <paramref name="x"/>.</summary>
    private static void Justified(DrawnPage page, List<string> lines, double x, double top, double width)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Split(' ');
            var space = (width - words.Sum(w => page.Width(w))) / Math.Max(1, words.Length - 1);
            var at = x;
            foreach (var word in words)
            {
                page.Text(word, at, top - (Pitch * i));
                at += page.Width(word) + space;
            }
        }
    }

    private static string[] Read(double columnWidth, double gutter)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        var lines = Wrap(string.Join(' ', Sentences), columnWidth, text => page.MeasureText(text, Size, new PdfPoint(0, 0), font)[^1].EndBaseLine.X);
        var half = (lines.Count + 1) / 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var (x, row) = i < half ? (72.0, i) : (72 + columnWidth + gutter, i - half);
            page.AddText(lines[i], Size, new PdfPoint(x, 760 - (12 * row)), font);
        }

        var path = Path.Combine(Path.GetTempPath(), $"columns-{Guid.NewGuid():N}.pdf");
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

    private static SegmentedDocument Read(Action<DrawnPage> draw) => DrawnPage.Read(draw);

    private static List<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var longer = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && measure(longer) > width)
            {
                lines.Add(line);
                longer = word;
            }

            line = longer;
        }

        lines.Add(line);
        return lines;
    }
}
