using System.Text.RegularExpressions;
using Alignment.Documents;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Alignment.Memory.Searching;

/// <summary>
/// A searched phrase as a sequence of index terms at relative positions: the query that finds it, and the matcher
/// that finds it again in a hit's text to highlight it. Both run the field's own analysis, so what is highlighted
/// is exactly what matched (stemmed English words, Chinese bigrams).
/// </summary>
internal sealed partial class PhrasePattern
{
    /// <summary>
    /// How many index terms a word ending in <c>*</c> may stand for; beyond that the search is refused rather than
    /// made slow (a phrase query over thousands of alternatives reads thousands of position lists).
    /// </summary>
    public const int MaxPrefixExpansions = 1024;

    private readonly string field;
    private readonly (int Offset, string Term)[] terms;
    private readonly bool[] isPrefix;

    private PhrasePattern(string field, (int Offset, string Term)[] terms, bool[] isPrefix)
    {
        this.field = field;
        this.terms = terms;
        this.isPrefix = isPrefix;
    }

    /// <summary>The pattern for <paramref name="phrase"/>; false when it holds nothing searchable (only punctuation, say).</summary>
    public static bool TryParse(string field, string phrase, out PhrasePattern pattern) => TryParse(field, phrase, prefixes: false, out pattern);

    /// <summary>
    /// The pattern for <paramref name="phrase"/>, in which a word written with letters or digits and ending in
    /// <c>*</c> (<c>bridge*</c>) stands for every indexed word it begins, as in the concordance of other CAT tools;
    /// false when it holds nothing searchable. A star after Han characters adds nothing: a Chinese phrase is already
    /// found inside longer words.
    /// </summary>
    public static bool TryParseWithPrefixes(string field, string phrase, out PhrasePattern pattern) => TryParse(field, phrase, prefixes: true, out pattern);

    private static bool TryParse(string field, string phrase, bool prefixes, out PhrasePattern pattern)
    {
        // A star becomes a space (offsets kept), and the token that ends where it stood is matched as a prefix.
        var prefixEnds = new HashSet<int>();
        if (prefixes)
        {
            foreach (Match word in PrefixWord().Matches(phrase))
            {
                prefixEnds.Add(word.Index + word.Length - 1);
            }

            phrase = phrase.Replace('*', ' ');
        }

        var tokens = AnalyzedToken.Analyze(field, phrase);
        tokens = [.. tokens.Select(t => prefixEnds.Contains(t.End) ? t with { Term = Folded(phrase[t.Start..t.End].ToLowerInvariant()), Type = PrefixType } : t)];

        // A bigram covers its own character and the next: the characters a bigram covers add nothing to the phrase.
        var bigramStarts = tokens.Where(t => t.Type == AnalyzedToken.Bigram).Select(t => t.Position).ToHashSet();
        tokens.RemoveAll(t => t.Type == AnalyzedToken.Unigram && (bigramStarts.Contains(t.Position) || bigramStarts.Contains(t.Position - 1)));

        // In a run of bigrams every other one, and the last, already fix every character (网络@0 犯罪@2 is 网络犯罪):
        // fewer terms, fewer positions to read for a frequent phrase.
        tokens.RemoveAll(t => t.Type == AnalyzedToken.Bigram && IsImplied(t.Position, bigramStarts));
        pattern = new PhrasePattern(field, [.. tokens.Select(t => (t.Position - (tokens.Count > 0 ? tokens[0].Position : 0), t.Term))], [.. tokens.Select(t => t.Type == PrefixType)]);
        return tokens.Count > 0;
    }

