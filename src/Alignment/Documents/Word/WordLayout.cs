using Alignment.Documents.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Alignment.Documents.Word;

/// <summary>
/// Lays out the text of a Word file for the text reader: every body paragraph as a paragraph, with the label list
/// numbering gives it; a table's row as one line, a tab between its cells, as a PDF's table row reads (a row whose cells
/// hold more than a line of text each is laid out cell by cell instead), marked as a table's content; footnote and endnote references as superscript numbers
/// (<c>¹</c>), numbered in order of reference as Word prints them; each note's text as a footnote paragraph right
/// after the paragraph that refers to it. Headers, footers, deleted and hidden text, field codes and the fallback
/// copies of text boxes are left out, and so is the old place of text a tracked change moved. A hard-wrapped file (plain text opened in a word processor, a paragraph per
/// line) is laid out as the text it came from.
/// </summary>
internal static class WordLayout
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The marks that end a sentence, as opposed to a clause.</summary>
    private const string SentenceEnds = "。！？.!?";

    /// <summary>Fewer paragraphs than this running into the next are too few to call a file hard-wrapped.</summary>
    private const int MinimumWrappedLines = 5;

    /// <summary>A CJK paragraph cut at a section break without a mark holds at least this many characters: a page's lines.</summary>
    private const int MinimumCutCjk = 20;

    /// <summary>The marks that close a clause but not a sentence, where a page may cut a paragraph.</summary>
    private const string ClauseMarks = ",，、;；";

    /// <summary>
    /// This many paragraphs ending in one clause's mark make it the document's way of ending them (a list's items, a
    /// resolution's paragraphs); a report's text ends one in a comma rarely if ever.
    /// </summary>
    private const int ClauseEndedParagraphs = 4;

    /// <summary>The column of a <see cref="CellPlace"/> that stands for a whole row laid out as one line.</summary>
    private const int RowLine = 0;

    /// <summary>Lays out the file's text, and gives where its inline codes stand in the text laid out.</summary>
    /// <exception cref="InvalidDataException">The file has no document body.</exception>
    public static LaidOutText Lay(WordprocessingDocument word, out IReadOnlyList<InlineCode> inlineCodes)
    {
        var main = word.MainDocumentPart ?? throw new InvalidDataException("it has no main document");
        var numbering = ListNumbering.Read(main.NumberingDefinitionsPart, main.StyleDefinitionsPart);
        var headings = HeadingStyles.Read(main.StyleDefinitionsPart);
        var footnotes = Notes(main.FootnotesPart, typeof(Footnote));
        var endnotes = Notes(main.EndnotesPart, typeof(Endnote));

        // Only paragraphs with text or a label are kept, each as its text: empty ones are known by the gap in numbers.
        var paragraphs = new List<LaidParagraph>();
        var notesReferenced = 0;
        var referenced = new List<(int Number, string Note)>();
        var body = new ParagraphStream(numbering.Next, reference =>
        {
            var notes = reference.Endnote ? endnotes : footnotes;
            if (reference.Id is not { } key || !notes.TryGetValue(key, out var note))
            {
                return string.Empty;
            }

            // A note numbered by hand (a custom mark of digits) keeps its number, and the mark that the note's text
            // starts with in place of the generated one goes; another custom mark (an asterisk) is numbered as Word numbers the rest.
            var number = CustomNumber(reference.CustomMark) ?? notesReferenced + 1;
            notesReferenced = number;
            referenced.Add((number, WithoutMark(note, reference.CustomMark)));
            return Superscript(number);
        }, headings.Of);
        ReadBody(main, body, paragraph =>
        {
            if (!string.IsNullOrWhiteSpace(paragraph.Text) || paragraph.Label.Length > 0)
            {
                paragraphs.Add(new LaidParagraph(paragraph.Number, paragraph.Label, paragraph.Text, paragraph.Cell, referenced.Count == 0 ? null : [.. referenced])
                {
                    Codes = paragraph.Codes,
                    Heading = paragraph.Heading,
                    Centred = paragraph.Centred,
                    EndsSection = paragraph.EndsSection,
                });
            }

            referenced.Clear();
        });

        paragraphs = JoinedAcrossSections(paragraphs);
        var hardWrapped = IsHardWrapped(paragraphs);
        var laid = new LaidOutText { ReadAsText = hardWrapped };
        var codes = new List<InlineCode>();
        var pendingNotes = new List<(int Number, string Note)>();
        var previous = 0;
        foreach (var laidParagraph in hardWrapped ? paragraphs : TableRows(paragraphs))
        {
            var (paragraphNumber, label, text, cell, notes) = laidParagraph;
            // A row laid out as a line is marked as a cell too: it is the table's content, never a heading or a numbered paragraph.
            var inTableCell = cell is not null;
            var afterEmpty = paragraphNumber != previous + 1;
            var starts = !hardWrapped || afterEmpty || label.Length > 0;
            if (starts)
            {
                AddNotes(laid, pendingNotes);
            }

            // Tabs are kept where the text's columns (a table of figures) need them.
            var asLine = hardWrapped || cell is { Column: RowLine };
            var start = laid.Length;
            AddParagraph(laid, starts, inTableCell, label, asLine ? text : text.Replace('\t', ' '), line => new ParagraphLocation(paragraphNumber), laidParagraph.Heading, laidParagraph.Centred && !hardWrapped);
            if (!asLine)
            {
                // A row laid out as a line or a hard-wrapped line is not a paragraph of the file: its codes are not placed.
                codes.AddRange(Placed(laid, start, label, text, laidParagraph.Codes));
            }

            pendingNotes.AddRange(notes ?? []);
            previous = paragraphNumber;
        }

        AddNotes(laid, pendingNotes);
        inlineCodes = codes;
        return laid;
    }

    /// <summary>
    /// The paragraph's codes numbered as a CAT tool numbers its tags (<see cref="InlineCode"/>) and placed in the laid-out
    /// text, where the paragraph was laid out as one line (a paragraph with manual line breaks gets none).
    /// </summary>
    private static IEnumerable<InlineCode> Placed(LaidOutText laid, int start, string label, string text, IReadOnlyList<RunCode> codes)
    {
        var line = text.Replace('\t', ' ').Trim();
        if ((codes.Count == 0 && !text.Contains('\t', StringComparison.Ordinal)) || line.Length == 0 || line.Contains('\n', StringComparison.Ordinal) || laid.Length - start < line.Length)
        {
            yield break;
        }

        var lead = text.Replace('\t', ' ').IndexOf(line, StringComparison.Ordinal);
        var lineStart = laid.Length - line.Length;
        var tabs = text.Select((c, at) => (c, at)).Where(t => t.c == '\t').Select(t => (t.at, 1, (int?)null, true));
        foreach (var (at, length, number, cuts) in Numbered(text, codes).Concat(tabs).OrderBy(c => c.Item1))
        {
            if (at >= lead && at + length <= lead + line.Length)
            {
                yield return new InlineCode(lineStart + at - lead, length, number) { Cuts = cuts };
            }
        }
    }

    /// <summary>
    /// The codes with those that touch merged into one (OmegaT aggregates adjacent tags), each numbered within its piece
    /// of the paragraph (a tab cuts the paragraph for the tool), or unnumbered where only white space stands between it
    /// and the piece's edge.
    /// </summary>
    private static List<(int At, int Length, int? Number, bool Cuts)> Numbered(string text, IReadOnlyList<RunCode> codes)
    {
        var merged = new List<(int At, int Length)>();
        foreach (var code in codes.OrderBy(c => c.At))
        {
            if (merged.Count > 0 && code.At <= merged[^1].At + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = (last.At, Math.Max(last.At + last.Length, code.At + code.Length) - last.At);
            }
            else
            {
                merged.Add((code.At, code.Length));
            }
        }

        var numbered = new List<(int At, int Length, int? Number, bool Cuts)>();
        var piece = -1;
        var next = 0;
        foreach (var (at, length) in merged)
        {
            var pieceStart = at == 0 ? 0 : text.LastIndexOf('\t', at - 1) + 1;
            var pieceEnd = text.IndexOf('\t', at + length);
            pieceEnd = pieceEnd < 0 ? text.Length : pieceEnd;
            if (pieceStart != piece)
            {
                (piece, next) = (pieceStart, 0);
            }

            var edge = string.IsNullOrWhiteSpace(text[pieceStart..at]) || string.IsNullOrWhiteSpace(text[(at + length)..pieceEnd]);
            numbered.Add((at, length, edge ? null : next++, false));
        }

        return numbered;
    }

    /// <summary>
    /// The paragraphs with each table row whose cells hold a line of text each as one paragraph: the cells' text with a
    /// tab between them (empty cells left out, as a PDF shows nothing of them), located at the row's first paragraph
    /// and referring to all its notes. A table's unit is then the row whichever format it arrives in (a PDF's rows are
    /// found by where their cells line up), and a row of figures anchors an alignment as a cell of one figure cannot.
    /// A row with a cell of more than one paragraph, a line break, a sentence followed by more text or a generated
    /// label is a table used for layout, not one of figures: its cells stay paragraphs of their own.
    /// </summary>
    private static IEnumerable<LaidParagraph> TableRows(List<LaidParagraph> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count;)
        {
            var end = i + 1;
            if (paragraphs[i].Cell is { } first)
            {
                while (end < paragraphs.Count && paragraphs[end].Cell?.Row == first.Row)
                {
                    end++;
                }
            }

            var row = paragraphs[i..end];
            if (row.Count < 2 || !row.All(p => IsOneLineCell(p, row)))
            {
                foreach (var paragraph in row)
                {
                    yield return paragraph;
                }
            }
            else
            {
                var notes = row.SelectMany(p => p.Notes ?? []).ToArray();
                yield return new LaidParagraph(
                    row[0].Number,
                    string.Empty,
                    string.Join('\t', row.Select(p => p.Text.Trim().Replace('\t', ' '))),
                    new CellPlace(row[0].Cell!.Value.Row, RowLine),
                    notes.Length == 0 ? null : notes);
            }

            i = end;
        }
    }

    /// <summary>
    /// Whether the cell paragraph is the only one of its cell and holds one line of text, a sentence at most, without a
    /// generated label. Only a sentence's end counts: a row's label may have a colon or semicolon in it (<c>Less: fees</c>).
    /// </summary>
    private static bool IsOneLineCell(LaidParagraph paragraph, List<LaidParagraph> row)
    {
        var text = paragraph.Text.AsSpan().Trim();
        if (paragraph.Label.Length > 0 || text.Contains('\n') || row.Count(p => p.Cell == paragraph.Cell) > 1)
        {
            return false;
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (SentenceEnds.Contains(text[i]) && char.IsWhiteSpace(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The paragraphs with those a section break cut in two made whole again. Where the page setup changes in the middle
    /// of a paragraph (a first page with its own header, a landscape page), LibreOffice writes the paragraph as two, the
    /// first ending the section: its text stops where the page did, mid-sentence. A section that ends a paragraph
    /// (an annex's, after a full stop or a heading) is left as it is.
    /// </summary>
    private static List<LaidParagraph> JoinedAcrossSections(List<LaidParagraph> paragraphs)
    {
        var joined = new List<LaidParagraph>(paragraphs.Count);
        var endings = ClauseEndings(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            if (joined.Count > 0 && joined[^1] is { EndsSection: true } cut && GoesOnAfterBreak(cut, paragraph, endings))
            {
                var codes = paragraph.Codes.Select(c => c with { At = c.At + cut.Text.Length });
                var notes = (cut.Notes ?? []).Concat(paragraph.Notes ?? []).ToArray();
                joined[^1] = cut with
                {
                    Text = cut.Text + paragraph.Text,
                    Notes = notes.Length == 0 ? null : notes,
                    Codes = [.. cut.Codes, .. codes],
                    EndsSection = paragraph.EndsSection,
                };
                continue;
            }

            joined.Add(paragraph);
        }

        return joined;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the text of <paramref name="cut"/>, which ends a section: both plain
    /// body paragraphs, right after one another, the next without a label of its own, and the first stopped mid-sentence:
    /// before a word in lower case, after a clause's mark or a space, or between two CJK characters. In a document
    /// whose paragraphs end in a clause's mark (a resolution's preamble, ending each in a comma, its operative
    /// paragraphs in a semicolon), that mark before a capital or a CJK character is where a paragraph ended.
    /// </summary>
    private static bool GoesOnAfterBreak(LaidParagraph cut, LaidParagraph next, IReadOnlyDictionary<char, int> endings)
    {
        if (next.Number != cut.Number + 1 || cut.Cell is not null || next.Cell is not null || next.Label.Length > 0
            || cut.Heading != StyledHeading.None || next.Heading != StyledHeading.None || cut.Centred || next.Centred)
        {
            return false;
        }

        var before = cut.Text.AsSpan().TrimEnd();
        var after = next.Text.AsSpan().TrimStart();
        if (before.IsEmpty || after.IsEmpty || TextShape.EndsWithTerminal(before))
        {
            return false;
        }

        var last = before[^1];
        if (char.IsLower(after[0]))
        {
            return true;
        }

        if (ClauseMarks.Contains(last))
        {
            return endings.GetValueOrDefault(last) < ClauseEndedParagraphs;
        }

        return (char.IsLetter(last) && char.IsWhiteSpace(cut.Text[^1]) && !char.IsUpper(after[0]) && !char.IsDigit(after[0]))
            || (Chars.IsCjk(last) && Chars.IsCjk(after[0]) && before.Length >= MinimumCutCjk);
    }

    /// <summary>How many paragraphs that no section break cut end in each clause's mark.</summary>
    private static Dictionary<char, int> ClauseEndings(List<LaidParagraph> paragraphs) =>
        paragraphs.Where(p => !p.EndsSection && p.Heading == StyledHeading.None)
            .Select(p => p.Text.TrimEnd())
            .Where(text => text.Length > 0 && ClauseMarks.Contains(text[^1]))
            .GroupBy(text => text[^1])
            .ToDictionary(g => g.Key, g => g.Count());

    /// <exception cref="InvalidDataException">The main part has no body.</exception>
    private static void ReadBody(MainDocumentPart main, ParagraphStream stream, Action<StreamedParagraph> paragraph)
    {
        using var reader = OpenXmlReader.Create(main);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == 1 && reader.ElementType == typeof(Body))
            {
                stream.Read(reader, paragraph);
                return;
            }
        }

        throw new InvalidDataException("it has no document body");
    }

    /// <summary>
    /// Whether the file is plain text opened in a word processor: a paragraph per line of the text, empty paragraphs
    /// where it had blank lines. Most paragraphs that run straight into the next are then lines of about the width
    /// the text was wrapped at that stop mid-sentence, which real paragraphs (and the short lines of a cover block) do
    /// not. Such a file is laid out and read as its text was.
    /// </summary>
    private static bool IsHardWrapped(List<LaidParagraph> paragraphs)
    {
        var widths = paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).Select(p => Width(p.Text)).Order().ToArray();
        if (widths.Length == 0)
        {
            return false;
        }

        var wrapWidth = widths[(int)(0.95 * (widths.Length - 1))];
        int followed = 0, cut = 0;
        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            var text = paragraphs[i].Text.AsSpan().Trim();
            var next = paragraphs[i + 1];
            if (text.IsEmpty || next.Number != paragraphs[i].Number + 1 || string.IsNullOrWhiteSpace(next.Text))
            {
                continue;
            }

            followed++;
            var end = text.TrimEnd(Chars.Closers);
            cut += end.Length > 0 && !Chars.IsTerminal(end[^1]) && 2 * Width(paragraphs[i].Text) >= wrapWidth ? 1 : 0;
        }

        return cut >= MinimumWrappedLines && cut * 2 > followed;
    }

    private static int Width(string text) => text.Trim().Sum(Chars.Width);

    /// <summary>The notes referred to by the paragraph just laid out, each as a footnote paragraph after it.</summary>
    private static void AddNotes(LaidOutText laid, List<(int Number, string Note)> notes)
    {
        foreach (var (number, note) in notes)
        {
            AddParagraph(laid, starts: true, inTableCell: false, Superscript(number), note, line => new FootnoteLocation(number, line + 1));
        }

        notes.Clear();
    }

    /// <summary>
    /// The text of each note of a footnotes or endnotes part by its id (the first of an id), its paragraphs with
    /// text as lines; a reference to another note inside is left out.
    /// </summary>
    private static Dictionary<long, string> Notes(OpenXmlPart? part, Type noteType)
    {
        var byId = new Dictionary<long, string>();
        if (part is null)
        {
            return byId;
        }

        var stream = new ParagraphStream(_ => string.Empty, _ => string.Empty);
        var lines = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.IsStartElement && reader.Depth == 1 && reader.ElementType == noteType)
            {
                var id = ParagraphStream.IdOf(reader);
                stream.Read(reader, paragraph =>
                {
                    // Its own paragraphs, not those of a table or text box in it.
                    if (paragraph.Depth == 1 && !string.IsNullOrWhiteSpace(paragraph.Text))
                    {
                        lines.Add(paragraph.Text);
                    }
                });
                if (id is { } key)
                {
                    byId.TryAdd(key, string.Join('\n', lines));
                }

                lines.Clear();
            }
        }

        return byId;
    }

    /// <summary>
    /// A paragraph's lines (at manual line breaks), each located, as a paragraph (or a table cell) or as lines of the one
    /// before; nothing for an empty one.
    /// </summary>
    private static void AddParagraph(
        LaidOutText laid, bool starts, bool inTableCell, string label, string text, Func<int, SourceLocation> location, StyledHeading heading = StyledHeading.None, bool centred = false)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return;
        }

        if (starts && inTableCell)
        {
            laid.StartTableCell();
        }
        else if (starts && heading != StyledHeading.None)
        {
            laid.StartHeading(heading);
        }
        else if (starts)
        {
            laid.StartParagraph();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0 && centred && StandsOnItsOwn(lines[i - 1], lines[i]))
            {
                laid.StartParagraph();
            }

            if (i == 0 && GeneratedLabel.Readable(label, lines[i]) is { Length: > 0 } readable)
            {
                laid.AddLabelledLine($"{readable} {lines[i]}", location(i));
            }
            else
            {
                laid.AddLine(lines[i], location(i));
            }
        }
    }

    /// <summary>
    /// Whether a line that a centred paragraph breaks by hand before it is a unit of its own: a stack of centred lines (a
    /// table's number, title and unit over it; a cover's lines) is set line by line, as a PDF's centred lines are read.
    /// A title broken by hand goes on in lower case or after a line left open (a comma, a function word).
    /// </summary>
    private static bool StandsOnItsOwn(string before, string line) =>
        (char.IsUpper(line[0]) || char.IsDigit(line[0]) || line[0] is '(' or '（' or '[' or '【' || Chars.IsCjk(line[0]))
        && !before.EndsWith(',') && !before.EndsWith('，') && !before.EndsWith('、') && !TextShape.EndsWithFunctionWord(before);

    /// <summary>The number a custom mark of one to three digits gives its note; null for another mark or none.</summary>
    private static int? CustomNumber(string? mark)
    {
        var digits = mark?.Trim();
        return digits is { Length: > 0 and <= 3 } && digits.All(char.IsAsciiDigit)
            ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// The note's text without the custom mark it starts with: a note whose reference has a custom mark has no generated
    /// number (<c>w:footnoteRef</c>), and the word processor types the mark at its start instead, a tab or space after it.
    /// </summary>
    private static string WithoutMark(string note, string? mark)
    {
        var trimmed = mark?.Trim();
        if (string.IsNullOrEmpty(trimmed) || !note.StartsWith(trimmed, StringComparison.Ordinal) || note.Length == trimmed.Length || !char.IsWhiteSpace(note[trimmed.Length]))
        {
            return note;
        }

        return note[trimmed.Length..].TrimStart();
    }

    private static string Superscript(int number) =>
        string.Concat(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Superscripts[d - '0']));

    /// <summary>A paragraph kept for laying out (or a table row as one), with the notes it refers to (null for none).</summary>
    private sealed record LaidParagraph(int Number, string Label, string Text, CellPlace? Cell, (int Number, string Note)[]? Notes)
    {
        /// <summary>Where the file has markup between the text's characters (<see cref="StreamedParagraph.Codes"/>).</summary>
        public IReadOnlyList<RunCode> Codes { get; init; } = [];

        /// <summary>What the paragraph's style makes it (<see cref="StreamedParagraph.Heading"/>).</summary>
        public StyledHeading Heading { get; init; }

        /// <summary>It is centred (<see cref="StreamedParagraph.Centred"/>).</summary>
        public bool Centred { get; init; }

        /// <summary>It ends a section (<see cref="StreamedParagraph.EndsSection"/>).</summary>
        public bool EndsSection { get; init; }
    }
}
