namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The interview typeset as a two-column newsletter (tests/Fixtures/typeset-newsletter.py: A4, two ragged columns with a
/// 1 cm gutter, the title, by-line and lead across the page, a paragraph boxed across both columns, a centred head and
/// foot), as PDF and as the text pdftotext takes from it. Made to measure the readers on two columns (side by side on
/// each line of pdftotext -layout text) in a layout other than the magazine's, which the rules were written against;
/// every word is the corpus's, so the corpus's gold is the newsletter's. Its alignment floors and the tests every layout
/// gets are ColumnLayoutMadeDocumentTests'; these are the newsletter's own.
/// </summary>
public sealed class NewsletterMadeDocumentTests
{
    private const string Name = "Newsletter/interview-newsletter";

    /// <summary>
    /// A Chinese line in a ragged column that stops short of the column's edge, as a line with Latin digits in it does
    /// (<c>…2018 年冬天下大雪，</c>), ends no paragraph where the lines that reach the edge hang their final mark past it:
    /// the measure is where their characters stop, not their hung marks.
    /// </summary>
    [Test]
    public void Every_chinese_sentence_of_the_newsletter_pdf_is_read_whole()
    {
        var document = DocumentFixtures.Segment($"{Name}.zh.pdf");

        Assert.That(document.Sentences.Select(s => s.Text), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Name, "zh")));
    }

    /// <summary>
    /// The last page holds the interview's last lines, two in each column, too few to show its columns: it goes on in
    /// the columns of the page before, so the left column's last turn is read before the right column's note.
    /// </summary>
    [Test]
    public void The_last_page_of_a_few_lines_is_read_in_the_columns_of_the_page_before()
    {
        var document = DocumentFixtures.Segment($"{Name}.en.pdf");

        Assert.That(document.Sentences.TakeLast(3).Select(s => s.Text), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Name, "en").TakeLast(3)));
    }
}
