namespace Alignment.Memory;

/// <summary>One candidate equivalent of a term, with the evidence for it.</summary>
/// <param name="Text">The candidate as most often written (<c>electronic evidence</c>).</param>
/// <param name="Variants">Other ways it is written, folded into it: plural or singular, hyphen or space (<c>capacity building</c> for <c>capacity-building</c>).</param>
/// <param name="Alternatives">
/// Other names for the same thing that the memory spells out: an acronym's expansion, or the acronym of an expansion
/// (<c>United Nations Office on Drugs and Crime</c> for <c>UNODC</c>).
/// </param>
/// <param name="CoOccurrences">How many units contain both the term and the candidate (estimated when the term's units were sampled).</param>
/// <param name="Frequency">How many units contain the candidate, in the whole memory.</param>
/// <param name="Score">
/// What ranks the candidate, to two decimals as displays print it: the association (see <see cref="TermAssociation"/>);
/// for a term in one or two units, its geometric mean with the evidence of the pairs (<see cref="Alignment"/>, 1 when
/// <see cref="Bracketed"/>). Candidates of equal score come in the order of how well their length fits the term's.
/// </param>
/// <param name="Examples">Units containing both, with the term and the candidate highlighted.</param>
public sealed record TermCandidate(
    string Text,
    IReadOnlyList<string> Variants,
    IReadOnlyList<string> Alternatives,
    int CoOccurrences,
    int Frequency,
    double Score,
    IReadOnlyList<TermExample> Examples)
{
    /// <summary>
    /// For a term found in a few units only: how well the candidate and the term align word by word in their pairs,
    /// from 0 to 1 (translation probabilities learned from the memory's units and the bundled lexicon); 0 when the term
    /// is frequent enough for <see cref="Score"/> to rest on association alone.
    /// </summary>
    public double Alignment { get; init; }

    /// <summary>The score before rounding, which tells apart the glossary entries of different terms.</summary>
    internal double UnroundedScore { get; init; }

    /// <summary>
    /// True when term and candidate each stand alone in brackets or quotes in the same pair, or when one side writes one
    /// of them in brackets right after the other (永久热带森林基金（Tropical Forest Forever Facility））: a translator's
    /// gloss of a new term.
    /// </summary>
    public bool Bracketed { get; init; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
