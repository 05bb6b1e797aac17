using System.Runtime.CompilerServices;

namespace Alignment.Aligning;

/// <summary>
/// The Chinese terms of a lexicon, numbered, with every prefix of every term, so that running text is searched
/// longest match first and a search from a position stops as soon as no term continues it.
/// </summary>
internal sealed class ChineseTerms
{
    /// <summary>Single characters are too ambiguous to count as a term's occurrence.</summary>
    public const int ShortestTerm = 2;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> idLookup;
    private readonly HashSet<string> prefixes = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixLookup;
    private readonly List<string> terms = [];

    [MethodImpl(HotLoop.Optimised)]
    public ChineseTerms(IEnumerable<string> chineseTerms)
    {
        idLookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        prefixLookup = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var term in chineseTerms.Where(t => t.Length >= ShortestTerm).Order(StringComparer.Ordinal))
        {
            ids[term] = terms.Count;
            terms.Add(term);

            // Longest first: once a prefix is there, so are all the shorter ones, and none is made into a string twice.
            for (var length = term.Length - 1; length >= 1 && !prefixLookup.Contains(term.AsSpan(0, length)); length--)
            {
                prefixes.Add(term[..length]);
            }
        }
    }

    public int Count => terms.Count;

    public string Term(int id) => terms[id];

    /// <summary>Adds the ids of the terms in <paramref name="text"/> to <paramref name="found"/>, longest match first, left to right.</summary>
    [MethodImpl(HotLoop.Optimised)]
    public void Find(string text, List<int> found)
    {
        for (var i = 0; i < text.Length;)
        {
            var (matched, id) = (0, -1);
            for (var length = 1; i + length <= text.Length; length++)
            {
                var candidate = text.AsSpan(i, length);
                if (length >= ShortestTerm && idLookup.TryGetValue(candidate, out var term))
                {
                    (matched, id) = (length, term);
                }

                if (!prefixLookup.Contains(candidate))
                {
                    break;
                }
            }

            if (id >= 0)
            {
                found.Add(id);
            }

            i += Math.Max(matched, 1);
        }
    }
}
