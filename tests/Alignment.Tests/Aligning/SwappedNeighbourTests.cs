using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// Two neighbouring sentences whose translations stand in the other order: the lattice's beads never cross, so it
/// read them as one bead of two with two (or each paired with the other's translation).
/// </summary>
public sealed class SwappedNeighbourTests
{
    private static string Corpus(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", name);

    private static string[] Keys(GeneratedBitext bitext) =>
        [.. Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English).Beads.Select(b => EvaluatedBead.From(b).Key)];

    /// <summary>A pair as it is, with the English of two neighbouring one-to-one beads put in the other order.</summary>
    [TestCase("story-last-ferry", 60)]
    [TestCase("speeches-second-committee-sustainable-development", 50)]
    [TestCase("interview-mountain-seed-bank", 30)]
    public void Two_neighbours_translated_in_the_other_order_are_each_paired_with_their_own_translation(string corpus, int first)
    {
        var directory = Corpus(corpus);
        var count = File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);
        int[] order = [.. Enumerable.Range(0, count)];
        (order[first], order[first + 1]) = (order[first + 1], order[first]);
        var bitext = MovedBitexts.Reordered(directory, order);
        var crossed = bitext.Gold.Where(b => b.Target.SequenceEqual([first]) || b.Target.SequenceEqual([first + 1])).Select(b => b.Key).ToList();

        var keys = Keys(bitext);

        Assert.That(crossed, Has.Count.EqualTo(2), "both English sentences stand alone in one-to-one gold beads");
        Assert.That(keys, Is.SupersetOf(crossed));
    }

    /// <summary>
    /// The edited report of seed 4 (a tenth of the paragraphs' translations left out, a twentieth of the sentences
    /// moved), whose English holds Chinese 185's translation before 184's.
    /// </summary>
    [Test]
    public void Swapped_neighbours_in_an_edited_translation_are_paired_crossed()
    {
        var report = EditedBitexts.ReportParagraphs(Corpus("unodc-cybercrime-eg4-2021"));
        var bitext = EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0.05, seed: 4);
        var crossed = bitext.Gold.Where(b => b.Source.SequenceEqual([184]) || b.Source.SequenceEqual([185])).Select(b => b.Key).ToList();

        var keys = Keys(bitext);

        Assert.That(crossed, Has.Count.EqualTo(2));
        Assert.That(keys, Is.SupersetOf(crossed));
    }

    /// <summary>
    /// The letter as it is: its bead of two sentences with two (<c>[19,20]:[26,27]</c>) is one, each Chinese sentence
    /// holding part of both English ones, and crossed pairs would cost less than it by some nats, less than a swap's price.
    /// </summary>
    [Test]
    public void A_true_bead_of_two_with_two_is_not_crossed()
    {
        var directory = Corpus("letter-mountain-water-forum");
        var count = File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);
        var bitext = MovedBitexts.Reordered(directory, [.. Enumerable.Range(0, count)]);
        var twoWithTwo = bitext.Gold.Single(b => b.Source.SequenceEqual([19, 20])).Key;

        Assert.That(Keys(bitext), Does.Contain(twoWithTwo));
    }

    /// <summary>
    /// The same edited report: Chinese 26 and 30 were both moved, and the path paired 26 with 30's translation (out
    /// of line) and 30 with 26's, where the chain of beads in order let it (in line, at 1.000). Traded, the pair
    /// costs 76 nats less.
    /// </summary>
    [Test]
    public void Two_moved_sentences_paired_each_with_the_others_translation_trade_partners()
    {
        var report = EditedBitexts.ReportParagraphs(Corpus("unodc-cybercrime-eg4-2021"));
        var bitext = EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0.05, seed: 4);
        var traded = bitext.Gold.Where(b => b.Source.SequenceEqual([26]) || b.Source.SequenceEqual([30])).Select(b => b.Key).ToList();

        var keys = Keys(bitext);

        Assert.That(traded, Has.Count.EqualTo(2));
        Assert.That(keys, Is.SupersetOf(traded));
    }
}
