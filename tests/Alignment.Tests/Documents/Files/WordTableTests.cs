using Alignment.Documents;
using Alignment.Tests.Interchange;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Documents.Files;

/// <summary>
/// A Word table is read row by row, as a PDF's table reads: a row of cells that hold a line each is a block of the
/// table's content under the heading before it, its cells a tab apart; a row with one cell of text, or cells of running
/// text, is read cell by cell. A cell of a few words (<c>Assets</c>, <c>Total assets</c>) names a row, not a section,
/// and a number in a cell counts rows, not the document's paragraphs.
/// </summary>
public sealed class WordTableTests
{
    private static readonly string[][] Figures =
    [
        ["", "2026", "2025"],
        ["Assets", "", ""],
        ["Cash and cash equivalents", "412", "380"],
        ["Total assets", "11,459", "11,013"],
    ];

    [Test]
    public void No_block_read_from_a_table_cell_is_a_heading()
    {
        var document = Read(Figures);

        Assert.That(document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text), Is.EqualTo(new[] { "Financial position", "Changes in net assets" }));
    }

    [Test]
    public void Paragraphs_after_a_table_keep_the_paths_of_the_documents_headings()
    {
        var document = Read(Figures);

        Assert.That(
            document.Blocks.Where(b => b.Kind == BlockKind.NumberedParagraph).Select(b => b.Path.ToString()),
            Is.EqualTo(new[] { "body › I › 1", "body › I › 2", "body › II › 3" }));
    }

    [Test]
    public void Every_row_with_text_is_a_paragraph_of_its_cells_a_tab_apart_under_the_heading_before_the_table()
    {
        var document = Read(Figures);

        var rows = document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => $"{b.Path}: {b.Text}");
        Assert.That(rows, Is.EqualTo(Figures.Select(row => $"body › I: {string.Join('\t', row.Where(cell => cell.Length > 0))}")));
    }

    [Test]
    public void A_row_whose_cells_hold_running_text_is_read_cell_by_cell()
    {
        string[][] layout =
        [
            ["Background. The Group met twice in 2026.", "Outcome. It adopted its report by consensus."],
        ];

        var document = Read(layout);

        Assert.That(
            document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text),
            Is.EqualTo(new[] { "Background. The Group met twice in 2026.", "Outcome. It adopted its report by consensus." }));
    }

    [Test]
    public void A_row_whose_label_has_a_colon_is_one_row_and_its_bracketed_figures_are_not_labels()
    {
        var document = Read([["", "2026", "2025"], ["Less: transaction costs and management fees", "(25)", "(23)"]]);

        Assert.That(
            document.Blocks.Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text),
            Is.EqualTo(new[] { "2026\t2025", "Less: transaction costs and management fees\t(25)\t(23)" }));
    }

    [Test]
    public void A_number_in_a_table_cell_does_not_count_as_a_paragraph_of_the_document()
    {
        var document = Read([["1.", "Equities"], ["2.", "Fixed income"], ["3.", "Real assets"]]);

        Assert.That(
            document.Blocks.Where(b => b.Kind == BlockKind.NumberedParagraph).Select(b => $"{b.Path}: {b.Label.Written}"),
            Is.EqualTo(new[] { "body › I › 1: 1.", "body › I › 2: 2.", "body › II › 3: 3." }));
    }

    /// <summary>Two chapters of numbered paragraphs (labels typed), the table between paragraphs 1 and 2.</summary>
    private static Document Read(string[][] table)
    {
        using var directory = new TempDirectory();
        var path = directory.File("table.docx");
        using (var word = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new Word.Body(
                Paragraph("Financial statements for 2026"),
                Paragraph("I. Financial position"),
                Paragraph("1. Net assets available for benefits amounted to $11,407 million (see table 1)."),
                new Word.Table(table.Select(row => new Word.TableRow(row.Select(cell => new Word.TableCell(Paragraph(cell)))))),
                Paragraph("2. Investments totalled $10,951 million."),
                Paragraph("II. Changes in net assets"),
                Paragraph("3. Net investment income for 2026 was $813 million."));
            word.AddMainDocumentPart().Document = new Word.Document(body);
        }

        return DocumentReader.Default.ReadFile(path);
    }

    private static Word.Paragraph Paragraph(string text) => new(new Word.Run(new Word.Text(text)));
}
