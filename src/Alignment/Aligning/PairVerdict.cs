using static System.FormattableString;

namespace Alignment.Aligning;

/// <summary>
/// Whether an alignment shows two documents to be translations of each other, judged from its beads: a translation
/// pairs most of its sentences, and pairs them with confidence; two unrelated documents leave most sentences unpaired
/// or pair them on weak evidence. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each side is judged on its own, and the verdict follows the better-supported one: an excerpt or a translation that
/// leaves chapters out pairs most of the sentences of the shorter side, however much of the longer side stays
/// unpaired. A true pair on the corpora and fixtures of this repository supports 82–100% of its sentences; unrelated
/// documents less than 25%: <see cref="MinimumSupportedShare"/> lies far from both. A partial translation (the two
/// sides overlap, each holding text the other lacks) supports less than that on both sides, but what it supports lies
/// together, in a stretch of the document that translates: such a pair is a translation when a fifth of one side is
/// supported within one stretch where sentences not supported are less than a third. Unrelated documents support a
/// few sentences by chance (a date, a name, documents of one body opening alike), and chance support lies scattered:
/// on the repository's unrelated pairs, its densest stretch held a tenth of a side at most, while the support of two
/// documents of one committee reached 22% in all.
/// Short documents are paired by position: an extract of eight paragraphs against another's pairs a masthead, a title
/// and a date line with confidence, having nothing else to compare. What shows them unrelated is that their beads
/// explain nothing: when the aligner that made the beads used a general dictionary, a translation's supported beads
/// mostly share a word it translates, a number or a name (half to all of their sentences on the corpora of this
/// repository and their openings; the lowest, half, a story told in dialogue, whose short turns are mostly words of
/// one character, which the dictionary's evidence leaves out), while those of unrelated openings seldom do (mostly
/// under a third, many none; two reports of one committee, whose mastheads and agenda lines do translate each other,
/// reached 80%).
/// </remarks>
public sealed record PairVerdict
{
    /// <summary>A paired bead of this confidence or more supports its sentences.</summary>
    public const double SupportingConfidence = 0.5;

    /// <summary>Below this share of supported sentences on both sides, the documents are not taken for translations of each other.</summary>
    public const double MinimumSupportedShare = 0.5;

    /// <summary>Below this share of supported sentences that share evidence with their counterparts, the documents are not taken for translations of each other.</summary>
    public const double MinimumExplainedShare = 0.35;

    /// <summary>
    /// A side of fewer sentences is not judged by what its beads share: two lines of dialogue (<c>有。</c> ↔ <c>Yes.</c>)
    /// may share nothing and be a translation, while every unrelated opening of the probe held seven or more.
    /// </summary>
    private const int FewestExplainedSentences = 5;

    /// <summary>
    /// A stretch that translates holds at least this many supported sentences: a title and a date line paired by position
    /// (盐道日记 ↔ Antimicrobial resistance, 四月三日 ↔ 9 April 2026) are a fifth of a short opening but translate nothing.
    /// </summary>
    private const int FewestPartialSentences = 3;

    private readonly int sentences;

    private readonly int stretchSentences;

    private PairVerdict(int sentences, double unpairedShare, double weakShare, int stretchSentences, double explainedShare)
    {
        this.sentences = sentences;
        this.stretchSentences = stretchSentences;
        UnpairedShare = unpairedShare;
        WeaklyPairedShare = weakShare;
        SupportedStretchShare = sentences == 0 ? 0 : (double)stretchSentences / sentences;
        ExplainedShare = explainedShare;
    }

    /// <summary>On the better-supported side, the share of sentences left without a counterpart (in 1-0 and 0-1 beads).</summary>
    public double UnpairedShare { get; }

    /// <summary>On the better-supported side, the share of sentences paired at a confidence below <see cref="SupportingConfidence"/>.</summary>
    public double WeaklyPairedShare { get; }

    /// <summary>On the better-supported side, the share of sentences paired at <see cref="SupportingConfidence"/> or more.</summary>
    public double SupportedShare => Math.Max(0, 1 - UnpairedShare - WeaklyPairedShare);

    /// <summary>
    /// On the better-supported side, the share of its sentences that are supported within its densest stretch: the run
    /// of beads in which supported sentences most outnumber twice the others (unpaired or weakly paired).
    /// </summary>
    public double SupportedStretchShare { get; }

    /// <summary>
    /// On the better-supported side, the share of its supported sentences whose bead shares evidence with the other
    /// side (a word the aligner's dictionary translates, a number, a name, a Latin word written on both). 1 when the
    /// alignment carries no record of it: beads built or read elsewhere, or aligned without a general dictionary.
    /// </summary>
    public double ExplainedShare { get; }

