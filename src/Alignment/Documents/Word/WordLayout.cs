using System.Text;
using Alignment.Documents.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Documents.Word;

/// <summary>
/// Lays out the text of a Word file for the text reader: every body paragraph (table cells included, cell by cell)
/// as a paragraph, with the label list numbering gives it; footnote and endnote references as superscript numbers
/// (<c>¹</c>), numbered in order of reference as Word prints them; each note's text as a footnote paragraph right
/// after the paragraph that refers to it. Headers, footers, deleted and hidden text, field codes and the fallback
/// copies of text boxes are left out.
/// </summary>
internal static class WordLayout
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <exception cref="InvalidDataException">The file has no document body.</exception>
    public static LaidOutText Lay(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart ?? throw new InvalidDataException("it has no main document");
        var body = main.Document?.Body ?? throw new InvalidDataException("it has no document body");
        var numbering = ListNumbering.From(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var footnotes = Notes(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), n => n.Id?.Value);
        var endnotes = Notes(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), n => n.Id?.Value);

        var laid = new LaidOutText();
        var referenced = new List<(int Number, OpenXmlElement Note)>();
        var paragraphNumber = 0;
        var notesReferenced = 0;
        foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !IsFallbackCopy(p)))
        {
            paragraphNumber++;
            var label = numbering.Next(paragraph);
            var text = TextOf(paragraph, reference =>
            {
                var (notes, id) = reference switch
                {
                    FootnoteReference f => (footnotes, f.Id?.Value),
                    EndnoteReference e => (endnotes, e.Id?.Value),
                    _ => (footnotes, null),
                };
                if (id is not { } key || !notes.TryGetValue(key, out var note))
                {
                    return string.Empty;
                }

                var number = ++notesReferenced;
                referenced.Add((number, note));
                return Superscript(number);
            });
            AddParagraph(laid, label, text, line => new ParagraphLocation(paragraphNumber));
            foreach (var (number, note) in referenced)
            {
                var noteParagraphs = note.Elements<Paragraph>().Select(p => TextOf(p, _ => string.Empty)).Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
                var noteText = string.Join('\n', noteParagraphs);
                AddParagraph(laid, Superscript(number), noteText, line => new FootnoteLocation(number, line + 1));
            }

            referenced.Clear();
        }

        return laid;
    }

    private static Dictionary<long, OpenXmlElement> Notes<T>(IEnumerable<T>? notes, Func<T, long?> id)
        where T : OpenXmlElement
    {
        var byId = new Dictionary<long, OpenXmlElement>();
        foreach (var note in notes ?? [])
        {
            if (id(note) is { } key)
            {
                byId.TryAdd(key, note);
            }
        }

        return byId;
    }

    /// <summary>A paragraph, its lines (at manual line breaks) each located; nothing for an empty one.</summary>
    private static void AddParagraph(LaidOutText laid, string label, string text, Func<int, SourceLocation> location)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return;
        }

        laid.StartParagraph();
        for (var i = 0; i < lines.Length; i++)
        {
            laid.AddLine(i == 0 && label.Length > 0 ? $"{label} {lines[i]}" : lines[i], location(i));
        }
    }

    /// <summary>The paragraph's text in reading order; a manual line break becomes a new line, a tab a space.</summary>
    private static string TextOf(Paragraph paragraph, Func<OpenXmlElement, string> noteMarker)
    {
        var text = new StringBuilder();
        Append(paragraph, text, noteMarker);
        return text.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder text, Func<OpenXmlElement, string> noteMarker)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Run run when IsHidden(run):
                case TextBoxContent or AlternateContentFallback or Paragraph:
                    // Text boxes are paragraphs of their own; the fallback repeats the text of its alternative.
                    break;
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case FootnoteReference or EndnoteReference:
                    text.Append(noteMarker(child));
                    break;
                default:
                    Append(child, text, noteMarker);
                    break;
            }
        }
    }

    private static bool IsHidden(Run run) => run.RunProperties?.Vanish is { } vanish && (vanish.Val is null || vanish.Val.Value);

    private static bool IsFallbackCopy(Paragraph paragraph) => paragraph.Ancestors<AlternateContentFallback>().Any();

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']));
}
