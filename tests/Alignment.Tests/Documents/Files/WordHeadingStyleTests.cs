using Alignment.Documents;
using Alignment.Tests.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// Headings and titles a Word file's styles make: Word's built-in heading and title styles, outline levels of a style
/// or a paragraph, and styles based on them; whatever the paragraph's length or punctuation.
/// </summary>
public sealed class WordHeadingStyleTests
{
    private const string Opening = "The Expert Group held its meeting in Vienna.";

    /// <summary>Long, and ending in a full stop: by its shape alone a paragraph.</summary>
    private const string LongHeading = "Measures taken by Member States to strengthen international cooperation in the investigation and prosecution of cybercrime, including the preservation of electronic evidence.";

    private const string Closing = "The Group adopted its report.";

    [Test]
    public void A_paragraph_styled_Heading_1_is_a_heading_however_long_it_is()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "Heading1" }));

        Assert.That(kinds[1], Is.EqualTo((BlockKind.Heading, LongHeading)));
    }

    [Test]
    public void A_paragraph_in_a_style_based_on_a_heading_style_is_a_heading()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "ReportHeading" }));

        Assert.That(kinds[1].Kind, Is.EqualTo(BlockKind.Heading));
    }

    [Test]
    public void A_paragraph_with_an_outline_level_of_its_own_is_a_heading()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.OutlineLevel { Val = 2 }));

        Assert.That(kinds[1].Kind, Is.EqualTo(BlockKind.Heading));
    }

    [Test]
    public void The_outline_level_of_body_text_makes_a_paragraph_in_a_heading_style_body_text()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "Heading1" }, new Word.OutlineLevel { Val = 9 }));

        Assert.That(kinds[1].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [Test]
    public void A_paragraph_styled_Title_is_the_title_even_when_it_ends_a_sentence()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "Title" }), first: true);

        Assert.That(kinds[0], Is.EqualTo((BlockKind.Title, LongHeading)));
    }

    [Test]
    public void A_paragraph_styled_Normal_is_read_by_its_shape()
    {
        var kinds = KindsOf(new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "Normal" }));

        Assert.That(kinds[1].Kind, Is.EqualTo(BlockKind.Paragraph));
    }

    [Test]
    public void The_paragraph_after_a_styled_heading_stands_under_it()
    {
        using var directory = new TempDirectory();
        var path = directory.File("headings.docx");
        Write(path, new Word.ParagraphProperties(new Word.ParagraphStyleId { Val = "Heading1" }), first: false);

        var closing = DocumentReader.Default.ReadFile(path).Blocks.Single(b => b.Text == Closing);

        Assert.That(closing.Path.Parts, Does.Contain(LongHeading));
    }

    /// <summary>The kind and text of each block of a file whose long paragraph has <paramref name="properties"/>.</summary>
    private static (BlockKind Kind, string Text)[] KindsOf(Word.ParagraphProperties properties, bool first = false)
    {
        using var directory = new TempDirectory();
        var path = directory.File("headings.docx");
        Write(path, properties, first);
        return [.. DocumentReader.Default.ReadFile(path).Blocks.Select(b => (b.Kind, b.Text))];
    }

    /// <summary>
    /// A file of three paragraphs, the long one with <paramref name="properties"/>, first or between the others;
    /// its styles are Normal (the default), Heading 1 and 2 as Word defines them, Title, and ReportHeading, based on Heading 2.
    /// </summary>
    private static void Write(string path, Word.ParagraphProperties properties, bool first)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = new Word.Styles(
            Style("Normal", "Normal", null, null, isDefault: true),
            Style("Heading1", "heading 1", "Normal", 0),
            Style("Heading2", "heading 2", "Normal", 1),
            Style("Title", "Title", "Normal", null),
            Style("ReportHeading", "Report Heading", "Heading2", null));
        var heading = new Word.Paragraph(properties, new Word.Run(new Word.Text(LongHeading)));
        Word.Paragraph[] others = [Plain(Opening), Plain(Closing)];
        main.Document = new Word.Document(new Word.Body(first ? [heading, .. others] : [others[0], heading, others[1]]));
    }

    private static Word.Paragraph Plain(string text) => new(new Word.Run(new Word.Text(text)));

    private static Word.Style Style(string id, string name, string? basedOn, int? outlineLevel, bool isDefault = false)
    {
        var style = new Word.Style(new Word.StyleName { Val = name }) { Type = Word.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.AppendChild(new Word.BasedOn { Val = basedOn });
        }

        if (outlineLevel is { } level)
        {
            style.AppendChild(new Word.StyleParagraphProperties(new Word.OutlineLevel { Val = level }));
        }

        return style;
    }
}
