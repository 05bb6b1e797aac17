using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Tests.Interchange;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Documents.Files;

/// <summary>Labels Word generates through list numbering: levels, their text and format, start values and restarts.</summary>
public sealed class WordNumberingTests
{
    [Test]
    public void Numbered_levels_become_labels_and_an_override_starts_the_count_again()
    {
        using var directory = new TempDirectory();
        var path = directory.File("numbered.docx");
        Write(path, [(1, 0, "The Group met."), (1, 1, "opening the meeting;"), (1, 1, "adopting the agenda."), (1, 0, "The Group adopted the report."), (2, 0, "Member States should act.")]);

        var labels = DocumentReader.Default.ReadFile(path).Blocks.Select(b => $"{b.Kind} {b.Label.Written}");

        Assert.That(labels, Is.EqualTo(new[]
        {
            "NumberedParagraph 1.", "ListItem (a)", "ListItem (b)", "NumberedParagraph 2.", "NumberedParagraph 5.",
        }));
    }

    [Test]
    public void A_label_from_list_numbering_is_marked_generated_and_a_typed_label_is_not()
    {
        using var directory = new TempDirectory();
        var path = directory.File("numbered.docx");
        Write(path, [(1, 0, "The Group met."), (0, 0, "2. The Group adopted the report.")]);

        var labels = DocumentReader.Default.ReadFile(path).Blocks.Select(b => (b.Label.Written, b.Label.IsGenerated));

        Assert.That(labels, Is.EqualTo(new[] { ("1.", true), ("2.", false) }));
    }

    [Test]
    public void Units_from_Word_files_leave_out_the_labels_list_numbering_generated_as_a_CAT_tool_sees_no_label_there()
    {
        using var directory = new TempDirectory();
        var (chinese, english) = (directory.File("zh.docx"), directory.File("en.docx"));
        Write(chinese, [(1, 0, "专家组举行了会议。"), (1, 0, "专家组通过了报告。")]);
        Write(english, [(1, 0, "The Group held a meeting."), (1, 0, "The Group adopted the report.")]);

        var units = AlignedUnits.From(AlignmentPipeline.Default.AlignFiles(chinese, english));

        Assert.That(units.Select(u => u.Source.Text), Is.EqualTo(new[] { "专家组举行了会议。", "专家组通过了报告。" }));
        Assert.That(units.Select(u => u.Target.Text), Is.EqualTo(new[] { "The Group held a meeting.", "The Group adopted the report." }));
    }

    [Test]
    public void A_Word_paragraph_is_located_by_its_number_and_a_footnote_by_its_own()
    {
        var document = DocumentReader.Default.ReadFile(DocumentFixtures.PathOf(DocumentFixtures.File("a4", "en", DocumentFixtures.Word)));
        var footnote = document.Blocks.First(b => b.Kind == BlockKind.Footnote);

        Assert.That(document.LocationOf(document.Blocks[0].Source.Start), Is.EqualTo(new ParagraphLocation(1)));
        Assert.That(document.LocationOf(footnote.Source.Start), Is.EqualTo(new FootnoteLocation(1, 1)));
    }

    [Test]
    public void A_letter_Word_closes_with_a_bracket_becomes_a_lettered_item()
    {
        var labels = LabelsOf(Word.NumberFormatValues.LowerLetter, "%1)", ["opening the meeting;", "adopting the agenda."]);

        Assert.That(labels, Is.EqualTo(new[] { ("ListItem", "(a)"), ("ListItem", "(b)") }));
    }

    [Test]
    public void Figures_in_circles_become_numbered_items()
    {
        var labels = LabelsOf(Word.NumberFormatValues.DecimalEnclosedCircle, "%1", ["召开会议；", "通过议程。"]);

        Assert.That(labels.Select(l => l.Label), Is.EqualTo(new[] { "(1)", "(2)" }));
    }

    [Test]
    public void A_generated_label_the_reader_cannot_read_is_left_out_of_the_text()
    {
        using var directory = new TempDirectory();
        var path = directory.File("numbered.docx");
        WriteList(path, Word.NumberFormatValues.Decimal, "Item %1:", ["The Group met.", "The Group adopted the report."]);

        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(document.Blocks.Select(b => (b.Label.IsNone, b.Text)), Is.EqualTo(new[] { (true, "The Group met."), (true, "The Group adopted the report.") }));
    }

