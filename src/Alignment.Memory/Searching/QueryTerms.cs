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
    // term state is kept, so that counting the selected terms' postings seeks no term a second time. Queries share
    // most of their words, so what a reader answered is kept with it for the next lookup (see QueryTermCache).
    private static Dictionary<string, (int Frequency, TermState?[] States)> Frequencies(IndexReader reader, string field, IEnumerable<string> terms)
    {
        var known = QueryTermCache.Of(reader, field);
        var frequencies = new Dictionary<string, (int Frequency, TermState?[] States)>(StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var term in terms)
        {
            if (frequencies.ContainsKey(term))
            {
                continue;
            }

            if (known.TryGet(term, out var statistics))
            {
                frequencies[term] = statistics;
            }
            else
            {
                frequencies[term] = (0, new TermState?[reader.Leaves.Count]);
                unknown.Add(term);
            }
        }

        unknown.Sort(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var enumerator = unknown.Count == 0 ? null : leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (enumerator is null)
            {
                continue;
            }

            foreach (var term in unknown)
            {
                if (enumerator.SeekExact(new BytesRef(term)))
                {
                    var (frequency, states) = frequencies[term];
                    states[leaf.Ord] = enumerator.GetTermState();
                    frequencies[term] = (frequency + enumerator.DocFreq, states);
                }
            }
        }

        foreach (var term in unknown)
        {
            known.Add(term, frequencies[term]);
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
