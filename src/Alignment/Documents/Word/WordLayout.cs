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
/// copies of text boxes are left out. A hard-wrapped file (plain text opened in a word processor, a paragraph per
/// line) is laid out as the text it came from.
/// </summary>
internal static class WordLayout
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>Fewer paragraphs than this running into the next are too few to call a file hard-wrapped.</summary>
    private const int MinimumWrappedLines = 5;

    /// <exception cref="InvalidDataException">The file has no document body.</exception>
    public static LaidOutText Lay(WordprocessingDocument word)
    {
        var main = word.MainDocumentPart ?? throw new InvalidDataException("it has no main document");
        var body = main.Document?.Body ?? throw new InvalidDataException("it has no document body");
        var numbering = ListNumbering.From(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var footnotes = Notes(main.FootnotesPart?.Footnotes?.Elements<Footnote>(), n => n.Id?.Value);
        var endnotes = Notes(main.EndnotesPart?.Endnotes?.Elements<Endnote>(), n => n.Id?.Value);

        var paragraphs = new List<(string Label, string Text, List<(int Number, OpenXmlElement Note)> Notes)>();
        var notesReferenced = 0;
        foreach (var paragraph in body.Descendants<Paragraph>().Where(p => !IsFallbackCopy(p)))
        {
            var label = numbering.Next(paragraph);
            var referenced = new List<(int Number, OpenXmlElement Note)>();
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
            paragraphs.Add((label, text, referenced));
        }

        var hardWrapped = IsHardWrapped([.. paragraphs.Select(p => p.Text)]);
        var laid = new LaidOutText { ReadAsText = hardWrapped };
        var pendingNotes = new List<(int Number, OpenXmlElement Note)>();
        var afterEmpty = true;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (label, text, notes) = paragraphs[i];
            if (string.IsNullOrWhiteSpace(text) && label.Length == 0)
            {
                afterEmpty = true;
                continue;
            }

            var starts = !hardWrapped || afterEmpty || label.Length > 0;
            if (starts)
            {
                AddNotes(laid, pendingNotes);
            }

            var paragraphNumber = i + 1;
            // Tabs are kept where the text's columns (a table of figures) need them.
            AddParagraph(laid, starts, label, hardWrapped ? text : text.Replace('\t', ' '), line => new ParagraphLocation(paragraphNumber));
            pendingNotes.AddRange(notes);
            afterEmpty = false;
        }

        AddNotes(laid, pendingNotes);
        return laid;
    }

    /// <summary>
    /// Whether the file is plain text opened in a word processor: a paragraph per line of the text, empty paragraphs
    /// where it had blank lines. Most paragraphs that run straight into the next are then lines of about the width
    /// the text was wrapped at that stop mid-sentence, which real paragraphs (and the short lines of a cover block) do
    /// not. Such a file is laid out and read as its text was.
    /// </summary>
    private static bool IsHardWrapped(IReadOnlyList<string> texts)
    {
        var widths = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(Width).Order().ToArray();
        if (widths.Length == 0)
        {
            return false;
        }

        var wrapWidth = widths[(int)(0.95 * (widths.Length - 1))];
        int followed = 0, cut = 0;
        for (var i = 0; i + 1 < texts.Count; i++)
        {
            var text = texts[i].AsSpan().Trim();
            if (text.IsEmpty || string.IsNullOrWhiteSpace(texts[i + 1]))
            {
                continue;
            }

            followed++;
            var end = text.TrimEnd(Chars.Closers);
            cut += end.Length > 0 && !Chars.IsTerminal(end[^1]) && 2 * Width(texts[i]) >= wrapWidth ? 1 : 0;
        }

        return cut >= MinimumWrappedLines && cut * 2 > followed;
    }

    private static int Width(string text) => text.Trim().Sum(Chars.Width);

    /// <summary>The notes referred to by the paragraph just laid out, each as a footnote paragraph after it.</summary>
    private static void AddNotes(LaidOutText laid, List<(int Number, OpenXmlElement Note)> notes)
    {
        foreach (var (number, note) in notes)
        {
            var noteParagraphs = note.Elements<Paragraph>().Select(p => TextOf(p, _ => string.Empty)).Where(t => !string.IsNullOrWhiteSpace(t)).ToArray();
            AddParagraph(laid, starts: true, Superscript(number), string.Join('\n', noteParagraphs), line => new FootnoteLocation(number, line + 1));
        }

        notes.Clear();
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

    /// <summary>A paragraph's lines (at manual line breaks), each located, as a paragraph or as lines of the one before; nothing for an empty one.</summary>
    private static void AddParagraph(LaidOutText laid, bool starts, string label, string text, Func<int, SourceLocation> location)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return;
        }

        if (starts)
        {
            laid.StartParagraph();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            laid.AddLine(i == 0 && label.Length > 0 ? $"{label} {lines[i]}" : lines[i], location(i));
        }
    }

    /// <summary>The paragraph's text in reading order; a manual line break becomes a new line.</summary>
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
                    text.Append('\t');
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
