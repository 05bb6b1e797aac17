using System.Collections.Immutable;
using Alignment.Aligning;
using Alignment.Segmentation;
using Alignment.Server.Reviewing;
using Alignment.Tests;

namespace Alignment.Server.Tests;

/// <summary>Review sessions on corpus documents copied into a scratch folder, and ways to give them an aligner's mistake.</summary>
internal static class Reviews
{
    /// <summary>Copies a corpus pair into <paramref name="folder"/> under names of its own (the memory tells documents apart by name).</summary>
    public static (string Source, string Target) CopyPair(TempFolder folder, string corpus = Corpus.Name)
    {
        var directory = Path.Combine(TestContext.CurrentContext.TestDirectory, "corpora", corpus);
        return (folder.Copy(Path.Combine(directory, "zh.txt"), $"{corpus}.zh.txt"), folder.Copy(Path.Combine(directory, "en.txt"), $"{corpus}.en.txt"));
    }

    public static ReviewSession Open(TempFolder folder, string corpus = Corpus.Name, string output = "report.tmx")
    {
        var (source, target) = CopyPair(folder, corpus);
        return ReviewSession.Open(AlignmentPipeline.Default, source, target, folder.File(Path.ChangeExtension(output, ".review.json")), folder.File(output), restart: false);
    }

    /// <summary>The beads as spans, for comparing alignments whatever their confidence and status.</summary>
    public static string[] Spans(IEnumerable<ReviewBead> beads) => [.. beads.Select(b => $"{b.Source}:{b.Target}")];

    public static string[] Spans(Bitext bitext) => [.. bitext.Beads.Select(b => $"{b.Source}:{b.Target}")];

    /// <summary>
    /// The first place after <paramref name="from"/> where two confident 1-1 beads follow each other, and whose
    /// neighbours are 1-1 too: a clean stretch to spoil on purpose.
    /// </summary>
    public static int CleanPairOfBeads(Bitext bitext, int from)
    {
        var beads = bitext.Beads;
        for (var i = Math.Max(from, 1); i + 2 < beads.Count; i++)
        {
            if (Enumerable.Range(i - 1, 4).All(k => beads[k].Type == BeadType.OneToOne && beads[k].Confidence > 0.9))
            {
                return i;
            }
        }

        throw new InvalidOperationException("no clean stretch");
    }

    /// <summary>
    /// Writes a review file in which the aligner put the target sentence of bead <paramref name="bead"/> + 1 at the end
    /// of bead <paramref name="bead"/>, leaving the next bead's source unpaired: a mistake as the aligner makes them,
    /// not marked as anyone's edit.
    /// </summary>
    public static void SpoilOneTargetSentence(ReviewSession session, int bead)
    {
        var bitext = session.Current;
        var state = ReviewState.Of(bitext);
        var (first, second) = (state.Beads[bead], state.Beads[bead + 1]);
        var spoiled = state.Splice(bead, 2,
        [
            first with { Target = new SentenceSpan(first.Target.Start, 2) },
            second with { Target = new SentenceSpan(second.Target.Start + 1, 0) },
        ]);
        new ReviewFile(
            InputFingerprint.Of(session.SourcePath, bitext.Source),
            InputFingerprint.Of(session.TargetPath, bitext.Target),
            0,
            spoiled,
            ImmutableStack<ReviewChange>.Empty,
            ImmutableStack<ReviewChange>.Empty).Write(session.ReviewFile);
    }

    /// <summary>Opens the review of the session's documents again, from its review file.</summary>
    public static ReviewSession Reopen(ReviewSession session) =>
        ReviewSession.Open(AlignmentPipeline.Default, session.SourcePath, session.TargetPath, session.ReviewFile, session.Output, restart: false);
}
