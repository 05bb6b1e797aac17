using System.Globalization;

namespace Alignment.Aligning;

/// <summary>
/// Which beads pair sentences that share evidence: a word the lexicon translates, a number, a name, a Latin word
/// written on both sides. A translation's beads nearly all do; the beads that pair two unrelated documents by their
/// positions and lengths seldom do, however sure the lattice is of them (it compares a bead only with its neighbours,
/// never with the possibility that nothing translates).
/// </summary>
internal static class BeadEvidence
{
    /// <summary>
    /// For each bead of <paramref name="beads"/>, whether its two sides share a specific invariant token (see
    /// <see cref="IsSpecific"/>) or a lexicon term of
    /// two characters or more of <paramref name="features"/>. A single character's word (年 year, 人 people, 说 say)
    /// is in nearly every text: it helps place a sentence among its neighbours, but two unrelated openings share one
    /// in a bead as often as not.
    /// </summary>
    public static bool[] Of(IReadOnlyList<Bead> beads, PairFeatures features)
    {
        var terms = features.Lexicon.IsEmpty ? null : features.Lexicon.Terms;
        var vocabulary = features.InvariantVocabulary;
        var specific = new bool[vocabulary.Count];
        for (var id = 0; id < specific.Length; id++)
        {
            specific[id] = IsSpecific(vocabulary.Token(id));
        }

        var (invariants, concepts) = (new HashSet<int>(), new HashSet<int>());
        var shared = new bool[beads.Count];
        for (var i = 0; i < beads.Count; i++)
        {
            invariants.Clear();
            concepts.Clear();
            foreach (var s in beads[i].Source.Indices)
            {
                invariants.UnionWith(features.Source[s].Invariants.Where(i => specific[i]));
                concepts.UnionWith(features.Source[s].Concepts.Where(c => terms is null || !terms.IsCharacter(c)));
            }

            foreach (var t in beads[i].Target.Indices)
            {
                if (features.Target[t].Invariants.Any(invariants.Contains) || features.Target[t].Concepts.Any(concepts.Contains))
                {
                    shared[i] = true;
                    break;
                }
            }
        }

        return shared;
    }

    /// <summary>
    /// Whether an invariant token is rare enough for two unrelated texts to share it seldom by chance. A month, or a
    /// number below a hundred (a day of the month, an agenda item, "three years", "sixty"), is on most pages: unrelated
    /// openings paired 议程项目3 with "3 April" and 百分之十 with "10 July". A year, an amount, a symbol or a name is not.
    /// </summary>
    private static bool IsSpecific(string token) =>
        !token.StartsWith("m:", StringComparison.Ordinal)
        && !(token.StartsWith("n:", StringComparison.Ordinal)
            && double.TryParse(token.AsSpan(2), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < 100);
}
