using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Reliability.Fuzzing;

namespace Alignment.Tests.Reliability;

/// <summary>The fuzz tests' invariants reject what they are meant to: a fuzz test that cannot fail proves nothing.</summary>
public sealed class InvariantsTests
{
    private const string Original = "1. The meeting was opened. It closed.";

    [Test]
    public void A_document_read_from_the_corpus_keeps_them()
    {
        var document = DocumentReader.Default.Read(Corpus.EnglishText, Language.English, "en.txt");
        var segmented = SentenceSegmenter.Default.Segment(document);

        Assert.That(() =>
        {
            Invariants.OfDocument(document, Corpus.EnglishText);
            Invariants.OfSegmentation(segmented);
            Invariants.OfBitext(Aligner.Default.Align(segmented, segmented));
        }, Throws.Nothing);
    }

    /// <summary>Raw pdftotext output, where the reader puts words printed out of reading order back, keeps them too.</summary>
    [TestCase("report-a4.en.pdftotext.txt")]
    [TestCase("report-narrow.en.pdftotext.txt")]
    [TestCase("speeches-narrow.en.pdftotext.txt")]
    public void Text_extracted_out_of_reading_order_keeps_them(string file)
    {
        var path = Alignment.Tests.Documents.Files.DocumentFixtures.PathOf(file);
        var document = DocumentReader.Default.ReadFile(path);

        Assert.That(() =>
        {
            Invariants.OfDocument(document, File.ReadAllText(path));
            Invariants.OfSegmentation(SentenceSegmenter.Default.Segment(document));
        }, Throws.Nothing);
    }

    [Test]
    public void A_block_character_that_is_not_in_the_original_breaks_them() =>
        Assert.That(() => Invariants.OfDocument(Document(Block(0, "The meeting was opened!", 3)), Original), Throws.TypeOf<InvariantException>());

    [Test]
    public void Two_blocks_from_the_same_characters_break_them() =>
        Assert.That(
            () => Invariants.OfDocument(Document(Block(0, "The meeting", 3), Block(1, "meeting", 7)), Original),
            Throws.TypeOf<InvariantException>().With.Message.Contains("already uses"));

    [Test]
    public void A_sentence_that_is_not_trimmed_breaks_them()
    {
        var document = Document(Block(0, "The meeting was opened. It closed.", 3));
        var sentence = new Sentence(0, 0, "The meeting was opened. ", new TextSpan(0, 24), new TextSpan(3, 24));

        Assert.That(() => Invariants.OfSegmentation(new SegmentedDocument(document, [sentence])), Throws.TypeOf<InvariantException>());
    }

    [Test]
    public void A_confidence_outside_zero_to_one_breaks_them()
    {
        var side = SegmentedDocument.FromSentences("zh", Language.Chinese, ["会议开幕。"]);
        var english = SegmentedDocument.FromSentences("en", Language.English, ["The meeting was opened."]);
        var bitext = new Bitext(side, english, [new Bead(new SentenceSpan(0, 1), new SentenceSpan(0, 1), 1.5)]);

        Assert.That(() => Invariants.OfBitext(bitext), Throws.TypeOf<InvariantException>().With.Message.Contains("confidence"));
    }

    private static Block Block(int index, string text, int start) =>
        new(index, BlockKind.Paragraph, BlockLabel.None, BlockPath.Of("body"), text, new TextSpan(start, text.Length), start);

    private static Document Document(params Block[] blocks) => new("en.txt", Language.English, Original, blocks, []);
}