    /// <summary>
    /// A prefix as the index holds words: without accents (<c>martín</c> → <c>martin</c>), as the analysers fold them.
    /// The stemmer is left out on purpose: a prefix is matched as typed, not as a word.
    /// </summary>
    private static string Folded(string prefix)
    {
        var output = new char[prefix.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(prefix.ToCharArray(), 0, output, 0, prefix.Length);
        return new string(output, 0, length);
    }

    /// <summary>True when a word of the pattern ends in <c>*</c>, so that its query needs the index's words (<see cref="ToQuery(IndexReader)"/>).</summary>
    public bool HasPrefixes => isPrefix.Contains(true);

    // The type given to a token that a star made a prefix; analysers never produce it.
    private const string PrefixType = "<PREFIX>";

    [GeneratedRegex(@"[\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsLatinExtended-B}-[\W_]]+\*", RegexOptions.CultureInvariant)]
    private static partial Regex PrefixWord();

    // A bigram is implied when the kept bigrams before and after it cover its two characters.
    private static bool IsImplied(int position, HashSet<int> bigramStarts)
    {
        var runStart = position;
        while (bigramStarts.Contains(runStart - 1))
        {
            runStart--;
        }

        return (position - runStart) % 2 == 1 && bigramStarts.Contains(position + 1);
    }

    /// <summary>
    /// The query for this pattern in the index that <paramref name="reader"/> reads, its prefixes expanded to the words
    /// they begin there.
    /// </summary>
    /// <exception cref="ArgumentException">A prefix begins more than <see cref="MaxPrefixExpansions"/> of the index's words.</exception>
    public Query ToQuery(IndexReader reader)
    {
        if (!HasPrefixes)
        {
            return ToQuery();
        }

        // A lone prefix goes through the phrase too: with one position the phrase query becomes a disjunction of the
        // words the prefix was expanded to, so the index's words are walked once and the limit holds alike alone and in
        // a phrase.
        var phrase = new MultiPhraseQuery();
        for (var i = 0; i < terms.Length; i++)
        {
            var (offset, term) = terms[i];
            var alternatives = isPrefix[i] ? Expand(reader, term) : [new Term(field, term)];
            if (alternatives.Length == 0)
            {
                // No word begins so: nothing can match, and a phrase query must not be given an empty position.
                return new BooleanQuery();
            }

            phrase.Add(alternatives, offset);
        }

        return phrase;
    }

    private Term[] Expand(IndexReader reader, string prefix)
    {
        var words = new List<Term>();
        var indexed = MultiFields.GetTerms(reader, field);
        if (indexed is null)
        {
            return [];
        }

        var start = new BytesRef(prefix);
        var enumerator = indexed.GetEnumerator();
        if (enumerator.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        do
        {
            if (!StringHelper.StartsWith(enumerator.Term, start))
            {
                break;
            }

            if (words.Count == MaxPrefixExpansions)
            {
                throw new ArgumentException($"More than {MaxPrefixExpansions} words of the memory begin with '{prefix}'; give more of the word before the *.");
            }

            words.Add(new Term(field, enumerator.Term.Utf8ToString()));
        }
        while (enumerator.MoveNext());

        return [.. words];
    }

    public Query ToQuery()
    {
        if (terms.Length == 1)
        {
            return new TermQuery(new Term(field, terms[0].Term));
        }

        var phrase = new PhraseQuery();
        foreach (var (offset, term) in terms)
        {
            phrase.Add(new Term(field, term), offset);
        }

        return phrase;
    }

    /// <summary>
    /// Where the phrase occurs in <paramref name="text"/>, in order, overlapping occurrences merged; only the first
    /// <see cref="AddOptions.DefaultMaxSegmentLength"/> characters are searched. A memory may hold units stored before
    /// <see cref="AddOptions.MaxSegmentLength"/> kept whole documents out, and analysing one of tens of megabytes for
    /// a page of hits took most of a minute and gigabytes.
    /// </summary>
    public IReadOnlyList<TextSpan> FindIn(string text)
    {
        var tokens = AnalyzedToken.Analyze(field, Prefix(text, AddOptions.DefaultMaxSegmentLength));
        var byPosition = tokens.ToLookup(t => t.Position);
        var spans = new List<TextSpan>();
        foreach (var first in tokens.Where(t => Matches(t.Term, 0)))
        {
            var start = first.Start;
            var end = first.End;
            var matched = true;
            for (var i = 1; i < terms.Length; i++)
            {
                var index = i;
                var token = byPosition[first.Position + terms[i].Offset].FirstOrDefault(t => Matches(t.Term, index));
                if (token.Term is null)
                {
                    matched = false;
                    break;
                }

                start = Math.Min(start, token.Start);
                end = Math.Max(end, token.End);
            }

            if (matched)
            {
                spans.Add(Trimmed(text, start, end));
            }
        }

        return Merge(spans);
    }

    private bool Matches(string token, int index) =>
        isPrefix[index] ? token.StartsWith(terms[index].Term, StringComparison.Ordinal) : token == terms[index].Term;

    private static string Prefix(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    // A token's end offset may reach over whitespace the ideograph filter dropped after it.
    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static List<TextSpan> Merge(List<TextSpan> spans)
    {
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<TextSpan>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = TextSpan.FromBounds(merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
