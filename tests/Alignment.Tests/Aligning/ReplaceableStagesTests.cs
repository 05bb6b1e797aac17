using Alignment.Aligning;
using Alignment.Documents;
using Alignment.Segmentation;

namespace Alignment.Tests.Aligning;

/// <summary>The aligner's stages an application can replace without forking: the scoring of candidate beads, the aligner itself.</summary>
public sealed class ReplaceableStagesTests
{
    [Test]
    public void A_scorer_of_ones_own_adds_its_evidence_to_the_aligners()
    {
        // Stands in for a sentence-embedding model: it recognises the gold pairs of an input the aligner gets partly wrong.
        var story = EditedBitexts.Paragraphs(Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", "story-last-ferry"));
        var edited = EditedBitexts.Edit(story, new Edits(LeftOut: 0.1, Added: 0.05, MovedPassages: 0.05, MovedSentences: 0.03), seed: 3);
        var oracle = new GoldScorer(edited.Gold);
        var plain = Score(Aligner.Default, edited);
        var helped = Score(new Aligner(AlignerOptions.Default with { Scorers = [oracle] }), edited);
        TestContext.Out.WriteLine($"strict F1 {plain:0.000} alone, {helped:0.000} with the scorer; {oracle.Calls} calls");

        Assert.That(oracle.Calls, Is.GreaterThan(0));
        Assert.That(helped, Is.GreaterThanOrEqualTo(plain + 0.02));
    }

    [Test]
    public void A_scorer_is_asked_only_about_beads_with_sentences_on_both_sides()
    {
        var edited = EditedBitexts.Make(EditedBitexts.ReportParagraphs(Corpus.Directory), copies: 1, deleted: 0.1, moved: 0, seed: 1);
        var scorer = new GoldScorer(edited.Gold);

        new Aligner(AlignerOptions.Default with { Scorers = [scorer] }).Align(edited.Source, edited.Target, Language.Chinese, Language.English);

        Assert.That(scorer.EmptySpans, Is.Zero);
    }

    [Test]
    public void The_pipeline_runs_an_aligner_of_ones_own()
    {
        var pipeline = AlignmentPipeline.Default with { Aligner = new OneToOneAligner() };

        var bitext = pipeline.Align(
            DocumentReader.Default.Read("会议开幕。会议闭幕。", Language.Chinese, "zh"),
            DocumentReader.Default.Read("The meeting opened. The meeting closed.", Language.English, "en"));

        Assert.That(bitext.Beads.Select(b => b.ToString()), Is.EqualTo(new[] { "[0]:[0]:1.00", "[1]:[1]:1.00" }));
    }

    private static double Score(Aligner aligner, GeneratedBitext edited) =>
        AlignmentScores.Compute(
            edited.Gold,
            [.. aligner.Align(edited.Source, edited.Target, Language.Chinese, Language.English).Beads.Select(EvaluatedBead.From)]).StrictF1;

    private sealed class GoldScorer(IReadOnlyList<EvaluatedBead> gold) : IBeadScorer
    {
        private readonly HashSet<string> pairs = [.. gold.Where(b => !b.IsDeletionOrInsertion).Select(b => b.ToString())];

        public int Calls { get; private set; }

        public int EmptySpans { get; private set; }

        public double Score(SegmentedDocument source, SentenceSpan sourceSentences, SegmentedDocument target, SentenceSpan targetSentences)
        {
            Calls++;
            EmptySpans += sourceSentences.IsEmpty || targetSentences.IsEmpty ? 1 : 0;
            return pairs.Contains($"{sourceSentences}:{targetSentences}") ? 10 : -2;
        }
    }

    private sealed class OneToOneAligner : IAligner
    {
        public Bitext Align(SegmentedDocument source, SegmentedDocument target) =>
            new(source, target, [.. Enumerable.Range(0, source.Sentences.Count).Select(i => new Bead(new SentenceSpan(i, 1), new SentenceSpan(i, 1), 1.0))]);
    }
}
