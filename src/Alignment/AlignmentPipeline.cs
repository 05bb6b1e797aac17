using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment;

/// <summary>
/// The whole job from files to alignment: read each document (text, PDF or Word), cut it into sentences,
/// align the two. Each stage can be replaced: <c>AlignmentPipeline.Default with { Aligner = myAligner }</c>.
/// </summary>
public sealed record AlignmentPipeline
{
    /// <summary>
    /// How many times as long as the other a document may be, in characters of English with each Han character
    /// counted as the three or so English characters it translates into. A translation pair stays within 1.5.
    /// </summary>
    public const double MaxLengthRatio = 3.0;

    /// <summary>Below this length (about a paragraph, in the same units) a document is too short for its length to say anything.</summary>
    private const double MinLengthToCompare = 500;

    /// <summary>The default stages.</summary>
    public static AlignmentPipeline Default { get; } = new();

    /// <summary>Turns a file (text, PDF or Word by default) into a document of blocks.</summary>
    public IDocumentReader Reader { get; init; } = DocumentReader.Default;

    /// <summary>Cuts blocks into sentences.</summary>
    public ISentenceSegmenter Segmenter { get; init; } = SentenceSegmenter.Default;

    /// <summary>Pairs the sentences of the two documents (<see cref="Aligning.Aligner.Default"/> unless replaced).</summary>
    public IAligner Aligner { get; init; } = Aligning.Aligner.Default;

    /// <summary>
    /// Whether to align documents of which one is more than <see cref="MaxLengthRatio"/> times as long as the other.
    /// Off by default: such a pair is usually a document and its summary or an excerpt, or the wrong file, and its
    /// alignment would be mostly unpaired sentences.
    /// </summary>
    public bool AllowLengthMismatch { get; init; }

    /// <summary>
    /// Whether to return the alignment of two documents that it shows are not translations of each other
    /// (<see cref="PairVerdict.IsTranslation"/> false). Off by default: such a pair is usually the wrong file, and
    /// units made from it would be served as translations.
    /// </summary>
    public bool AcceptUnrelated { get; init; }

    /// <summary>Reads, segments and aligns two files; each file's language is detected from its text.</summary>
    /// <exception cref="InputException">
    /// A file is missing, unreadable, not text or empty (see <see cref="IDocumentReader.ReadFile(string)"/>), both are in
    /// the same language, or they cannot be aligned (see <see cref="Align"/>).
    /// </exception>
    public Bitext AlignFiles(string sourcePath, string targetPath)
    {
        var source = Reader.ReadFile(sourcePath);
        var target = Reader.ReadFile(targetPath);
        if (source.Language.IsSameLanguageAs(target.Language))
        {
            throw new InputException(targetPath, $"is in the same language as {sourcePath} ({source.Language}); expected one Chinese and one English document");
        }

        return AlignPair(source, target, sourcePath, targetPath);
    }

    /// <summary>
    /// Reads, segments and aligns two files in the given languages. A declared language that the text contradicts
    /// (Chinese declared for a text without Han characters, or the other way round) is refused: it would label one
    /// language as another in every unit made from the alignment.
    /// </summary>
    /// <exception cref="InputException">
    /// The two languages are the same, a declared language contradicts its file's text, a file cannot be read (see
    /// <see cref="IDocumentReader.ReadFile(string, Language)"/>), or the two cannot be aligned (see <see cref="Align"/>).
    /// </exception>
    public Bitext AlignFiles(string sourcePath, Language sourceLanguage, string targetPath, Language targetLanguage)
    {
        ArgumentNullException.ThrowIfNull(sourceLanguage);
        ArgumentNullException.ThrowIfNull(targetLanguage);
        if (sourceLanguage.IsSameLanguageAs(targetLanguage))
        {
            throw new InputException(targetPath, $"is declared {targetLanguage}, the language of {sourcePath}; expected one Chinese and one English document");
        }

        var source = AsDeclared(Reader.ReadFile(sourcePath, sourceLanguage), sourcePath);
        var target = AsDeclared(Reader.ReadFile(targetPath, targetLanguage), targetPath);
        return AlignPair(source, target, sourcePath, targetPath);
    }

