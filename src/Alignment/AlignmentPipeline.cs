using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment;

/// <summary>
/// The whole job from text to alignment: read each document (repairing PDF extraction), cut it into sentences,
/// align the two. Each stage can be replaced: <c>AlignmentPipeline.Default with { Aligner = myAligner }</c>.
/// </summary>
public sealed record AlignmentPipeline
{
    /// <summary>The default stages.</summary>
    public static AlignmentPipeline Default { get; } = new();

    /// <summary>Turns text into a document of blocks.</summary>
    public DocumentReader Reader { get; init; } = DocumentReader.Default;

    /// <summary>Cuts blocks into sentences.</summary>
    public SentenceSegmenter Segmenter { get; init; } = SentenceSegmenter.Default;

    /// <summary>Pairs the sentences of the two documents.</summary>
    public Aligner Aligner { get; init; } = Aligner.Default;

    /// <summary>Reads, segments and aligns two files; each file's language is detected from its text.</summary>
    /// <exception cref="InputException">A file is missing, unreadable or empty, or both are in the same language.</exception>
    public Bitext AlignFiles(string sourcePath, string targetPath)
    {
        var source = Reader.ReadFile(sourcePath);
        var target = Reader.ReadFile(targetPath);
        if (source.Language.IsSameLanguageAs(target.Language))
        {
            throw new InputException(targetPath, $"is in the same language as {sourcePath} ({source.Language}); expected one Chinese and one English document");
        }

        return Align(source, target);
    }

    /// <summary>Reads, segments and aligns two files in the given languages.</summary>
    public Bitext AlignFiles(string sourcePath, Language sourceLanguage, string targetPath, Language targetLanguage) =>
        Align(Reader.ReadFile(sourcePath, sourceLanguage), Reader.ReadFile(targetPath, targetLanguage));

    /// <summary>Segments and aligns two documents already read.</summary>
    public Bitext Align(Document source, Document target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return Aligner.Align(Segmenter.Segment(source), Segmenter.Segment(target));
    }
}
