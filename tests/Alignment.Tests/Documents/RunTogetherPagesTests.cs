using Alignment.Documents;

namespace Alignment.Tests.Documents;

/// <summary>
/// Text copied from a PDF viewer (or taken by pdftotext -nopgbrk) runs its pages together with no form feed between
/// them: each page's footer and the next page's header stand between two lines of a paragraph. Where they recur a page
/// apart, the page breaks are found from them and the text reads as it would with form feeds.
/// </summary>
public sealed class RunTogetherPagesTests
{
    /// <summary>
    /// Pages of wrapped paragraphs, one a page, each page ending inside a sentence that the next page finishes;
    /// <paramref name="furniture"/> gives the lines between page <c>n</c> and the next.
    /// </summary>
    private static string[] Pages(int count, Func<int, string[]> furniture) =>
    [
        .. Enumerable.Range(1, count).SelectMany(n => new[]
        {
            $"{n}. The members of the Expert Group discussed the matters of meeting {n} before them and",
        }
        .Concat(Enumerable.Range(1, 12).Select(k => $"agreed on point {k} of those that the delegations and the observers had raised in the debate, and"))
        .Append($"on day {n} they adopted the")
        .Concat(n < count ? furniture(n) : [])
        .Append($"report of meeting {n}."))
        .ToArray(),
    ];

    /// <summary>Whether each page's last sentence is whole, its two halves joined across the furniture between them.</summary>
    private static bool JoinedOnEveryPage(Document document, int count) =>
        Enumerable.Range(1, count).All(n => document.Texts().Count(t => t.EndsWith($"on day {n} they adopted the report of meeting {n}.", StringComparison.Ordinal)) == 1);

    [Test]
    public void A_page_number_and_a_symbol_between_two_halves_of_a_sentence_are_left_out_and_the_sentence_joined()
    {
        var document = Read.English(Pages(5, n => [$"{n}", "UNODC/CCPCJ/EG.4/2021/2"]));

        Assert.That(document.Texts(), Has.None.Contains("UNODC"));
        Assert.That(JoinedOnEveryPage(document, 5));
    }

    [Test]
    public void A_job_number_and_a_symbol_with_its_page_number_between_two_halves_of_a_sentence_are_left_out_and_the_sentence_joined()
    {
        var document = Read.English(Pages(5, n => [$"V.21-02475 {n}/5", "UNODC/CCPCJ/EG.4/2021/2"]));

        Assert.That(document.Texts(), Has.None.Contains("UNODC"));
        Assert.That(JoinedOnEveryPage(document, 5));
    }

    [Test]
    public void Furniture_recurring_a_page_apart_is_found_in_text_with_CRLF_line_ends()
    {
        var text = string.Join("\r\n", Pages(5, n => [$"{n}", "UNODC/CCPCJ/EG.4/2021/2"]));
        var document = DocumentReader.Default.Read(text, Language.English, "test.txt");

        Assert.That(document.Texts(), Has.None.Contains("UNODC"));
        Assert.That(JoinedOnEveryPage(document, 5));
    }

    [Test]
    public void A_page_number_alone_counting_up_a_page_apart_is_furniture() =>
        Assert.That(JoinedOnEveryPage(Read.English(Pages(5, n => [$"{n}"])), 5));

    [Test]
    public void A_page_header_holding_its_page_number_on_alternate_sides_is_furniture() =>
        Assert.That(
            Read.English(Pages(5, n => [n % 2 == 1 ? $"{n + 1} UNODC/CCPCJ/EG.4/2021/2" : $"UNODC/CCPCJ/EG.4/2021/2 {n + 1}"])).Texts(),
            Has.None.Contains("UNODC"));

    [Test]
    public void A_running_title_beside_the_recurring_furniture_is_left_out_too() =>
        Assert.That(
            Read.English(Pages(5, n => [$"{n}", "Report of the Expert Group"])).Texts(),
            Has.None.Contains("Report of the Expert Group"));

    [Test]
    public void A_footnote_at_the_foot_of_a_page_before_the_furniture_is_a_footnote_and_the_sentence_is_joined()
    {
        // pdftotext -raw sets a footnote's number on a line of its own; its reference is glued to a word on the page.
        string[] pages = [.. Pages(5, n => n == 2
            ? ["1", "See the report of the previous meeting, which the Expert Group adopted at its session.", $"{n}", "UNODC/CCPCJ/EG.4/2021/2"]
            : [$"{n}", "UNODC/CCPCJ/EG.4/2021/2"]).Select(line => line.Replace("meeting 2 before them", "meeting 2 before them1", StringComparison.Ordinal))];
        var document = Read.English(pages);

        Assert.That(document.Blocks.Where(b => b.Kind == BlockKind.Footnote).Select(b => b.Text), Is.EqualTo(new[] { "See the report of the previous meeting, which the Expert Group adopted at its session." }));
        Assert.That(JoinedOnEveryPage(document, 5));
    }

    [Test]
    public void A_numbered_list_of_short_lines_is_not_page_furniture()
    {
        var document = Read.English(
            "The procedure has these steps:",
            "1",
            "Open the valve.",
            "2",
            "Fill the tank.",
            "3",
            "Close the valve.",
            "4",
            "Record the level.");

        Assert.That(document.RemovedLines, Is.Empty);
    }

    [Test]
    public void Small_numbers_in_the_rows_of_a_table_are_not_page_numbers()
    {
        string[] rows = [.. Enumerable.Range(1, 30).SelectMany(n => new[] { $"District {n}", $"{n}", $"{n + 1}" })];
        var document = Read.English(["Table 1", "District Schools Clinics", .. rows]);

        Assert.That(document.RemovedLines, Is.Empty);
    }

    [Test]
    public void A_line_that_a_speech_repeats_now_and_then_is_not_a_running_header()
    {
        string[] text =
        [
            .. Enumerable.Range(1, 5).SelectMany(n => new[] { "Mr. President,", $"Speaker {n} said that the delegation of country {n} welcomed the report.", "Thank you." }
                .Concat(Enumerable.Range(1, 10 + (3 * n)).Select(k => $"Point {k} of the statement was that the Committee should act on item {k} without delay."))),
        ];

        Assert.That(Read.English(text).RemovedLines, Is.Empty);
    }

    [Test]
    public void A_symbol_cited_on_lines_of_its_own_at_irregular_intervals_is_text()
    {
        string[] text =
        [
            .. Enumerable.Range(1, 4).SelectMany(n => Enumerable.Range(1, 4 + (n * n * 3)).Select(k => $"The Committee considered point {k} of the report in its")
                .Append("A/82/218")),
        ];

        Assert.That(Read.English(text).RemovedLines, Is.Empty);
    }
}
