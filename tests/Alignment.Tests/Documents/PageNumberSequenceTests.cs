namespace Alignment.Tests.Documents;

/// <summary>
/// A page number alone at the foot of the page can come out of pdftotext right under the last body line, in the
/// middle of a sentence the page broke; numbers at page edges (next to a form feed) that go up page by page are
/// page numbers.
/// </summary>
public sealed class PageNumberSequenceTests
{
    private static string[] Pages(params int[] numbers) =>
    [
        .. numbers.SelectMany(n => new[]
        {
            "\fThe members of the Expert Group discussed the matters before them at length and agreed on",
            $"the report of meeting {n}. They also discussed the work of the next meeting and the",
            $"{n}",
            string.Empty,
        }),
        "\fcontributions of observers.",
    ];

    [Test]
    public void Rising_bare_numbers_at_page_breaks_are_page_numbers_even_against_the_text() =>
        Assert.That(string.Join("\n", Read.English(Pages(2, 3, 4)).Texts()), Does.Not.Contain("and the 2").And.Not.Contain("and the 3").And.Not.Contain("and the 4"));

    [Test]
    public void A_bare_number_between_two_page_numbers_of_the_sequence_is_the_page_number_between_them()
    {
        // pdftotext set the foot of page 3 between a paragraph's label and its text.
        string[] page3 =
        [
            "\f11. The Expert Group adopted the report of the meeting without a vote and thanked the Chair for her work.",
            "12.", "3", string.Empty, "The Expert Group agreed to meet again in the following year, at a date to be set by the Bureau.", string.Empty,
        ];
        var document = Read.English([.. Pages(2)[..^1], .. page3, .. Pages(4, 5)]);

        Assert.That(document.RemovedLines.Select(r => r.Text), Does.Contain("3"));
        Assert.That(document.Texts(), Has.None.Match(@"(^|\s)3(\s|$)"));
    }

    [Test]
    public void Numbers_at_page_breaks_that_do_not_rise_stay_in_the_text() =>
        Assert.That(string.Join("\n", Read.English(Pages(7, 2, 5)).Texts()), Does.Contain("and the 2"));
}
