namespace Alignment.Tests.Documents;

/// <summary>
/// A report's title on its cover, set in sentence case and wrapped over lines of its own measure, ends on a line that
/// starts in lower case; the cover's next title (<c>Report of the Secretary-General</c>) is a unit of its own, in the
/// text pdftotext -raw takes from a page, which sets no blank line between them.
/// </summary>
public sealed class WrappedCoverTitleTests
{
    [Test]
    public void A_title_wrapped_in_sentence_case_ends_where_its_last_line_left_room_for_the_next_titles_first_word()
    {
        var document = Read.English(
            "Eighty-second session",
            "Item 21 of the provisional agenda",
            "Water and sanitation: ensuring access to",
            "safe, affordable, reliable and sustainable",
            "water for all",
            "Report of the Secretary-General",
            "The present report, submitted pursuant to General Assembly resolution 80/118,",
            "reviews progress towards Sustainable Development Goal 6. It finds that, despite steady",
            "investment, some 2 billion people still lack safe water.",
            "\fThe report concludes with recommendations on financing.");

        Assert.That(document.Texts(), Does.Contain("Report of the Secretary-General"));
    }
}
