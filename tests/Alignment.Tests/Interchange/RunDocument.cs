using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Tests.Interchange;

/// <summary>
/// Writes a Word file whose paragraphs are given run by run: <c>|</c> separates runs (the first of a paragraph set
/// bold, as a speaker label is), a piece <c>^text</c> is a reference to a footnote holding <c>text</c>, and a piece
/// <c>\t</c> a tab.
/// </summary>
internal static class RunDocument
{
    public static void Write(string path, IEnumerable<string> paragraphs)
    {
        using var word = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        var notes = new List<Word.Footnote>();
        var body = new Word.Body(paragraphs.Select(p => Paragraph(p, notes)));
        main.Document = new Word.Document(body);
        if (notes.Count > 0)
        {
            main.AddNewPart<FootnotesPart>().Footnotes = new Word.Footnotes(notes);
        }
    }

    private static Word.Paragraph Paragraph(string text, List<Word.Footnote> notes)
    {
        var paragraph = new Word.Paragraph();
        var pieces = text.Split('|');
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.StartsWith('^'))
            {
                var id = notes.Count + 1;
                notes.Add(new Word.Footnote(new Word.Paragraph(
                    new Word.Run(new Word.RunProperties(new Word.VerticalTextAlignment { Val = Word.VerticalPositionValues.Superscript }), new Word.FootnoteReferenceMark()),
                    new Word.Run(new Word.Text(" " + piece[1..]) { Space = SpaceProcessingModeValues.Preserve })))
                { Id = id });
                paragraph.Append(new Word.Run(
                    new Word.RunProperties(new Word.VerticalTextAlignment { Val = Word.VerticalPositionValues.Superscript }),
                    new Word.FootnoteReference { Id = id }));
            }
            else if (piece == "\t")
            {
                paragraph.Append(new Word.Run(new Word.TabChar()));
            }
            else
            {
                var run = new Word.Run(new Word.Text(piece) { Space = SpaceProcessingModeValues.Preserve });
                if (i == 0 && pieces.Length > 1)
                {
                    run.PrependChild(new Word.RunProperties(new Word.Bold()));
                }

                paragraph.Append(run);
            }
        }

        return paragraph;
    }
}
