using System.Text;
using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

public sealed class ManyOddsTests
{
    /// <summary>The corpora <see cref="ManyOdds"/> was not fitted on, and whose edited copies it was not fitted on either.</summary>
    private static readonly string[] EditedHeldOut =
    [
        "financial-pension-fund-2026", "speeches-second-committee-sustainable-development", "feature-mudflat-bird-counters",
    ];

    private static readonly string[] LiteraryHeldOut =
    [
        "essay-grandmothers-pickle-jars", "fiction-watch-mender", "diary-salt-road", "interview-mountain-seed-bank", "news-qingshi-road-reopens",
    ];

    private static Bead Bead(int source, int sourceCount, int target, int targetCount, double confidence) =>
        new(new SentenceSpan(source, sourceCount), new SentenceSpan(target, targetCount), confidence);

    private static BeadScorer Scorer(string[] chinese, string[] english) => new(
        PairFeatures.Extract(
            SegmentedDocument.FromSentences("zh", Language.Chinese, chinese),
            SegmentedDocument.FromSentences("en", Language.English, english),
            Lexicon.Empty),
        LengthModel.Estimate([]),
        BeadPriors.Default,
        lexical: null);

    /// <summary>
    /// A short sentence merged with two English sentences, the second long and sharing nothing with it: the sentence
    /// and the first English one, with the second left unpaired, explain the text as well as the merge does.
    /// </summary>
    [Test]
    public void A_merge_its_split_explains_as_well_is_less_sure_than_its_posterior()
    {
        var scorer = Scorer(["他回来了。"], ["He came back.", "The long road along the river had been closed for most of the winter, and the ferry ran only twice a week."]);
        var merge = Bead(0, 1, 0, 2, 0.6);

        Assert.That(ManyOdds.Recalibrate([merge], scorer).Single().Confidence, Is.LessThan(0.3));
    }

    /// <summary>A sentence whose two numbers are stated one in each English sentence: either part alone leaves a number unexplained.</summary>
    [Test]
    public void A_merge_far_cheaper_than_any_split_keeps_its_posterior()
    {
        var scorer = Scorer(["2019年有35个国家参加，2021年有48个国家参加。"], ["In 2019, 35 countries took part.", "In 2021, 48 did."]);
        var merge = Bead(0, 1, 0, 2, 0.6);

        Assert.That(ManyOdds.Recalibrate([merge], scorer).Single().Confidence, Is.EqualTo(0.6));
    }

    /// <summary>
    /// The merge <c>[3]:[0,1]</c> is one a split explains as well, but it lies off the chain that the beads in order
    /// make (<c>[1]:[2]</c>, <c>[2]:[3]</c>): a moved bead's odds are <see cref="MovedOdds"/>'s.
    /// </summary>
    [Test]
    public void One_to_one_unpaired_and_moved_beads_keep_their_confidence()
    {
        var scorer = Scorer(
            ["天黑了。", "船来了。", "雨停了。", "他回来了。"],
            ["He came back.", "The long road along the river had been closed for most of the winter, and the ferry ran only twice a week.", "The boat came.", "The rain stopped."]);
        List<Bead> beads = [Bead(0, 1, 0, 0, 0.6), Bead(1, 1, 2, 1, 0.6), Bead(2, 1, 3, 1, 0.6), Bead(3, 1, 0, 2, 0.6)];

        Assert.That(ManyOdds.Recalibrate(beads, scorer), Is.EqualTo(beads));
    }

    /// <summary>
    /// On texts the odds were not fitted on — edited copies of three corpora (ten seeds of each kind of edit) and the
    /// five literary corpora as they are — every tenth of confidence that holds at least five in-line beads of two or
    /// more sentences on a side is right as often as it says, within three standard errors of a binomial sample of
    /// its size (and never closer than 0.05 is asked). On main, merges at 0.5 to 0.6 were right 1 time in 13.
    /// </summary>
    [Test]
    public void Merges_on_texts_not_fitted_on_are_right_as_often_as_each_tenth_of_confidence_says()
    {
        var edits = new Edits(LeftOut: 0.1, Added: 0.05, MovedPassages: 0.05, MovedSentences: 0.03);
        var bitexts = EditedHeldOut.SelectMany(corpus =>
        {
            var paragraphs = EditedBitexts.Paragraphs(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus));
            return Enumerable.Range(1, 10).SelectMany(seed => new[]
            {
                EditedBitexts.Edit(paragraphs, edits, seed),
                EditedBitexts.Make(paragraphs, copies: 1, deleted: 0.1, moved: 0.05, seed),
            });
        }).Concat(LiteraryHeldOut.Select(Corpus));
        var merges = new List<(double Confidence, bool Right)>();
        foreach (var bitext in bitexts)
        {
            var keys = bitext.Gold.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
            var beads = Aligner.Default.Align(bitext.Source, bitext.Target, Language.Chinese, Language.English).Beads;
            var inLine = Orphans.InLine([.. beads]).ToHashSet();
            merges.AddRange(beads
                .Where((b, i) => inLine.Contains(i) && !b.Source.IsEmpty && !b.Target.IsEmpty && b.Type != BeadType.OneToOne)
                .Select(b => (b.Confidence, keys.Contains(EvaluatedBead.From(b).Key))));
        }

        var tenths = merges.GroupBy(b => Math.Min((int)(b.Confidence * 10), 9)).Where(bin => bin.Count() >= 5).OrderBy(bin => bin.Key).ToList();
        Assert.Multiple(() =>
        {
            foreach (var bin in tenths)
            {
                var said = bin.Average(b => b.Confidence);
                var right = bin.Average(b => b.Right ? 1.0 : 0.0);
                TestContext.Out.WriteLine($"{bin.Key / 10.0:0.0}: {bin.Count()} at {said:0.000}, {right:0.000} right");
                Assert.That(right, Is.EqualTo(said).Within(Math.Max(0.05, 3 * Math.Sqrt(said * (1 - said) / bin.Count()))), $"tenth {bin.Key}");
            }
        });
    }

    private static GeneratedBitext Corpus(string name)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", name);
        string[] Lines(string file) => [.. File.ReadAllLines(Path.Combine(directory, file), Encoding.UTF8).Where(l => l.Length > 0)];
        return new GeneratedBitext(Lines("zh.sentences.txt"), Lines("en.sentences.txt"), BeadFile.Read(Path.Combine(directory, "gold.beads")));
    }
}
