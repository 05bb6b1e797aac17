using System.Globalization;

namespace Alignment.Tests.Documents;

/// <summary>
/// A book's running heads carry the page number at their outer end, beside the book's title on a left page and the
/// chapter's on a right one, and its chapter's opening page carries its number alone at its foot; pdftotext sets each
/// against the text, in the middle of the sentence the page broke. A short chapter shows each head once, but the
/// numbers count the pages.
/// </summary>
public sealed class RunningHeadFolioTests
{
    private static readonly string[] Book =
    [
        "Chapter Three: Paper Hawks",
        string.Empty,
        "My uncle's kite shop stood at the end of the old street. It was a single room, squeezed between a",
        "bamboo-ware seller and a man who mended pots. I first came when I was eleven, and a row of",
        "1",
        "\f2 Stories from the South Gate",
        "paper hawks hung over the door then. When the wind blew, their wings beat all together, as if they",
        "might leave at any moment. Now nothing hung there, and the shutter had rusted and stuck halfway, so",
        "\fPaper Hawks 3",
        "I had to duck under it. Inside it was dark, and it smelled of paste and old paper.",
        "\f",
    ];

    [Test]
    public void Heads_and_a_foot_number_whose_numbers_count_the_pages_are_furniture()
    {
        var document = Read.English(Book);

        Assert.That(document.RemovedLines.Select(r => r.Text.Trim('\f')), Is.EquivalentTo(new[] { "1", "2 Stories from the South Gate", "Paper Hawks 3" }));
    }

    [Test]
    public void Lines_at_page_edges_whose_numbers_do_not_count_the_pages_stay_text()
    {
        string[] text =
        [
            "The workshop made kites for every school in the county. By the spring of that year it had orders for",
            "\f40 schools",
            "and the workers took turns at the bench. Each school wanted a swallow and a hawk, and some wanted",
            "dragons 12",
            "\f",
        ];

        var document = Read.English(text);

        Assert.That(document.RemovedLines, Is.Empty);
    }

    [TestCase("Table {0}")]
    [TestCase("Figure {0}")]
    public void Captions_numbered_in_sequence_at_the_top_of_a_few_pages_stay_text(string caption)
    {
        // Six pages, a table opening the second and the third: the captions' numbers follow the pages at one offset,
        // but on two pages of six, as tables stand, not on most pages as a running head does.
        var document = Read.English(Pages(6, page => page is 2 or 3 ? string.Format(CultureInfo.InvariantCulture, caption, page - 1) : null));

        Assert.That(document.RemovedLines, Is.Empty);
    }

    [Test]
    public void Headings_numbered_in_sequence_that_open_page_after_page_stay_text()
    {
        // Each chapter of a report opens a page: the headings' numbers count the pages, but each heading says something
        // else, on the same side of its number, where a running head repeats its words.
        string[] headings = ["1 Introduction", "2 Background", "3 Methods", "4 Findings"];

        var document = Read.English(Pages(4, page => headings[page - 1]));

        Assert.That(document.RemovedLines, Is.Empty);
    }

    /// <summary>pdftotext -raw of <paramref name="count"/> pages of a survey's report, a page's first line from <paramref name="top"/> where it gives one.</summary>
    private static string[] Pages(int count, Func<int, string?> top) =>
    [
        .. Enumerable.Range(1, count).SelectMany(page => new[]
        {
            top(page),
            $"The survey counted households in every county of the province during the spring of year {page}, and",
            $"the teams returned to each village {page} times to check what they had been told by the families there.",
            $"Most of the families in region {page} said that their incomes had risen, though the rise was uneven.",
        }.OfType<string>().Select((line, k) => k == 0 && page > 1 ? "\f" + line : line)),
        "\f",
    ];
}
