namespace Alignment.Tests.Documents;

/// <summary>
/// pdftotext can set a page number on the same line as the page's last line of text, where the number stands on that
/// line's baseline (<c>… which should include awareness- 19 -</c>). A number in the form of the document's other page
/// numbers that fills the gap in their sequence is cut off and kept as a removed piece; a number the text ends with is not.
/// </summary>
public sealed class GluedPageNumberTests
{
    /// <summary>Pages of one paragraph each, whose last line ends with <paramref name="ending"/> on the given page.</summary>
    private static string[] Pages(Func<int, string> number, int glued, string ending) =>
    [
        .. Enumerable.Range(1, 5).SelectMany(n => new[]
        {
            $"\fUNODC/CCPCJ/EG.4/2021/2",
            string.Empty,
            $"{n}. The members of the Expert Group discussed the matters before them at length and agreed",
            n == glued ? $"that the next meeting would consider the matter further {ending}" : "that the next meeting would consider the matter further.",
            n == glued ? string.Empty : number(n),
            string.Empty,
        }),
    ];

    private static string Dashed(int n) => $"- {n} -";

    [Test]
    public void A_dashed_page_number_glued_to_the_last_line_of_a_page_is_cut_off()
    {
        var document = Read.English(Pages(Dashed, 3, "in- 3 -"));

        Assert.That(document.Texts(), Has.Some.EndsWith("the matter further in"));
        Assert.That(document.RemovedLines.Select(r => r.Text), Does.Contain("- 3 -"));
    }

    [Test]
    public void A_page_of_pages_number_glued_to_the_last_line_of_a_page_is_cut_off()
    {
        var document = Read.English(Pages(n => $"{n}/5", 4, "today. 4/5"));

        Assert.That(document.Texts(), Has.Some.EndsWith("the matter further today."));
        Assert.That(document.RemovedLines.Select(r => r.Text), Does.Contain("4/5"));
    }

    [Test]
    public void A_bare_page_number_glued_to_the_last_line_of_a_page_is_cut_off() =>
        Assert.That(Read.English(Pages(n => $"{n}", 2, "today. 2")).Texts(), Has.Some.EndsWith("the matter further today."));

    [Test]
    public void The_cut_page_number_is_removed_where_it_stands_in_the_file()
    {
        var lines = Pages(Dashed, 3, "in- 3 -");
        var text = string.Join("\n", lines);

        var piece = Read.English(lines).RemovedLines.Single(r => r.Text == "- 3 -");

        Assert.That(text[piece.Source.Start..piece.Source.End], Is.EqualTo("- 3 -"));
    }

    [Test]
    public void A_year_at_the_end_of_the_last_line_of_a_page_stays_in_the_text() =>
        Assert.That(Read.English(Pages(n => $"{n}", 3, "in 2021")).Texts(), Has.Some.EndsWith("the matter further in 2021"));

    [Test]
    public void A_number_that_is_its_page_number_stays_in_the_text_when_the_page_has_its_own()
    {
        // Page 3 is numbered at its head: the 3 its last line ends with is the text's.
        string[] lines = [.. Pages(n => $"{n}", 3, "in paragraph 3").SelectMany((line, i) => i == 13 ? new[] { "3", line } : new[] { line })];

        Assert.That(Read.English(lines).Texts(), Has.Some.EndsWith("the matter further in paragraph 3"));
    }

    [Test]
    public void A_number_in_another_form_than_the_page_numbers_stays_in_the_text() =>
        Assert.That(Read.English(Pages(Dashed, 3, "in paragraph 3")).Texts(), Has.Some.EndsWith("the matter further in paragraph 3"));

    [Test]
    public void A_number_that_does_not_fill_the_gap_in_the_page_numbers_stays_in_the_text() =>
        Assert.That(Read.English(Pages(n => $"{n}", 3, "in paragraph 7")).Texts(), Has.Some.EndsWith("the matter further in paragraph 7"));

    [Test]
    public void A_number_at_the_end_of_a_line_inside_a_page_stays_in_the_text()
    {
        string[] lines = [.. Pages(n => $"{n}", 3, "in").Select(line => line.EndsWith(" in", StringComparison.Ordinal) ? "that the next meeting would consider paragraph 3" : line)];
        lines = [.. lines.Take(16), "and the next meeting would end it.", .. lines.Skip(16)];

        Assert.That(Read.English(lines).Texts(), Has.Some.Contains("consider paragraph 3 and the next meeting"));
    }
}
