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
    public static void SpoilOneTargetSentence(ReviewSession session, int bead) => Spoil(session, state =>
    {
        var (first, second) = (state.Beads[bead], state.Beads[bead + 1]);
        return state.Splice(bead, 2,
        [
            first with { Target = new SentenceSpan(first.Target.Start, 2) },
            second with { Target = new SentenceSpan(second.Target.Start + 1, 0) },
        ]);
    });

    /// <summary>
    /// Writes a review file in which the aligner missed that target sentence <paramref name="moved"/> translates a
    /// source sentence elsewhere: it is joined to the target sentence before it, and its source sentence is left
    /// unpaired. How an aligner that keeps to the target's order treats a sentence the translator moved.
    /// </summary>
    public static void SpoilMovedSentence(ReviewSession session, int moved) => Spoil(session, state =>
    {
        var holder = state.BeadOf(new SentenceRef(DocumentSide.Target, moved));
        var before = state.BeadOf(new SentenceRef(DocumentSide.Target, moved - 1));
        var beads = state.Beads
            .SetItem(holder, state.Beads[holder] with { Target = new SentenceSpan(moved, 0) })
            .SetItem(before, state.Beads[before] with { Target = new SentenceSpan(state.Beads[before].Target.Start, state.Beads[before].Target.Count + 1) });
        return state with { Beads = beads };
    });

    /// <summary>Writes a review file holding the fresh alignment changed by <paramref name="spoil"/>, as if the aligner had made it so.</summary>
    private static void Spoil(ReviewSession session, Func<ReviewState, ReviewState> spoil)
    {
        var bitext = session.Current;
        var spoiled = spoil(ReviewState.Of(bitext));
        new ReviewFile(
            InputFingerprint.Of(session.SourcePath, bitext.Source),
            InputFingerprint.Of(session.TargetPath, bitext.Target),
            0,
            spoiled,
            ImmutableStack<ReviewChange>.Empty,
            ImmutableStack<ReviewChange>.Empty).Write(session.ReviewFile);
    }

    /// <summary>The story's English sentence that the translator moved to a later paragraph.</summary>
    public static int MovedBoatSentence(Bitext bitext) =>
        Enumerable.Range(0, bitext.Target.Sentences.Count).First(t => bitext.Target.Sentences[t].Text.StartsWith("The boat was built in 1998", StringComparison.Ordinal));

    /// <summary>Opens the review of the session's documents again, from its review file.</summary>
    public static ReviewSession Reopen(ReviewSession session) =>
        ReviewSession.Open(AlignmentPipeline.Default, session.SourcePath, session.TargetPath, session.ReviewFile, session.Output, restart: false);
}
