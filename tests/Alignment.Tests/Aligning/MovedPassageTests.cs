using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on translations whose passages are in another order than the original's: a monotone path cannot
/// follow them, so a passage must be found where it went, however far that is.
/// </summary>
public sealed class MovedPassageTests
{
    /// <summary>
    /// A block of eight English sentences moved to the end of the document, further than any window around the path
    /// reaches: before runs were paired at any distance, both places were left unpaired and none of the passage's
    /// beads was found; a bead or two at the passage's edges may still take a neighbour along (the speeches' block
    /// keeps half of its six beads once the realigning pass charges for a sentence left out beside one added).
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021")]
    [TestCase("financial-pension-fund-2026")]
    [TestCase("speeches-second-committee-sustainable-development")]
    public void A_passage_moved_to_the_end_is_aligned_where_it_went(string corpus)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var english = File.ReadAllLines(Path.Combine(directory, "en.sentences.txt")).Count(l => l.Length > 0);
        var bitext = MovedBitexts.BlockMoved(directory, english / 4, 8, int.MaxValue);
        var moved = bitext.Gold.Where(b => b.Target.Count > 0 && b.Target[0] >= english - 8 && b.Source.Count > 0).Select(b => b.Key).ToList();

        var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);

        var found = moved.Intersect(aligned.Beads.Select(b => EvaluatedBead.From(b).Key)).Count();
        TestContext.Out.WriteLine($"{found} of the moved passage's {moved.Count} beads found");
        Assert.That(moved, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(found, Is.GreaterThanOrEqualTo(moved.Count / 2));
    }

    /// <summary>
    /// The English cut into six blocks put in the order 0, 3, 1, 2, 5, 4, as a translator who restructures a report
    /// leaves it: the blocks that moved lie 30 to 90 sentences from where the path expects them (before 0.76–0.81).
    /// </summary>
    [TestCase("unodc-cybercrime-eg4-2021")]
    [TestCase("financial-pension-fund-2026")]
    [TestCase("speeches-second-committee-sustainable-development")]
    public void A_translation_in_reordered_blocks_aligns_each_block_where_it_went(string corpus)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        var bitext = MovedBitexts.BlocksShuffled(directory, [0, 3, 1, 2, 5, 4], dropped: 0, seed: 1);

        var aligned = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(bitext.Gold, [.. aligned.Beads.Select(EvaluatedBead.From)]);

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(0.94));
    }
}
