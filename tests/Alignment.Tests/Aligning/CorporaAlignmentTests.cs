using System.Text;
using Alignment.Aligning;
using Alignment.Documents;

namespace Alignment.Tests.Aligning;

/// <summary>
/// The aligner on every hand-aligned pair of the repository, each of a different kind (a UN report with numbered
/// paragraphs, a financial report with tables of figures, a letter, a record of speeches, a short story, a magazine
/// feature whose English an editor cut and rearranged): strict F1 from the hand-checked sentences and from the raw
/// files, and whether the confidence given to a bead means what it says. Floors sit a little below what the aligner measures today (docs/benchmarks.md), so a change that costs
/// quality on any kind of text fails here.
/// </summary>
public sealed class CorporaAlignmentTests
{
    private static readonly Lazy<List<(double Confidence, bool Right)>> Judged = new(() => [.. JudgedBeads()]);

    [TestCase("unodc-cybercrime-eg4-2021", 0.99)]
    [TestCase("financial-pension-fund-2026", 0.99)]
    [TestCase("letter-mountain-water-forum", 0.95)]
    [TestCase("speeches-second-committee-sustainable-development", 0.98)]
    [TestCase("story-last-ferry", 0.94)]
    [TestCase("feature-mudflat-bird-counters", 0.93)]
    [TestCase("news-qingshi-road-reopens", 0.8)]
    [TestCase("interview-mountain-seed-bank", 0.99)]
    [TestCase("essay-grandmothers-pickle-jars", 0.88)]
    [TestCase("fiction-watch-mender", 0.95)]
    [TestCase("diary-salt-road", 0.88)]
    [TestCase("chapter-kite-shop", 0.96)]
    [TestCase("magazine-county-print-shop", 0.99)]
    [TestCase("scene-last-haircut", 0.98)]
    [TestCase("feature-electric-bus-drivers", 0.93)]
    public void The_hand_checked_sentences_align_as_the_gold_does(string corpus, double floor)
    {
        var scores = Score(corpus, Presegmented(corpus));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    [TestCase("unodc-cybercrime-eg4-2021", 0.99)]
    [TestCase("financial-pension-fund-2026", 0.99)]
    [TestCase("letter-mountain-water-forum", 0.94)]
    [TestCase("speeches-second-committee-sustainable-development", 0.99)]
    [TestCase("story-last-ferry", 0.94)]
    [TestCase("feature-mudflat-bird-counters", 0.94)]
    [TestCase("interview-mountain-seed-bank", 0.99)]
    [TestCase("essay-grandmothers-pickle-jars", 0.95)]
    [TestCase("fiction-watch-mender", 0.99)]
    [TestCase("diary-salt-road", 0.94)]
    [TestCase("chapter-kite-shop", 0.94)]
    [TestCase("magazine-county-print-shop", 0.99)]
    [TestCase("feature-electric-bus-drivers", 0.88)]
    public void The_raw_files_align_as_the_gold_does(string corpus, double floor)
    {
        var scores = Score(corpus, AlignmentPipeline.Default.AlignFiles(PathOf(corpus, "zh.txt"), PathOf(corpus, "en.txt")));

        Assert.That(scores.StrictF1, Is.GreaterThanOrEqualTo(floor));
    }

    [Test]
    public void Confidence_matches_how_often_a_bead_is_right()
    {
        var beads = Judged.Value;
        var error = CalibrationError(beads);
        TestContext.Out.WriteLine($"{beads.Count} beads, expected calibration error {error:0.0000}");

        Assert.That(error, Is.LessThanOrEqualTo(0.05));
    }

    [Test]
    public void A_confident_bead_is_almost_always_right()
    {
        var confident = Judged.Value.Where(b => b.Confidence >= 0.9).ToList();

        Assert.That(confident.Count(b => b.Right), Is.GreaterThanOrEqualTo(0.98 * confident.Count));
    }

    /// <summary>
    /// Beads under 0.5 are right about as often as their confidence says: within three standard errors of a binomial
    /// sample of their number, since a handful of beads (most of them unpaired sentences just under 0.5) is all the
    /// corpora give, and each wrong bead the aligner mends leaves the bin smaller and more often right.
    /// </summary>
    [Test]
    public void A_doubtful_bead_is_wrong_about_as_often_as_it_says()
    {
        var doubtful = Judged.Value.Where(b => b.Confidence < 0.5).ToList();
        Assert.That(doubtful, Is.Not.Empty);
        var said = doubtful.Average(b => b.Confidence);
        var right = doubtful.Average(b => b.Right ? 1.0 : 0.0);
        TestContext.Out.WriteLine($"{doubtful.Count} doubtful beads at {said:0.000}, {right:0.000} right");

        Assert.That(right, Is.EqualTo(said).Within(3 * Math.Sqrt(said * (1 - said) / doubtful.Count)));
    }

    [Test]
    public void Without_the_word_model_beads_in_line_are_as_sure_as_they_are_right()
    {
        var aligner = new Aligner(AlignerOptions.Default with { UseLexicalModel = false });
        var beads = new List<(double Confidence, bool Right)>();
        foreach (var corpus in new[] { "letter-mountain-water-forum", "story-last-ferry", "feature-mudflat-bird-counters" })
        {
            var keys = Gold(corpus).Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
            var aligned = aligner.Align(Sentences(corpus, "zh.sentences.txt"), Sentences(corpus, "en.sentences.txt"), Language.Chinese, Language.English).Beads;
            var inLine = Orphans.InLine([.. aligned]).ToHashSet();
            beads.AddRange(aligned.Where((b, i) => inLine.Contains(i) && b.Type == BeadType.OneToOne).Select(b => (b.Confidence, keys.Contains(EvaluatedBead.From(b).Key))));
        }

        TestContext.Out.WriteLine($"{beads.Count} beads at {beads.Average(b => b.Confidence):0.000}, {beads.Average(b => b.Right ? 1.0 : 0.0):0.000} right");
        Assert.That(beads.Average(b => b.Confidence), Is.EqualTo(beads.Average(b => b.Right ? 1.0 : 0.0)).Within(0.1));
    }

    /// <summary>
    /// Every bead the aligner makes on the corpora's sentences and on six edited copies of the report (a tenth of
    /// its paragraphs left out of the translation, a twentieth of the sentences moved), with whether the gold has it.
    /// </summary>
    private static IEnumerable<(double Confidence, bool Right)> JudgedBeads()
    {
        var corpora = new[]
        {
            "unodc-cybercrime-eg4-2021", "financial-pension-fund-2026", "letter-mountain-water-forum",
            "speeches-second-committee-sustainable-development", "story-last-ferry", "feature-mudflat-bird-counters",
            "interview-mountain-seed-bank",
        };
        var bitexts = corpora.Select(c => (Gold(c), Presegmented(c))).Concat(Enumerable.Range(1, 6).Select(seed =>
        {
            var edited = EditedBitexts.Make(EditedBitexts.ReportParagraphs(Corpus.Directory), copies: 1, deleted: 0.1, moved: 0.05, seed);
            return (edited.Gold, Aligner.Default.Align(edited.Source, edited.Target, Language.Chinese, Language.English));
        }));
        foreach (var (gold, bitext) in bitexts)
        {
            var keys = gold.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var bead in bitext.Beads)
            {
                yield return (bead.Confidence, keys.Contains(EvaluatedBead.From(bead).Key));
            }
        }
    }