    /// <summary>
    /// True when at least <see cref="MinimumSupportedShare"/> of the sentences of one side are supported, or, for a
    /// partial translation, a fifth of them (three at least) are within one stretch (<see cref="SupportedStretchShare"/>) and no more
    /// are weakly paired; and, on a side of five sentences or more, at least <see cref="MinimumExplainedShare"/> of
    /// those supported share evidence.
    /// </summary>
    public bool IsTranslation => IsExplained && (SupportedShare >= MinimumSupportedShare || IsPartialTranslation);

    private bool IsExplained => sentences < FewestExplainedSentences || ExplainedShare >= MinimumExplainedShare;

    private bool IsPartialTranslation =>
        SupportedStretchShare >= MinimumPartialShare && stretchSentences >= FewestPartialSentences && SupportedShare >= WeaklyPairedShare;

    /// <summary>A translation of part of a document supports at least this share of one side's sentences in one stretch.</summary>
    private const double MinimumPartialShare = 0.2;

    /// <summary>In a stretch that translates, a sentence not supported weighs this many supported ones.</summary>
    private const int UnsupportedWeight = 2;

    /// <summary>
    /// Why the pair is not a translation, as a sentence fragment (<c>at least 81% of the sentences of each found no
    /// counterpart</c>, <c>no sentence of either found a counterpart</c>), or what supports it when it is. A share is
    /// rounded down, so that "at least" stays true and 99.6% does not read as all.
    /// </summary>
    public string Reason => IsTranslation
        ? Invariant($"{SupportedShare:0%} of the sentences of one pair with confidence {SupportingConfidence} or more")
        : UnpairedShare >= 1 ? "no sentence of either found a counterpart"
        : !IsExplained ? Invariant($"of the sentences paired with confidence, at most {Math.Floor(ExplainedShare * 100):0}% share a word, number or name with their counterparts: they are paired by position and length alone")
        : UnpairedShare >= 1 ? "no sentence of either found a counterpart"
        : UnpairedShare > MinimumSupportedShare ? Invariant($"at least {Math.Floor(UnpairedShare * 100):0}% of the sentences of each found no counterpart")
        : SupportedShare >= MinimumPartialShare && SupportedShare >= WeaklyPairedShare
            ? Invariant($"at most {SupportedShare:0%} of the sentences of each pair with confidence {SupportingConfidence} or more, scattered among unpaired ones rather than together in a stretch that translates")
            : Invariant($"at most {SupportedShare:0%} of the sentences of each pair with confidence {SupportingConfidence} or more, the rest are unpaired or weakly paired");

    /// <summary>Judges <paramref name="bitext"/>. An alignment without sentences is not a translation.</summary>
    public static PairVerdict Of(Bitext bitext)
    {
        ArgumentNullException.ThrowIfNull(bitext);
        var source = Side(bitext.Beads, bitext.BeadEvidence, b => b.Source.Count);
        var target = Side(bitext.Beads, bitext.BeadEvidence, b => b.Target.Count);
        return source.IsTranslation != target.IsTranslation
            ? source.IsTranslation ? source : target
            : source.SupportedShare >= target.SupportedShare ? source : target;
    }

    private static PairVerdict Side(IReadOnlyList<Bead> beads, IReadOnlyList<bool>? evidence, Func<Bead, int> count)
    {
        int all = 0, unpaired = 0, weak = 0, explained = 0;

        // The densest stretch is the run of beads with the greatest weight (supported sentences count one each, the
        // others -UnsupportedWeight each), found in one pass as a maximum-sum subarray.
        int stretch = 0, stretchSupported = 0, bestStretch = 0, bestStretchSupported = 0;
        for (var i = 0; i < beads.Count; i++)
        {
            var bead = beads[i];
            var sentences = count(bead);
            all += sentences;
            var supported = !bead.Type.IsDeletionOrInsertion && bead.Confidence >= SupportingConfidence;
            if (bead.Type.IsDeletionOrInsertion)
            {
                unpaired += sentences;
            }
            else if (!supported)
            {
                weak += sentences;
            }
            else if (evidence is null || evidence[i])
            {
                explained += sentences;
            }

            stretch += supported ? sentences : -UnsupportedWeight * sentences;
            stretchSupported += supported ? sentences : 0;
            if (stretch <= 0)
            {
                (stretch, stretchSupported) = (0, 0);
            }
            else if (stretch > bestStretch)
            {
                (bestStretch, bestStretchSupported) = (stretch, stretchSupported);
            }
        }

        var supportedSentences = all - unpaired - weak;
        return all == 0
            ? new PairVerdict(0, 1, 0, 0, 1)
            : new PairVerdict(all, (double)unpaired / all, (double)weak / all, bestStretchSupported, supportedSentences == 0 ? 1 : (double)explained / supportedSentences);
    }

    /// <inheritdoc/>
    public override string ToString() => (IsTranslation ? "translation: " : "not a translation: ") + Reason;
}
