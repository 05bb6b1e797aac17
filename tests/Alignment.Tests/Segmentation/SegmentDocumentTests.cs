using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Segmentation;

public sealed class SegmentDocumentTests
{
    // Two labelled paragraphs as a reader would hand them over: the label outside the block text.
    private const string Original = "1. The meeting opened.  It adopted the agenda.\n\n2. The Group met again.\n\n";

    [Test]
    public void Every_block_is_split_into_its_sentences_in_reading_order()
    {
        var segmented = SentenceSegmenter.Default.Segment(Report());

        Assert.Multiple(() =>
        {
            Assert.That(segmented.Sentences.Select(s => s.Text), Is.EqualTo(new[] { "The meeting opened.", "It adopted the agenda.", "The Group met again." }));
            Assert.That(segmented.Sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(segmented.Sentences.Select(s => s.BlockIndex), Is.EqualTo(new[] { 0, 0, 1 }));
            Assert.That(segmented.SentencesOf(2), Is.EqualTo(new SentenceSpan(3, 0)));
        });
    }

    [Test]
    public void A_sentence_span_indexes_its_block_text()
    {
        var segmented = SentenceSegmenter.Default.Segment(Report());

        foreach (var sentence in segmented.Sentences)
        {
            var block = segmented.Document.Blocks[sentence.BlockIndex];
            Assert.That(block.Text.Substring(sentence.InBlock.Start, sentence.InBlock.Length), Is.EqualTo(sentence.Text));
        }
    }

    [Test]
    public void A_sentence_maps_back_to_its_place_in_the_original()
    {
        var segmented = SentenceSegmenter.Default.Segment(Report());

        Assert.Multiple(() =>
        {
            foreach (var sentence in segmented.Sentences)
            {
                var block = segmented.Document.Blocks[sentence.BlockIndex];
                Assert.That(sentence.Source, Is.EqualTo(block.MapToSource(sentence.InBlock)));
                Assert.That(Original.Substring(sentence.Source.Start, sentence.Source.Length), Is.EqualTo(sentence.Text));
            }
        });
    }

    [Test]
    public void Concurrent_segmentation_gives_the_same_sentences_as_sequential()
    {
        var documents = new[] { Language.Chinese, Language.English }
            .Select(l => CorpusDocument(l == Language.Chinese ? "zh.txt" : "en.txt", l))
            .ToArray();
        var expected = documents.Select(d => Texts(SentenceSegmenter.Default.Segment(d))).ToArray();

        var results = new string[32][];
        Parallel.For(0, results.Length, i => results[i] = Texts(SentenceSegmenter.Default.Segment(documents[i % 2])));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.That(results[i], Is.EqualTo(expected[i % 2]));
        }
    }

    private static string[] Texts(SegmentedDocument document) => [.. document.Sentences.Select(s => s.Text)];

    private static Document Report()
    {
        var path = BlockPath.Of("body");
        var first = new Block(0, BlockKind.NumberedParagraph, new BlockLabel("1.", "1", LabelStyle.Arabic), path.Child("1"), "The meeting opened.  It adopted the agenda.", new TextSpan(0, 46), 3);
        var second = new Block(1, BlockKind.NumberedParagraph, new BlockLabel("2.", "2", LabelStyle.Arabic), path.Child("2"), "The Group met again.", new TextSpan(48, 23), 51);
        var empty = new Block(2, BlockKind.Paragraph, BlockLabel.None, path, string.Empty, new TextSpan(73, 0), 73);
        return new Document("report.txt", Language.English, Original, [first, second, empty], []);
    }

    // Each non-blank line of a corpus file as one unlabelled block, placed where it is in the file.
    private static Document CorpusDocument(string file, Language language)
    {
        var text = File.ReadAllText(Corpus.PathOf(file));
        var blocks = new List<Block>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                blocks.Add(new Block(blocks.Count, BlockKind.Paragraph, BlockLabel.None, BlockPath.Of("body"), line, new TextSpan(start, line.Length), start));
            }

            start += line.Length + 1;
        }

        return new Document(file, language, text, blocks, []);
    }

    [Test]
    public void Sentences_of_one_block_joined_keep_the_whitespace_between_them_as_written()
    {
        var document = SentenceSegmenter.Default.Segment(DocumentReader.Default.Read("The Board met.  It adopted the report.", Language.English, "t.txt"));
        Assert.That(document.TextOf(new SentenceSpan(0, 2)), Is.EqualTo("The Board met.  It adopted the report."));
    }
}
