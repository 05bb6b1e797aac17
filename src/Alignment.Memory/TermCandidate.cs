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
/// <param name="Score">The association score (see <see cref="TermAssociation"/>).</param>
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
    /// <inheritdoc/>
    public override string ToString() => Text;
}
