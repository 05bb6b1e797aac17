using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Alignment.Memory.Searching;

/// <summary>Chooses the query terms a fuzzy lookup counts (see <see cref="CandidateSearch"/>).</summary>
internal static class QueryTerms
{
    /// <summary>
    /// The rarest term of each of <see cref="SearchTuning.QueryTerms"/> stretches of <paramref name="text"/>, topped
    /// up with the rarest of the rest; each weighs its inverse document frequency. Bigrams carry Chinese: single
    /// characters are too common to select by, and only fill in for a short or much-edited query with too few
    /// bigrams in the index to find anything.
    /// </summary>
    public static List<Selected> Select(IndexReader reader, string field, string text, SearchTuning tuning)
    {
        var tokens = AnalyzedToken.Analyze(field, text);
        var frequencies = Frequencies(reader, field, tokens.Select(t => t.Term));
        var selected = Spread(tokens.Where(t => t.Type != AnalyzedToken.Unigram), frequencies, tuning.QueryTerms);
        if (selected.Count < tuning.MinimumQueryTerms)
        {
            selected.AddRange(Spread(tokens.Where(t => t.Type == AnalyzedToken.Unigram), frequencies, tuning.MinimumQueryTerms - selected.Count));
        }

        // Weights are inverse document frequencies in sixteenths, small whole numbers that add up fast and fit a ushort.
        var documents = Math.Max(1, reader.NumDocs);
        return [.. selected.Select(c => new Selected(
            new BytesRef(c.Term),
            (ushort)Math.Max(1, Math.Round(16 * Math.Log(1 + (documents / (double)c.Frequency)))),
            frequencies[c.Term].States))];
    }

    // One seek per term and segment, on one enumerator per segment (IndexReader.DocFreq would open a new one per
    // call), in sorted order so that consecutive seeks share the dictionary blocks they pass through. Each segment's
    // term state is kept, so that counting the selected terms' postings seeks no term a second time.
    private static Dictionary<string, (int Frequency, TermState?[] States)> Frequencies(IndexReader reader, string field, IEnumerable<string> terms)
    {
        var distinct = terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var leaves = reader.Leaves;
        var frequencies = distinct.ToDictionary(t => t, _ => (Frequency: 0, States: new TermState?[leaves.Count]), StringComparer.Ordinal);
        foreach (var leaf in leaves)
        {
            var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (enumerator is null)
            {
                continue;
            }

            foreach (var term in distinct)
            {
                if (enumerator.SeekExact(new BytesRef(term)))
                {
                    var (frequency, states) = frequencies[term];
                    states[leaf.Ord] = enumerator.GetTermState();
                    frequencies[term] = (frequency + enumerator.DocFreq, states);
                }
            }
        }

        return frequencies;
    }

    private static List<(string Term, int Frequency)> Spread(IEnumerable<AnalyzedToken> tokens, Dictionary<string, (int Frequency, TermState?[] States)> frequencies, int count)
    {
        var candidates = tokens
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Select(g => (Term: g.Key, g.First().Position, frequencies[g.Key].Frequency))
            .Where(t => t.Frequency > 0)
            .ToList();
        if (candidates.Count <= count)
        {
            return [.. candidates.Select(c => (c.Term, c.Frequency))];
        }

        var first = candidates.Min(c => c.Position);
        var span = candidates.Max(c => c.Position) - first + 1;
        var chosen = candidates
            .GroupBy(c => (c.Position - first) * count / span)
            .Select(stretch => stretch.MinBy(c => c.Frequency))
            .ToList();
        chosen.AddRange(candidates.Except(chosen).OrderBy(c => c.Frequency).ThenBy(c => c.Term, StringComparer.Ordinal).Take(count - chosen.Count));
        return [.. chosen.Select(c => (c.Term, c.Frequency))];
    }

    /// <summary>A selected term, how much holding it counts, and where its postings are in each segment (by leaf ordinal; null where it is absent).</summary>
    internal sealed record Selected(BytesRef Bytes, ushort Weight, TermState?[] States);
}