    [Test]
    public void Heavenly_stems_are_not_read_as_Chinese_numerals()
    {
        using var directory = new TempDirectory();
        var path = directory.File("numbered.docx");
        WriteList(path, Word.NumberFormatValues.IdeographTraditional, "%1、", ["召开会议。", "通过议程。"]);

        var labels = DocumentReader.Default.ReadFile(path).Blocks.Select(b => b.Label.Written);

        Assert.That(labels, Has.None.EqualTo("一、"));
    }

    [Test]
    public void Text_a_tracked_change_moved_is_read_only_where_it_was_moved_to()
    {
        using var directory = new TempDirectory();
        var path = directory.File("moved.docx");
        using (var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            word.AddMainDocumentPart().Document = new Word.Document(new Word.Body(
                new Word.Paragraph(new Word.MoveFromRun(new Word.Run(new Word.Text("The Group met."))) { Id = "1", Author = "A" }, new Word.Run(new Word.Text("The Group adopted the report."))),
                new Word.Paragraph(new Word.MoveToRun(new Word.Run(new Word.Text("The Group met."))) { Id = "2", Author = "A" })));
        }

        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(document.Blocks.Select(b => b.Text), Is.EqualTo(new[] { "The Group adopted the report.", "The Group met." }));
    }

    private static (string Kind, string Label)[] LabelsOf(Word.NumberFormatValues format, string levelText, string[] texts)
    {
        using var directory = new TempDirectory();
        var path = directory.File("numbered.docx");
        WriteList(path, format, levelText, texts);
        return [.. DocumentReader.Default.ReadFile(path).Blocks.Select(b => (b.Kind.ToString(), b.Label.Written))];
    }

    /// <summary>One list of one level in the given format and level text, a paragraph of it for each text.</summary>
    private static void WriteList(string path, Word.NumberFormatValues format, string levelText, string[] texts)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Word.Numbering(
            new Word.AbstractNum(Level(0, format, levelText)) { AbstractNumberId = 0 },
            new Word.NumberingInstance(new Word.AbstractNumId { Val = 0 }) { NumberID = 1 });
        main.Document = new Word.Document(new Word.Body(texts.Select(text => new Word.Paragraph(
            new Word.ParagraphProperties(new Word.NumberingProperties(new Word.NumberingLevelReference { Val = 0 }, new Word.NumberingId { Val = 1 })),
            new Word.Run(new Word.Text(text))))));
    }

    /// <summary>
    /// One abstract list, "%1." in decimal at level 0 and "(%2)" in lower-case letters at level 1; list 1 uses it as it
    /// is, list 2 starts level 0 at 5; list 0 is no list.
    /// </summary>
    private static void Write(string path, (int List, int Level, string Text)[] paragraphs)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var numbering = main.AddNewPart<NumberingDefinitionsPart>();
        numbering.Numbering = new Word.Numbering(
            new Word.AbstractNum(
                Level(0, Word.NumberFormatValues.Decimal, "%1."),
                Level(1, Word.NumberFormatValues.LowerLetter, "(%2)"))
            { AbstractNumberId = 0 },
            new Word.NumberingInstance(new Word.AbstractNumId { Val = 0 }) { NumberID = 1 },
            new Word.NumberingInstance(
                new Word.AbstractNumId { Val = 0 },
                new Word.LevelOverride(new Word.StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 })
            { NumberID = 2 });
        var body = new Word.Body();
        foreach (var (list, level, text) in paragraphs)
        {
            // List 0: a paragraph without numbering, its label (if any) typed in its text.
            body.AppendChild(list == 0
                ? new Word.Paragraph(new Word.Run(new Word.Text(text)))
                : new Word.Paragraph(
                    new Word.ParagraphProperties(new Word.NumberingProperties(new Word.NumberingLevelReference { Val = level }, new Word.NumberingId { Val = list })),
                    new Word.Run(new Word.Text(text))));
        }

        main.Document = new Word.Document(body);
    }

    private static Word.Level Level(int index, Word.NumberFormatValues format, string text) =>
        new(new Word.StartNumberingValue { Val = 1 }, new Word.NumberingFormat { Val = format }, new Word.LevelText { Val = text }) { LevelIndex = index };
}
