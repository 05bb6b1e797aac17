using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Pipeline;

/// <summary>A user's own reader and segmenter plug into the pipeline in place of the defaults.</summary>
public sealed class ReplaceableStagesTests
{
    [Test]
    public void A_reader_of_your_own_reads_the_files_the_pipeline_aligns()
    {
        var reader = new UpperCaseFileNameReader();
        var pipeline = AlignmentPipeline.Default with { Reader = reader };

        var bitext = pipeline.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"));

        Assert.That(reader.Read, Is.EqualTo(new[] { "zh.txt", "en.txt" }));
        Assert.That(bitext.Source.Document.Name, Is.EqualTo("ZH.TXT"));
        Assert.That(GoldAlignment.Score(bitext).StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }

    [Test]
    public void A_segmenter_of_your_own_cuts_the_sentences_the_pipeline_aligns()
    {
        var pipeline = AlignmentPipeline.Default with { Segmenter = new OneSentencePerBlock() };

        var bitext = pipeline.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"));

        Assert.That(bitext.Source.Sentences, Has.Count.EqualTo(bitext.Source.Document.Blocks.Count));
    }

    /// <summary>Reads with the default reader and names each document in capitals, noting what it read.</summary>
    private sealed class UpperCaseFileNameReader : IDocumentReader
    {
        public List<string> Read { get; } = [];

        public Document ReadFile(string path) => Rename(path, DocumentReader.Default.ReadFile(path));

        public Document ReadFile(string path, Language language) => Rename(path, DocumentReader.Default.ReadFile(path, language));

        private Document Rename(string path, Document document)
        {
            Read.Add(Path.GetFileName(path));
            return new Document(document.Name.ToUpperInvariant(), document.Language, document.Text, document.Blocks, document.RemovedLines);
        }
    }

    /// <summary>Each block is one sentence.</summary>
    private sealed class OneSentencePerBlock : ISentenceSegmenter
    {
        public SegmentedDocument Segment(Document document) => new(
            document,
            [.. document.Blocks.Select(b => new Sentence(b.Index, b.Index, b.Text, new TextSpan(0, b.Text.Length), b.MapToSource(new TextSpan(0, b.Text.Length))))]);
    }
}
