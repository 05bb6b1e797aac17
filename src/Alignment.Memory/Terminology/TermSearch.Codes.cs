namespace Alignment.Memory.Terminology;

/// <summary>
/// Codes that both languages write alike: a document symbol (GB.357/POL/3, A/81/353), a unit's or a programme's short
/// form in Latin capitals (LABADMIN/OSH, AWaRe, COVID-19). A Chinese text keeps them as the English writes them, so
/// the code written as is in the other side of the term's pairs is its equivalent, whatever pieces the word model and
/// the tokenisers' cuts at dots, slashes and hyphens make of it (GB, POL).
/// </summary>
internal static partial class TermSearch
{
    /// <summary>The share of the term's units whose other side must write the code for it to be the equivalent.</summary>
    private const double CodeCoverage = 0.5;

    /// <summary>
    /// The ranking with the term itself first where it is a code (see <see cref="IsCode"/>) that the other side of at
    /// least half of its sampled units writes as is, between characters that are no letters or digits: with the best
    /// score of the ranking or the share of units that write it, whichever is higher, so that ranks still follow the
    /// printed scores.
    /// </summary>
    private static List<Candidate> WithTheCodeAsWritten(List<Candidate> ranked, List<SampleUnit> sample, string term)
    {
        var code = term.Trim();
        if (!IsCode(code) || sample.Count == 0)
        {
            return ranked;
        }

        var written = new Candidate(code);
        foreach (var unit in sample)
        {
            for (var at = unit.Text.IndexOf(code, StringComparison.Ordinal); at >= 0; at = unit.Text.IndexOf(code, at + 1, StringComparison.Ordinal))
            {
                var end = at + code.Length;
                if ((at > 0 && char.IsLetterOrDigit(unit.Text[at - 1])) || (end < unit.Text.Length && char.IsLetterOrDigit(unit.Text[end])))
                {
                    continue;
                }

                var first = unit.Words.FindIndex(w => w.Start == at);
                var last = unit.Words.FindLastIndex(w => w.End == end);
                if (first >= 0 && last >= first)
                {
                    written.Add(new Occurrence(unit, first, last));
                    break;
                }
            }
        }

        var share = written.Units / (double)sample.Count;
        if (written.Units == 0 || share < CodeCoverage)
        {
            return ranked;
        }

        var same = ranked.FindIndex(c => string.Equals(c.Forms()[0], code, StringComparison.Ordinal));
        var whole = same >= 0 ? ranked[same] : written;
        if (same < 0)
        {
            whole.CoOccurrences = whole.ShownCoOccurrences = whole.Units;
            whole.Frequency = whole.ShownFrequency = whole.Units;
            whole.Association = share;
            whole.Bracketed = false;
        }

        // Written alike on both sides, it aligns with the term as a word aligns with itself.
        whole.Alignment = 1;
        whole.Score = Math.Max(share, ranked.Count > 0 ? ranked[0].Score : 0);
        return [whole, .. ranked.Where(c => !ReferenceEquals(c, whole))];
    }

    /// <summary>
    /// Whether a term is a code: one token of Latin letters and digits, with dots, slashes and hyphens between, no Han
    /// character, at least one letter, and a capital after its first character or a digit (GB.357/POL/3,
    /// LABADMIN/OSH, AWaRe, COVID-19): what no translator translates. A word written with a capital only at its start
    /// (Geneva) is a name that each language may write its own way.
    /// </summary>
    private static bool IsCode(string term) =>
        term.Length >= 2 && term.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '-')
        && term.Any(char.IsAsciiLetter) && char.IsAsciiLetterOrDigit(term[0]) && char.IsAsciiLetterOrDigit(term[^1])
        && (term.Any(char.IsAsciiDigit) || term.Skip(1).Any(char.IsAsciiLetterUpper));
}
