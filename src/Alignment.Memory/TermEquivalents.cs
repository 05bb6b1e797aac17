using Alignment.Documents;

namespace Alignment.Memory;

/// <summary>How a term is rendered in the other language across the memory: the candidates, best first.</summary>
/// <param name="Term">The term looked up, as given.</param>
/// <param name="Language">The term's language.</param>
/// <param name="TargetLanguage">The language of the equivalents.</param>
/// <param name="Occurrences">
/// How many units in the language pair contain the term: counted up to <see cref="TermLookupOptions.CountLimit"/>,
/// estimated beyond it (see <see cref="OccurrencesAreExact"/>).
/// </param>
/// <param name="Candidates">The candidate equivalents, best first; empty when the term does not occur.</param>
public sealed record TermEquivalents(string Term, Language Language, Language TargetLanguage, int Occurrences, IReadOnlyList<TermCandidate> Candidates)
{
    /// <summary>False when <see cref="Occurrences"/> is an estimate, the term being in more units than were counted.</summary>
    public bool OccurrencesAreExact { get; init; } = true;

    /// <summary>
    /// True when the memory cannot back the ranking: the term is in one or two units and no candidate is bracketed
    /// with it or aligned with it word by word (the candidates are only the phrases that happen to share its units),
    /// or the best candidate, in Chinese, is a run of characters the segmenter did not know as a word that every unit
    /// continues with the same character (a cut through a name, whose end the memory never shows).
    /// </summary>
    public bool HasTooLittleEvidence { get; init; }

    /// <summary>The best candidate's text, or the empty string when there is none.</summary>
    public string Best => Candidates.Count > 0 ? Candidates[0].Text : string.Empty;
}
