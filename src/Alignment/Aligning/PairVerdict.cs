using static System.FormattableString;

namespace Alignment.Aligning;

/// <summary>
/// Whether an alignment shows two documents to be translations of each other, judged from its beads: a translation
/// pairs most of its sentences, and pairs them with confidence; two unrelated documents leave most sentences unpaired
/// or pair them on weak evidence. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Each side is judged on its own, and the verdict follows the better-supported one: an excerpt or a translation that
/// leaves chapters out pairs most sentences of the shorter side, however much of the longer side stays unpaired. A
/// true pair on the corpora and fixtures of this repository supports 84–100% of its sentences; unrelated documents
/// less than 10%: <see cref="MinimumSupportedShare"/> lies far from both. A partial translation (half a story
/// translated, the rest left out) can support less than that on both sides, while the part that it pairs is
/// supported: such a pair is a translation when a fifth of one side is supported and no more of it weakly paired.
/// Unrelated documents support a few sentences by chance (a date, a number), 3% of a side at most on the corpora.
/// </remarks>
public sealed record PairVerdict
{
    /// <summary>A paired bead of this confidence or more supports its sentences.</summary>
    public const double SupportingConfidence = 0.5;

    /// <summary>Below this share of supported sentences on both sides, the documents are not taken for translations of each other.</summary>
    public const double MinimumSupportedShare = 0.5;

    private PairVerdict(double unpairedShare, double weakShare)
    {
        UnpairedShare = unpairedShare;
        WeaklyPairedShare = weakShare;
    }

    /// <summary>On the better-supported side, the share of sentences left without a counterpart (in 1-0 and 0-1 beads).</summary>
    public double UnpairedShare { get; }

    /// <summary>On the better-supported side, the share of sentences paired at a confidence below <see cref="SupportingConfidence"/>.</summary>
    public double WeaklyPairedShare { get; }

    /// <summary>On the better-supported side, the share of sentences paired at <see cref="SupportingConfidence"/> or more.</summary>
    public double SupportedShare => Math.Max(0, 1 - UnpairedShare - WeaklyPairedShare);

    /// <summary>
    /// True when at least <see cref="MinimumSupportedShare"/> of the sentences of one side are supported, or, for a
    /// partial translation, a fifth of them are and no more are weakly paired.
    /// </summary>
    public bool IsTranslation => SupportedShare >= MinimumSupportedShare || (SupportedShare >= MinimumPartialShare && SupportedShare >= WeaklyPairedShare);

    /// <summary>A translation of part of a document supports at least this share of one side's sentences.</summary>
    private const double MinimumPartialShare = 0.2;

    /// <summary>
    /// Why the pair is not a translation, as a sentence fragment (<c>at least 81% of the sentences of each found no
    /// counterpart</c>, <c>no sentence of either found a counterpart</c>), or what supports it when it is. A share is
    /// rounded down, so that "at least" stays true and 99.6% does not read as all.
    /// </summary>
    public string Reason => IsTranslation
        ? Invariant($"{SupportedShare:0%} of the sentences of one pair with confidence {SupportingConfidence} or more")
        : UnpairedShare >= 1 ? "no sentence of either found a counterpart"
        : UnpairedShare > MinimumSupportedShare ? Invariant($"at least {Math.Floor(UnpairedShare * 100):0}% of the sentences of each found no counterpart")
        : Invariant($"at most {SupportedShare:0%} of the sentences of each pair with confidence {SupportingConfidence} or more, the rest are unpaired or weakly paired");

    /// <summary>Judges <paramref name="bitext"/>. An alignment without sentences is not a translation.</summary>
    public static PairVerdict Of(Bitext bitext)
    {
        ArgumentNullException.ThrowIfNull(bitext);
        var source = Side(bitext.Beads, b => b.Source.Count);
        var target = Side(bitext.Beads, b => b.Target.Count);
        return source.SupportedShare >= target.SupportedShare ? source : target;
    }

    private static PairVerdict Side(IReadOnlyList<Bead> beads, Func<Bead, int> count)
    {
        int all = 0, unpaired = 0, weak = 0;
        foreach (var bead in beads)
        {
            var sentences = count(bead);
            all += sentences;
            if (bead.Type.IsDeletionOrInsertion)
            {
                unpaired += sentences;
            }
            else if (bead.Confidence < SupportingConfidence)
            {
                weak += sentences;
            }
        }

        return all == 0 ? new PairVerdict(1, 0) : new PairVerdict((double)unpaired / all, (double)weak / all);
    }

    /// <inheritdoc/>
    public override string ToString() => (IsTranslation ? "translation: " : "not a translation: ") + Reason;
}
