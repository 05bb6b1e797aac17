using Alignment.Documents;
using Alignment.Segmentation;
using Alignment.Tests.Aligning;

namespace Alignment.Tests.Pipeline;

/// <summary>The whole pipeline on the raw report files, against the hand-checked gold.</summary>
public sealed class CorpusGoldTests
{
    [Test]
    public void Chinese_sentences_equal_the_gold_exactly()
    {
        var sentences = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(Corpus.PathOf("zh.txt"))).Sentences.Select(s => s.Text);

        Assert.That(sentences, Is.EqualTo(GoldAlignment.ChineseSentences));
    }

    [Test]
    public void English_sentences_equal_the_gold_exactly()
    {
        var sentences = SentenceSegmenter.Default.Segment(DocumentReader.Default.ReadFile(Corpus.PathOf("en.txt"))).Sentences.Select(s => s.Text);

        Assert.That(sentences, Is.EqualTo(GoldAlignment.EnglishSentences));
    }

    [Test]
    public void Aligning_the_raw_files_reproduces_the_gold_alignment()
    {
        var bitext = AlignmentPipeline.Default.AlignFiles(Corpus.PathOf("zh.txt"), Corpus.PathOf("en.txt"));
        var scores = GoldAlignment.Score(bitext);
        TestContext.Out.WriteLine(scores);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.99));
    }
}
