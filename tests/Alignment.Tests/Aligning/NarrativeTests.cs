using System.Text;
using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on a short story written for these tests (TestData/narrative): no numbers, no names, no structure,
/// sentences split and merged in translation — what literary text looks like, and nothing like the bundled report.
/// </summary>
public sealed class NarrativeTests
{
    private static string[] Chinese => Lines("zh.txt");

    private static string[] English => Lines("en.txt");

    private static IReadOnlyList<EvaluatedBead> Gold => BeadFile.Read(Corpus.TestData(Path.Combine("narrative", "gold.beads")));

    [Test]
    public void The_story_aligns_with_its_splits_and_merges()
    {
        Assert.That(Score(Aligner.Default, Chinese, English, Gold), Is.GreaterThanOrEqualTo(0.9));
    }

    [Test]
    public void The_story_aligns_without_the_bundled_lexicon_too()
    {
        var aligner = new Aligner(AlignerOptions.Default with { Lexicon = Lexicon.Empty });

        Assert.That(Score(aligner, Chinese, English, Gold), Is.GreaterThanOrEqualTo(0.8));
    }

    [Test]
    public void A_paragraph_left_out_of_the_translation_leaves_its_sentences_unpaired()
    {
        // The letters (Chinese 11–14, English 13–15) are missing from the English.
        var english = English.Where((_, i) => i is < 13 or > 15).ToArray();
        var gold = Gold.SelectMany(b => b.Source.Any(s => s is >= 11 and <= 14)
                ? b.Source.Select(s => new EvaluatedBead([s], []))
                : [new EvaluatedBead(b.Source, [.. b.Target.Select(t => t > 15 ? t - 3 : t)])])
            .ToList();

        Assert.That(Score(Aligner.Default, Chinese, english, gold), Is.GreaterThanOrEqualTo(0.9));
    }

    private static double Score(Aligner aligner, string[] chinese, string[] english, IReadOnlyList<EvaluatedBead> gold)
    {
        var bitext = aligner.Align(chinese, english, Language.Chinese, Language.English);
        var scores = AlignmentScores.Compute(gold, [.. bitext.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine($"{BeadFile.Format(bitext.Beads)}\n{scores}");
        return scores.StrictF1;
    }

    private static string[] Lines(string file) =>
        [.. File.ReadAllLines(Corpus.TestData(Path.Combine("narrative", file)), Encoding.UTF8).Where(l => l.Length > 0)];
}
