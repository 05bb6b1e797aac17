using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Terminology;

/// <summary>
/// Builds a bilingual glossary from the whole memory. Candidate source terms come from the term statistics
/// (<see cref="TermShingles"/>: no function word at either end, no punctuation or number inside) with at least a
/// minimum number of units; a candidate that nearly always occurs inside a longer one is only a piece of it and is
/// left out. The rest are ranked by termhood — how often they occur, weighted towards multi-word terms, which carry
/// a domain's concepts — and each gets its best equivalent from term lookup, entered when the association is strong.
/// </summary>
internal static class TermExtraction
{
    /// <summary>A longer candidate holding at least this share of a shorter one's units makes the shorter one a piece of it.</summary>
    private const double Nesting = 0.7;

    /// <summary>How many more candidates than entries are looked up, since some find no equivalent strong enough.</summary>
    private const int Surplus = 3;

    public static Glossary Run(IndexSearcher searcher, Language source, Language target, TermExtractionOptions options)
    {
        var chinese = IndexSchema.IsCharacterBased(source.Code);
        var frequencies = Candidates(searcher.IndexReader, source.Code, chinese, options.MinOccurrences);
        var pieces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (term, frequency) in frequencies)
        {
            foreach (var part in Parts(term, chinese))
            {
                if (frequencies.TryGetValue(part, out var partFrequency) && frequency >= Nesting * partFrequency)
                {
                    pieces.Add(part);
                }
            }
        }

        // Single words count half: a domain's concepts are mostly multi-word, its frequent single words mostly general.
        var ranked = frequencies
            .Where(f => !pieces.Contains(f.Key))
            .OrderByDescending(f => f.Value * Math.Log2(1 + Words(f.Key, chinese)) * (Words(f.Key, chinese) <= 1 ? 0.5 : 1))
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(options.MaxEntries * Surplus)
            .Select(f => (Found: TermSearch.TryGrowInContext(searcher, f.Key, source, out var written), Term: written))
            .DistinctBy(t => t.Term, StringComparer.Ordinal);

        var lookup = new TermLookupOptions { MaxCandidates = 1, ExamplesPerCandidate = 1 };
        var entries = new List<GlossaryEntry>();
        foreach (var (found, term) in ranked)
        {
            if (entries.Count >= options.MaxEntries)
            {
                break;
            }

            // The index keeps English terms stemmed and lower-cased. A term not found again in context is only its key:
            // the lookup's example shows how the text writes it.
            var result = TermSearch.Run(searcher, term, source, target, lookup);
            if (result.Candidates is [var best, ..] && best.UnroundedScore >= options.MinScore)
            {
                var written = !found && best.Examples is [var example, ..] && example.Term.Highlights.Count > 0
                    ? example.Term.Text.Substring(example.Term.Highlights[0].Start, example.Term.Highlights[0].Length)
                    : term;
                entries.Add(new GlossaryEntry(written, best.Text)
                {
                    Occurrences = result.Occurrences,
                    Confidence = Math.Round(best.UnroundedScore, 3),
                    Comment = best.Alternatives.Count > 0 ? "also: " + string.Join("; ", best.Alternatives) : string.Empty,
                });
            }
        }

        // One entry per equivalent: a piece of a term, or a phrase around it, finds the term's equivalent too, but always
        // less strongly associated with it than the term itself (犯罪问题 → UNODC 0.70, 毒品和犯罪问题办公室 → UNODC 0.73).
        var strongest = entries
            .GroupBy(e => e.TargetTerm.ToLowerInvariant())
            .Select(g => g.OrderByDescending(e => e.Confidence).ThenByDescending(e => e.Occurrences).First())
            .ToHashSet();
        return new Glossary(source, target, entries.Where(strongest.Contains));
    }

    /// <summary>Every candidate term held by at least <paramref name="minimum"/> units: the term field's, and the single words that are terms.</summary>
    private static Dictionary<string, int> Candidates(IndexReader reader, string code, bool chinese, int minimum)
    {
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);
        AddFrequent(reader, IndexSchema.Terms(code), minimum, _ => true, candidates);

        // A memory indexed before single words left the term field has them there too; the word field's count wins.
        AddFrequent(reader, IndexSchema.Words(code), minimum, word => TermShingles.IsSingleWordTerm(word, chinese), candidates);
        return candidates;
    }

    private static void AddFrequent(IndexReader reader, string field, int minimum, Func<string, bool> isTerm, Dictionary<string, int> into)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            return;
        }

        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            if (iterator.DocFreq >= minimum)
            {
                var term = iterator.Term.Utf8ToString();
                if (isTerm(term))
                {
                    into[term] = iterator.DocFreq;
                }
            }
        }
    }

    /// <summary>The shorter candidates a candidate contains: its word sub-runs in English, its substrings in Chinese.</summary>
    private static IEnumerable<string> Parts(string term, bool chinese)
    {
        if (chinese)
        {
            for (var length = term.Length - 1; length >= 2; length--)
            {
                for (var start = 0; start + length <= term.Length; start++)
                {
                    yield return term.Substring(start, length);
                }
            }

            yield break;
        }

        var words = term.Split(' ');
        for (var length = words.Length - 1; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                yield return string.Join(' ', words, start, length);
            }
        }
    }

    /// <summary>Words in a candidate; Chinese words average two characters.</summary>
    private static double Words(string term, bool chinese) => chinese ? term.Length / 2.0 : term.Count(c => c == ' ') + 1;
}
