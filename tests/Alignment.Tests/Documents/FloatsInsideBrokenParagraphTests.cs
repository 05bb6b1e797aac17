namespace Alignment.Tests.Documents;

/// <summary>
/// What a journal's page sets inside a paragraph that a column or page broke, as pdftotext gives it: a footnote at the
/// column's foot, written straight after the column's last line, and a figure's caption floated to the top of the next
/// page. Each is a block of its own, and the paragraph goes on whole after it.
/// </summary>
public sealed class FloatsInsideBrokenParagraphTests
{
    [Test]
    public void A_footnote_written_inside_a_sentence_at_a_columns_foot_leaves_the_paragraph_whole()
    {
        var document = Read.English(
            "\fAt half past five the chargers glow at the depot. It is her",
            "forty-third day at the wheel of an electric bus, after",
            "nineteen years at the Heshan coal mine.1",
            "The mine closed last June. “A mine truck goes downhill",
            "full of coal,” Liu said. “A bus goes into crowds, and your",
            "1 The mine opened in 1987.",
            "heart is in your mouth the whole way.”",
            "The course lasts three months. Trainees are paid a",
            "living allowance.");

        Assert.That(document.Texts(), Has.Member("The mine opened in 1987.")
            .And.Member("The mine closed last June. “A mine truck goes downhill full of coal,” Liu said. “A bus goes into crowds, and your heart is in your mouth the whole way.”"));
    }

    [Test]
    public void A_numbered_line_after_a_finished_sentence_is_no_footnote_without_a_gap()
    {
        var document = Read.English(
            "\fAt half past five the chargers glow at the depot. It is her",
            "forty-third day at the wheel of an electric bus, after",
            "nineteen years at the Heshan coal mine.1",
            "The mine closed last June and the drivers had to choose.",
            "1 The mine opened in 1987.",
            "The course lasts three months. Trainees are paid a",
            "living allowance.");

        Assert.That(document.Texts(), Has.None.EqualTo("The mine opened in 1987."));
    }

    [Test]
    public void A_caption_floated_to_the_top_of_the_next_page_leaves_the_paragraph_the_page_broke_whole()
    {
        var document = Read.English(
            "\fJournal of Regional Labour Studies · Vol. 12, No. 3",
            "",
            "3. On the routes",
            "Not everyone found it easy. In his second week on the",
            "routes, Zhao Jianjun, 44, backed",
            "",
            "\fJournal of Regional Labour Studies · Vol. 12, No. 3",
            "",
            "",
            "          Figure 1. Electric buses in daily service at the depot, by month",
            "",
            "",
            "a bus into the depot railings and bent them. Shao",
            "called him over the next morning.",
            "",
            "\fJournal of Regional Labour Studies · Vol. 12, No. 3",
            "",
            "4. Outlook",
            "Two more courses will run next year.");

        Assert.That(document.Texts(), Has.Member("Figure 1. Electric buses in daily service at the depot, by month")
            .And.Member("Not everyone found it easy. In his second week on the routes, Zhao Jianjun, 44, backed a bus into the depot railings and bent them. Shao called him over the next morning."));
    }
}
