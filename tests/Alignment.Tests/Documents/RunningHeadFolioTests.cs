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
}
