namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The diary typeset as a two-column journal page (tests/Fixtures/typeset-diary-columns.py: US Letter, two justified
/// serif columns with a 0.5 cm gutter, indented paragraphs without space between them, the title flush left and the
/// by-line flush right above the columns, a running head with the page's number at its right corner), as PDF and as
/// the text pdftotext takes from it. Made before any reader change, on a geometry no rule was tuned on; every word is
/// the corpus's, so the corpus's gold is the page's. Its alignment floors and the tests every layout gets are
/// ColumnLayoutMadeDocumentTests'; this is the journal's own.
/// </summary>
public sealed class DiaryColumnsMadeDocumentTests
{
    private const string Name = "DiaryColumns/diary-columns";

    /// <summary>
    /// The title and the by-line above the columns are read first, in their order, not as the columns' first lines; in
    /// the PDF the by-line stands at the head of the right column, higher than where the left column's text starts.
    /// </summary>
    [TestCase("zh", "pdftotext-layout.txt")]
    [TestCase("en", "pdftotext-layout.txt")]
    [TestCase("zh", "pdf")]
    [TestCase("en", "pdf")]
    public void The_title_and_the_by_line_above_the_columns_are_the_first_two_sentences(string language, string format)
    {
        var document = DocumentFixtures.Segment($"{Name}.{language}.{format}");

        Assert.That(document.Sentences.Take(2).Select(s => s.Text), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Name, language).Take(2)));
    }
}
