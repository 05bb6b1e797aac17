using Alignment.Documents;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// The feature article typeset as a magazine's three-column spread (tests/Fixtures/typeset-three-columns.py: A4, three
/// justified sans-serif columns, the title and a letter-spaced by-line centred above them, a drop cap two lines deep,
/// two pull quotes in bold between rules, a running header and a page number), as PDF and as the text pdftotext takes
/// from it: a second magazine layout, made after the rules for the first, to check them on. Every word is the
/// corpus's and the pull quotes are furniture, so the corpus's gold is the page's. Its alignment floors and the tests
/// every layout gets are ColumnLayoutMadeDocumentTests'; these are the spread's own.
/// </summary>
public sealed class ThreeColumnsMadeDocumentTests
{
    private const string Name = "ThreeColumns/feature-three-columns";

    /// <summary>The same spread on a US Letter page in 9 pt type with a narrower gutter, made to check the column rules on a layout they were not made on.</summary>
    private const string Letter = "ThreeColumns/feature-three-columns-letter";

    /// <summary>
    /// The spread's two pull quotes, which pdftotext -raw prints after the page's number (the first of them a sentence
    /// on seven lines in English), are furniture: what is dropped is the two quoted sentences of the gold, nothing more,
    /// and each is read once, where the body has it.
    /// </summary>
    [TestCase("en")]
    [TestCase("zh")]
    public void Both_pull_quotes_of_the_three_column_page_are_furniture_in_raw_text(string language)
    {
        var read = DocumentFixtures.Segment($"{Name}.{language}.pdftotext-raw.txt");

        var dropped = Squeezed(string.Concat(read.Document.RemovedLines.Where(r => r.Reason == RemovalReason.PullQuote).Select(r => r.Text)));
        var quoted = ColumnLayoutMadeDocumentTests.Gold(Name, language).Select(Squeezed).Where(s => dropped.Contains(s, StringComparison.Ordinal)).ToList();

        Assert.That(quoted, Has.Count.EqualTo(2));
        Assert.That(quoted.Sum(s => s.Length), Is.EqualTo(dropped.Length));
        Assert.That(quoted.Select(q => read.Sentences.Count(s => Squeezed(s.Text).Contains(q, StringComparison.Ordinal))), Is.All.EqualTo(1));
    }

    /// <summary>
    /// The title and the by-line stand over the middle column, higher than where the columns' text starts: they head the
    /// article and are read first, not between the middle column's lines.
    /// </summary>
    [TestCase("zh")]
    [TestCase("en")]
    public void The_title_and_by_line_over_the_middle_column_are_the_first_two_sentences(string language)
    {
        var read = DocumentFixtures.Segment($"{Name}.{language}.pdf");

        Assert.That(read.Sentences.Take(2).Select(s => s.Text), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Name, language).Take(2)));
    }

    /// <summary>
    /// The English pull quote in 12 pt bold wraps onto seven lines in its frame, more than a passage quoted, yet it is
    /// one sentence: it is furniture, read whole where the body has it and once.
    /// </summary>
    [Test]
    public void A_pull_quote_of_one_sentence_on_seven_lines_is_furniture_in_the_pdf()
    {
        var read = DocumentFixtures.Segment($"{Name}.en.pdf");
        var quoted = ColumnLayoutMadeDocumentTests.Gold(Name, "en").Single(s => s.StartsWith("That year an ornithologist", StringComparison.Ordinal));

        Assert.That(read.Document.RemovedLines.Where(r => r.Reason == RemovalReason.PullQuote).Select(r => Squeezed(r.Text)), Does.Contain(Squeezed("That year an")));
        Assert.That(read.Sentences.Count(s => Squeezed(s.Text).Contains(Squeezed(quoted), StringComparison.Ordinal)), Is.EqualTo(1));
    }

    /// <summary>
    /// Set on a Letter page, the spread's last lines stand on a second page, seven in each column, too few to show its
    /// columns: they are read in the columns of the first page, one column after the other.
    /// </summary>
    [Test]
    public void The_short_last_page_of_the_letter_spread_is_read_in_its_columns()
    {
        var read = DocumentFixtures.Segment($"{Letter}.en.pdf");

        Assert.That(read.Sentences.Select(s => Squeezed(s.Text)), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Letter, "en").Select(Squeezed)));
    }

    /// <summary>
    /// On the Letter page the Chinese pull quotes' frames are narrower than their column, so their lines stop well short
    /// of the column's edge: measured against their own block they run on, and each quote is one paragraph, furniture.
    /// </summary>
    [Test]
    public void A_pull_quote_in_a_frame_narrower_than_its_column_is_one_paragraph_and_furniture()
    {
        var read = DocumentFixtures.Segment($"{Letter}.zh.pdf");

        Assert.That(read.Sentences.Select(s => Squeezed(s.Text)), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Letter, "zh").Select(Squeezed)));
    }

    /// <summary>
    /// pdftotext -raw prints the letter-spaced by-line one letter a word right over the first paragraph, and the drop
    /// cap after the whole paragraph it opens: the by-line is a unit of its own and the letter starts the paragraph.
    /// </summary>
    [Test]
    public void The_letter_spaced_by_line_and_the_drop_cap_printed_after_its_paragraph_open_the_raw_text_as_set()
    {
        var read = DocumentFixtures.Segment($"{Name}.en.pdftotext-raw.txt");

        Assert.That(read.Sentences.Take(3).Select(s => Squeezed(s.Text)), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(Name, "en").Take(3).Select(Squeezed)));
    }

    /// <summary>
    /// pdftotext -layout prints the three justified columns side by side, their wide spaces in other places on every
    /// line: each column is read down in turn, on A4 and on Letter, and every sentence comes out whole.
    /// </summary>
    [TestCase(Name)]
    [TestCase(Letter)]
    public void Three_justified_columns_in_layout_text_are_read_column_by_column(string name)
    {
        var read = DocumentFixtures.Segment($"{name}.en.pdftotext-layout.txt");

        Assert.That(read.Sentences.Select(s => Squeezed(s.Text)), Is.EqualTo(ColumnLayoutMadeDocumentTests.Gold(name, "en").Select(Squeezed)));
    }

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
