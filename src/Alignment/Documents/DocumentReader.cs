using Alignment.Documents.Reading;

namespace Alignment.Documents;

/// <summary>
/// The default reader stage. Reads PDF files (<see cref="PdfDocumentReader"/>), Word files
/// (<see cref="WordDocumentReader"/>) and plain text — clean, or as extracted from a PDF — into a
/// <see cref="Document"/> of labelled, placed blocks, telling the format from the file's content, not its name.
/// In text it rejoins hard-wrapped lines and paragraphs split by page breaks, removes page furniture (document
/// symbols, job numbers, page numbers, running headers), recognises labels (<c>12.</c>, <c>二.</c>, <c>(a)</c>,
/// <c>¹</c>) and places every block in the document structure (<c>body › II › B › 12 › item 2</c>). Safe for
/// concurrent use.
/// </summary>
public sealed class DocumentReader : IDocumentReader
{
    /// <summary>Languages whose share of Han characters among letters is at least this are read as Chinese.</summary>

    /// <summary>Creates a reader that reads files as <paramref name="options"/> say.</summary>
    public DocumentReader(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The reader with the standard rules and <see cref="ReaderOptions.Default"/>: the encoding is detected.</summary>
    public static DocumentReader Default { get; } = new(ReaderOptions.Default);

    /// <summary>How files are read: their encoding, invalid bytes, the size limit.</summary>
    public ReaderOptions Options { get; }

    /// <summary>Reads text that is already decoded.</summary>
    /// <param name="text">The document text; every offset in the result refers to it.</param>
    /// <param name="language">The document's language; Chinese changes how lines are joined and spaces kept.</param>
    /// <param name="name">A name for messages and provenance, usually the file name.</param>
    /// <exception cref="InputException">The text is empty or only whitespace, or all of it is page furniture.</exception>
    public Document Read(string text, Language language, string name) => Read(text, language, name, null, null);

    /// <summary>
    /// Reads text a PDF or Word reader laid out: its paragraph boundaries are known and its page furniture is gone,
    /// so neither is guessed.
    /// </summary>
    internal static Document ReadLaidOut(LaidOutText laidOut, Language? language, string name)
    {
        var (text, locations) = laidOut.Finish();
        if (text.All(Chars.IsSpace))
        {
            throw new InputException(name, "has no text");
        }

        return Read(text, language ?? Language.Detect(text), name, laidOut, locations);
    }

    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    /// <summary>
    /// Reads text; <paramref name="laidOut"/> is what a PDF or Word reader knows of it, having laid it out, and
    /// <paramref name="locations"/> where its lines came from (both null for text read as such).
    /// </summary>
    private static Document Read(string text, Language language, string name, LaidOutText? laidOut, LocationMap? locations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(name);
        if (text.All(Chars.IsSpace))
        {
            throw new InputException(name, "is empty");
        }

        // Each stage is built in a method of its own, so that it can be collected once the next is built: kept to the
        // end, the stages of a long document (lines, cleaned lines, content lines, drafts) added up to many times its text.
        var readAsText = laidOut?.ReadAsText ?? true;
        var (drafts, removed) = Drafts(text, language, readAsText, laidOut?.TableCellLines ?? None, laidOut?.StyledHeadings);
        var blocks = BlockBuilder.Build(drafts, laidOut?.GeneratedLabels ?? None);
        return blocks.Count > 0 ? new Document(name, language, text, blocks, removed, locations)
            : throw new InputException(name, "has no text, only page furniture (page numbers, document symbols, running headers)");
    }

    /// <summary>The blocks' drafts, placed and closed, and the lines removed as page furniture.</summary>
    private static (IReadOnlyList<DraftBlock> Drafts, RemovedLine[] Removed) Drafts(
        string text, Language language, bool readAsText, IReadOnlySet<int> tableCellLines, IReadOnlyDictionary<int, StyledHeading>? styledHeadings)
    {
        var content = ContentLines(text, language, readAsText, tableCellLines, styledHeadings, out var removed);
        // Pages have measures of their own (see BlockAssembler); a text with no page furniture and no form feed may have been wrapped at one width.
        var wrap = readAsText && removed.All(r => r.Reason == RemovalReason.StrayLine) && !text.Contains('\f', StringComparison.Ordinal) ? WrapWidth.Infer(content) : WrapWidth.None;
        var joiner = LineJoiner.For(content.Select(line => line.Text), language).WithCuts(wrap.Cuts(content));
        return (BlockAssembler.Assemble(content, joiner, wrap, gapsEndParagraphs: !readAsText), removed);
    }

    /// <summary>The lines that carry content, cleaned, and the lines removed as page furniture.</summary>
    private static IReadOnlyList<ContentLine> ContentLines(
        string text, Language language, bool readAsText, IReadOnlySet<int> tableCellLines, IReadOnlyDictionary<int, StyledHeading>? styledHeadings, out RemovedLine[] removed)
    {
        // Pages printed with two columns side by side are read column by column; pieces of lines keep their offsets.
        // So are a masthead's cells that the extractor set on one line.
        var lines = readAsText ? MastheadCells.Split(SideBySideColumns.InReadingOrder(LineSplitter.Split(text))) : LineSplitter.Split(text);
        var cleaned = LineCleaner.CleanAll(lines, language);
        var pageStarts = lines.Select(line => line.Text.Contains('\f', StringComparison.Ordinal)).ToArray();

        // Text that runs its pages together (copied from a PDF viewer) shows them by the furniture that recurs on each.
        // A page number glued to a body line is cut only at an extractor's page break: an inferred one is no more than
        // where the furniture lines start, and a number the text ends a line with (第 4) is no page's.
        var recurring = readAsText && !pageStarts.Contains(true) ? InferredPageBreaks.Furniture(cleaned) : new bool[lines.Count];
        var inferredStarts = recurring.Contains(true) ? InferredPageBreaks.PageStarts(cleaned, recurring) : pageStarts;
        var furniture = readAsText ? PageFurniture.Detect(cleaned, inferredStarts, recurring) : new RemovalReason?[lines.Count];
        SceneBreaks.Mark(cleaned, furniture);
        if (!readAsText)
        {
            // A PDF's or Word file's paragraphs are where its layout put them: a paragraph that repeats another's
            // sentence is told by the paragraph, which text as extracted does not give.
            PullQuotes.Mark(cleaned, furniture);
        }
        else if (pageStarts.Contains(true) || furniture.Any(r => r is not (null or RemovalReason.StrayLine or RemovalReason.SceneBreak)))
        {
            // Text laid out on pages and extracted has lost the paragraphs, but not the shape that sets a pull quote
            // apart; clean text, never laid out, has no pull quotes to find.
            PullQuotes.MarkInExtractedText(cleaned, furniture);
        }

        if (readAsText)
        {
            DropCaps.Restore(cleaned, furniture);
        }

        var gluedNumbers = readAsText ? GluedPageNumbers.Cut(cleaned, furniture, pageStarts) : [];
        var labelsApart = readAsText ? ExtractedText.Repair(cleaned, furniture) : [];

        removed = lines
            .Where(line => furniture[line.Number] is not null)
            .Select(line => new RemovedLine(line.Span, line.Text, furniture[line.Number]!.Value))
            .Concat(gluedNumbers.Select(cut => Piece(text, cut.Piece, RemovalReason.PageNumber)))
            .OrderBy(removedLine => removedLine.Source.Start)
            .ToArray();
        return ContentLine.Select(lines, cleaned, furniture, labelsApart, tableCellLines, styledHeadings);
    }

    /// <summary>The part of a line removed from it (a page number glued to its text), as written.</summary>
    private static RemovedLine Piece(string text, MappedText piece, RemovalReason reason)
    {
        var span = TextSpan.FromBounds(piece.OffsetOf(0), piece.OffsetOf(piece.Length - 1) + 1);
        return new RemovedLine(span, text[span.Start..span.End], reason);
    }

    /// <summary>
    /// Reads a file, detecting its language from the share of Han characters (see <see cref="Language.Detect"/>). A PDF
    /// or Word file is read by <see cref="PdfDocumentReader"/> or <see cref="WordDocumentReader"/>, whatever its name;
    /// anything else is read as text in the encoding <see cref="Options"/> name or detect.
    /// </summary>
    /// <exception cref="InputException">
    /// The file does not exist, is a folder, cannot be read, is larger than <see cref="ReaderOptions.MaxFileSize"/>, is
    /// a legacy Word file (.doc) or a password-protected one, is a PDF or Word file that cannot be read (see those readers), is not text, is not
    /// valid in its encoding (the message gives the byte offset of the first invalid sequence, counted from 0 at the
    /// start of the file), is empty, or holds only page furniture.
    /// </exception>
    public Document ReadFile(string path) => ReadAny(path, null);

    /// <summary>Reads a file in a known language, as <see cref="ReadFile(string)"/> does.</summary>
    /// <exception cref="InputException">As for <see cref="ReadFile(string)"/>.</exception>
    public Document ReadFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return ReadAny(path, language);
    }

    private Document ReadAny(string path, Language? language)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        switch (FileFormats.Detect(path, Options))
        {
            case FileFormat.Pdf:
                return PdfDocumentReader.Read(path, language, Options);
            case FileFormat.Word:
                return WordDocumentReader.Read(path, language, Options);
            case FileFormat.LegacyOffice:
                throw new InputException(path, "is a legacy Word document (.doc) or another Office 97-2003 file, which this tool does not read: open it in Word or LibreOffice and save it as .docx");
            case FileFormat.EncryptedOffice:
                throw new InputException(path, FileFormats.Encrypted);
            case FileFormat.DamagedArchive:
                throw new InputException(path, "is a damaged or truncated ZIP archive (a Word .docx cut short?): its list of contents cannot be read");
            default:
                var text = Load(path);
                return Read(text, language ?? Language.Detect(text), Path.GetFileName(path), null, null);
        }
    }

    private string Load(string path)
    {
        var text = TextDecoder.Read(path, Options).Text;
        return text.All(Chars.IsSpace) ? throw new InputException(path, "is empty") : text;
    }
}
