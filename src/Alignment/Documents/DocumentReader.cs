using Alignment.Documents.Reading;

namespace Alignment.Documents;

/// <summary>
/// Reads plain text — clean, or as extracted from a PDF — into a <see cref="Document"/> of labelled, placed blocks.
/// It rejoins hard-wrapped lines and paragraphs split by page breaks, removes page furniture (document symbols,
/// job numbers, page numbers, running headers), recognises labels (<c>12.</c>, <c>二.</c>, <c>(a)</c>, <c>¹</c>)
/// and places every block in the document structure (<c>body › II › B › 12 › item 2</c>).
/// </summary>
public sealed class DocumentReader
{
    /// <summary>Languages whose share of Han characters among letters is at least this are read as Chinese.</summary>
    private const double ChineseHanShare = 0.2;

    private DocumentReader()
    {
    }

    /// <summary>The reader with the standard rules.</summary>
    public static DocumentReader Default { get; } = new();

    /// <summary>Reads text that is already decoded.</summary>
    /// <param name="text">The document text; every offset in the result refers to it.</param>
    /// <param name="language">The document's language; Chinese changes how lines are joined and spaces kept.</param>
    /// <param name="name">A name for messages and provenance, usually the file name.</param>
    /// <exception cref="InputException">The text is empty or only whitespace.</exception>
    public Document Read(string text, Language language, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(name);
        if (text.All(Chars.IsSpace))
        {
            throw new InputException(name, "is empty");
        }

        var lines = LineSplitter.Split(text);
        var cleaned = lines.Select(line => LineCleaner.Clean(line, language)).ToArray();
        var furniture = PageFurniture.Detect(cleaned);
        var removed = lines
            .Where(line => furniture[line.Number] is not null)
            .Select(line => new RemovedLine(line.Span, line.Text, furniture[line.Number]!.Value))
            .ToArray();
        var content = ContentLine.Select(lines, cleaned, furniture);
        var joiner = LineJoiner.For(content.Select(line => line.Text), language);
        var blocks = BlockBuilder.Build(BlockAssembler.Assemble(content, joiner));
        return new Document(name, language, text, blocks, removed);
    }

    /// <summary>Reads a file, detecting its language from the share of Han characters (see <see cref="DetectLanguage"/>).</summary>
    /// <exception cref="InputException">The file does not exist, cannot be read, is not valid text, or is empty.</exception>
    public Document ReadFile(string path)
    {
        var text = Load(path);
        return Read(text, DetectLanguage(text), Path.GetFileName(path));
    }

    /// <summary>Reads a file in a known language.</summary>
    /// <exception cref="InputException">The file does not exist, cannot be read, is not valid text, or is empty.</exception>
    public Document ReadFile(string path, Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return Read(Load(path), language, Path.GetFileName(path));
    }

    /// <summary>
    /// Chinese when at least a fifth of the letters are Han characters, English otherwise. UN Chinese texts carry
    /// Latin symbols and names, but far fewer than that.
    /// </summary>
    public static Language DetectLanguage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (Chars.IsHan(c))
            {
                han++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 0 && han >= letters * ChineseHanShare ? Language.Chinese : Language.English;
    }

    private static string Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, "does not exist");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot be read: {e.Message}", e);
        }

        var text = TextDecoder.Decode(bytes, path);
        return text.All(Chars.IsSpace) ? throw new InputException(path, "is empty") : text;
    }
}
