using Alignment.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Alignment.Memory.Searching;

/// <summary>
/// A searched phrase as a sequence of index terms at relative positions: the query that finds it, and the matcher
/// that finds it again in a hit's text to highlight it. Both run the field's own analysis, so what is highlighted
/// is exactly what matched (stemmed English words, Chinese bigrams).
/// </summary>
internal sealed class PhrasePattern
{
    private readonly string field;
    private readonly (int Offset, string Term)[] terms;

    private PhrasePattern(string field, (int Offset, string Term)[] terms)
    {
        this.field = field;
        this.terms = terms;
    }

    /// <summary>The pattern for <paramref name="phrase"/>; false when it holds nothing searchable (only punctuation, say).</summary>
    public static bool TryParse(string field, string phrase, out PhrasePattern pattern)
    {
        var tokens = AnalyzedToken.Analyze(field, phrase);

        // A bigram covers its own character and the next: the characters a bigram covers add nothing to the phrase.
        var bigramStarts = tokens.Where(t => t.Type == AnalyzedToken.Bigram).Select(t => t.Position).ToHashSet();
        tokens.RemoveAll(t => t.Type == AnalyzedToken.Unigram && (bigramStarts.Contains(t.Position) || bigramStarts.Contains(t.Position - 1)));

        // In a run of bigrams every other one, and the last, already fix every character (网络@0 犯罪@2 is 网络犯罪):
        // fewer terms, fewer positions to read for a frequent phrase.
        tokens.RemoveAll(t => t.Type == AnalyzedToken.Bigram && IsImplied(t.Position, bigramStarts));
        pattern = new PhrasePattern(field, [.. tokens.Select(t => (t.Position - (tokens.Count > 0 ? tokens[0].Position : 0), t.Term))]);
        return tokens.Count > 0;
    }

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
        foreach (var first in tokens.Where(t => t.Term == terms[0].Term))
        {
            var start = first.Start;
            var end = first.End;
            var matched = true;
            foreach (var (offset, term) in terms.AsSpan(1))
            {
                var token = byPosition[first.Position + offset].FirstOrDefault(t => t.Term == term);
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
