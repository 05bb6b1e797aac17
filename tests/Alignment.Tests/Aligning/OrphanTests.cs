using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Sentences left unpaired on both sides of the same gap between two beads in line: a short sentence translated
/// freely, whose length and words say little, is paired with its translation when nothing else lies in the gap.
/// </summary>
public sealed class OrphanTests
{
    private static string Corpus(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", name);

    private static string[] Sentences(string corpus, string file) =>
        [.. File.ReadAllLines(Path.Combine(Corpus(corpus), file), Encoding.UTF8).Where(l => l.Length > 0)];

    private static Bitext Aligned(string corpus, string[]? english = null) => Aligner.Default.Align(
        Sentences(corpus, "zh.sentences.txt"), english ?? Sentences(corpus, "en.sentences.txt"), Language.Chinese, Language.English);

    /// <summary>
    /// The letter's closing formula (<c>顺致最崇高的敬意。</c> ↔ <c>Please accept, Excellency, the assurances of my highest
    /// consideration.</c>) and a line of the story's dialogue given with its speech tag; each was left out on both sides
    /// of the same gap.
    /// </summary>
    [TestCase("letter-mountain-water-forum", 18, 25)]
    [TestCase("story-last-ferry", 46, 48)]
    public void A_sentence_translated_freely_is_paired_with_its_translation_in_the_same_gap(string corpus, int chinese, int english)
    {
        var bead = Aligned(corpus).Beads.Single(b => b.Source.Start <= chinese && chinese < b.Source.End);

        Assert.That((bead.Source, bead.Target), Is.EqualTo((new SentenceSpan(chinese, 1), new SentenceSpan(english, 1))));
    }

    /// <summary>A pairing made by the gap alone is less sure than one its evidence makes.</summary>
    [Test]
    public void A_sentence_paired_by_its_gap_alone_is_not_sure()
    {
        var bead = Aligned("letter-mountain-water-forum").Beads.Single(b => b.Source.Start == 18);

        Assert.That(bead.Confidence, Is.InRange(0.5, 0.9));
    }

    /// <summary>
    /// The letter with its closing formula's translation replaced by a sentence of another document that states
    /// figures: left out beside an unrelated sentence added, the two stay unpaired.
    /// </summary>
    [Test]
    public void A_sentence_left_out_beside_an_unrelated_one_added_stays_unpaired()
    {
        var english = Sentences("letter-mountain-water-forum", "en.sentences.txt");
        english[25] = "Total contributions for the biennium amounted to $1,284.6 million, an increase of 7.3 per cent over 2019, of which 62 per cent came from participating organizations.";

        var beads = Aligned("letter-mountain-water-forum", english).Beads;

        Assert.That(beads.Single(b => b.Source.Start == 18 && !b.Source.IsEmpty).Target.IsEmpty, Is.True);
        Assert.That(beads.Single(b => b.Target.Start == 25 && !b.Target.IsEmpty).Source.IsEmpty, Is.True);
    }
}