    /// <summary>Expected calibration error over ten equal bins of confidence: the bins' gap between confidence and accuracy, weighted by size.</summary>
    private static double CalibrationError(List<(double Confidence, bool Right)> beads) =>
        beads.GroupBy(b => Math.Min((int)(b.Confidence * 10), 9))
            .Sum(bin => (double)bin.Count() / beads.Count * Math.Abs(bin.Average(b => b.Confidence) - bin.Average(b => b.Right ? 1.0 : 0.0)));

    private static AlignmentScores Score(string corpus, Bitext bitext)
    {
        var scores = AlignmentScores.Compute(Gold(corpus), [.. bitext.Beads.Select(EvaluatedBead.From)]);
        TestContext.Out.WriteLine(scores);
        return scores;
    }

    private static Bitext Presegmented(string corpus) =>
        Aligner.Default.Align(Sentences(corpus, "zh.sentences.txt"), Sentences(corpus, "en.sentences.txt"), Language.Chinese, Language.English);

    private static IReadOnlyList<EvaluatedBead> Gold(string corpus) => BeadFile.Read(PathOf(corpus, "gold.beads"));

    private static string[] Sentences(string corpus, string file) =>
        [.. File.ReadAllLines(PathOf(corpus, file), Encoding.UTF8).Where(l => l.Length > 0)];

    private static string PathOf(string corpus, string file) =>
        Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus, file);
}
