using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>
/// A sentence whose translation is left out, next to one that says nearly the same: the translated neighbour's
/// words explain it too, but a bead of the two with the one translation pays for them twice.
/// </summary>
public sealed class EchoedSentenceTests
{
    private const string Report = "unodc-cybercrime-eg4-2021";

    private static string[] Sentences(string file) =>
        [.. File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Report, file), Encoding.UTF8).Where(l => l.Length > 0)];

    private static IReadOnlyList<Bead> Aligned(string[] english) =>
        Aligner.Default.Align(Sentences("zh.sentences.txt"), english, Language.Chinese, Language.English).Beads;

    /// <summary>
    /// The report's account of its 2nd and 3rd sessions (<c>在 4 月 6 日的第 2 场会议上，专家组完成了…的一读</c>, then
    /// the same words for 7 April) in the edited copies of <see cref="EditedTranslationTests"/> (a tenth of the
    /// paragraphs left out) that leave out the English of the 3rd session: four of the first ten.
    /// </summary>
    [Test]
    public void A_sentence_left_out_that_repeats_its_neighbour_is_not_merged_into_the_neighbours_bead()
    {
        var report = EditedBitexts.ReportParagraphs(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", Report));
        var edited = Enumerable.Range(1, 10).Select(seed => EditedBitexts.Make(report, copies: 1, deleted: 0.1, moved: 0, seed))
            .Where(e => e.Gold.Any(b => b.Source.SequenceEqual([53]) && b.Target.Count == 0)).ToList();

        var beads = edited.Select(e => Aligner.Default.Align(e.Source, e.Target, Language.Chinese, Language.English).Beads.Single(b => b.Source.Start <= 53 && 53 < b.Source.End)).ToList();

        Assert.That(edited, Has.Count.GreaterThanOrEqualTo(3));
        Assert.That(beads.Select(b => (b.Source, b.Target.IsEmpty)), Is.All.EqualTo((new SentenceSpan(53, 1), true)));
    }

    /// <summary>The same two sentences translated as one English sentence stay one bead: that sentence holds both.</summary>
    [Test]
    public void Two_sentences_that_repeat_each_other_translated_as_one_stay_one_bead()
    {
        var english = Sentences("en.sentences.txt").ToList();
        english[49] = english[49].TrimEnd('.') + ", and at its 3rd session, on 7 April, " + english[50]["At its 3rd session, on 7 April, ".Length..];
        english.RemoveAt(50);

        var beads = Aligned([.. english]);

        Assert.That(beads.Single(b => b.Source.Start <= 52 && 52 < b.Source.End), Has.Property(nameof(Bead.Source)).EqualTo(new SentenceSpan(52, 2)).And.Property(nameof(Bead.Target)).EqualTo(new SentenceSpan(49, 1)));
    }
}