    /// <summary>Segments and aligns two documents already read.</summary>
    /// <exception cref="InputException">
    /// A document has no sentence; or (a <see cref="LengthMismatchException"/>) one is more than
    /// <see cref="MaxLengthRatio"/> times as long as the other and <see cref="AllowLengthMismatch"/> is off; or (an
    /// <see cref="UnrelatedDocumentsException"/>) the alignment shows they are not translations of each other and
    /// <see cref="AcceptUnrelated"/> is off.
    /// </exception>
    public Bitext Align(Document source, Document target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return AlignPair(source, target, source.Name, target.Name);
    }

    /// <summary>Segments and aligns two documents read from <paramref name="sourcePath"/> and <paramref name="targetPath"/>, which a refusal names.</summary>
    private Bitext AlignPair(Document source, Document target, string sourcePath, string targetPath)
    {
        var sourceSentences = WithSentences(Segmenter.Segment(source), sourcePath);
        var targetSentences = WithSentences(Segmenter.Segment(target), targetPath);
        if (!AllowLengthMismatch)
        {
            CompareLengths(sourceSentences, targetSentences, sourcePath, targetPath);
        }

        var bitext = Aligner.Align(sourceSentences, targetSentences);
        if (!AcceptUnrelated && PairVerdict.Of(bitext) is { IsTranslation: false } verdict)
        {
            throw new UnrelatedDocumentsException(sourcePath, targetPath, verdict);
        }

        return bitext;
    }

    private static Document AsDeclared(Document document, string path)
    {
        var detected = Language.Detect(document.Text);
        return detected.IsChinese == document.Language.IsChinese ? document
            : throw new InputException(path, $"is declared {document.Language} but its text reads as {(detected.IsChinese ? "Chinese" : "English")}");
    }

    /// <summary>
    /// A document whose sentences hold no word (labels such as <c>(a)</c>, figures, dashes) has nothing to align: a word
    /// is a Han character or two letters.
    /// </summary>
    private static SegmentedDocument WithSentences(SegmentedDocument document, string path) =>
        document.Sentences.Any(s => s.Text.Count(char.IsLetter) >= 2 || s.Text.Any(Documents.Reading.Chars.IsCjk)) ? document
            : throw new InputException(path, "has no sentence to align, only labels, numbers or punctuation");

    /// <summary>Refuses a pair of which one is far longer than the other, naming each by the path it was read from.</summary>
    private static void CompareLengths(SegmentedDocument source, SegmentedDocument target, string sourcePath, string targetPath)
    {
        var (sourceLength, targetLength) = (Length(source), Length(target));
        var (longer, shorter) = sourceLength >= targetLength ? (sourcePath, targetPath) : (targetPath, sourcePath);
        var ratio = Math.Max(sourceLength, targetLength) / Math.Max(Math.Min(sourceLength, targetLength), 1);
        if (ratio > MaxLengthRatio && Math.Max(sourceLength, targetLength) >= MinLengthToCompare)
        {
            throw new LengthMismatchException(longer, shorter, ratio);
        }
    }

    /// <summary>
    /// The length of a document's sentences in the aligner's common unit, at the ratio measured on the bundled
    /// report: the ratio a pair would measure itself assumes the two are translations, which is in question here.
    /// </summary>
    private static double Length(SegmentedDocument document)
    {
        double length = 0;
        foreach (var sentence in document.Sentences)
        {
            foreach (var c in sentence.Text)
            {
                length += Script.IsHan(c) ? PairFeatures.DefaultHanRatio : char.IsWhiteSpace(c) ? 0 : 1;
            }
        }

        return length;
    }
}
