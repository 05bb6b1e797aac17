using Alignment.Documents;
using Alignment.Interchange;
using Alignment.Memory;
using Alignment.Writing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Alignment.Server.Hosting;

/// <summary>
/// The memory's search page and its API: fuzzy lookup, concordance, term equivalents and statistics (docs/http-api.md).
/// Every unit carries a link to its document pair's review page when the memory knows the pair.
/// </summary>
internal static class MemoryEndpoints
{
    private const int MaxText = 10_000;
    private const int MaxResults = 100;
    private const int MaxPageSize = 100;

    // As the command line's concord --page allows.
    private const int MaxPage = 100_000;

    public static void Map(IEndpointRouteBuilder app, TranslationMemory memory, ReviewLibrary reviews)
    {
        app.MapGet("/search", () => Assets.Serve("memory.html"));
        MapStatistics(app, memory);
        MapLookup(app, memory, reviews);
        MapConcordance(app, memory, reviews);
        MapTerms(app, memory, reviews);
    }

    private static void MapStatistics(IEndpointRouteBuilder app, TranslationMemory memory) =>
        app.MapGet("/api/stats", () => Answer(() =>
        {
            var stats = memory.GetStatistics();
            return Results.Json(new { units = stats.UnitCount, documents = stats.DocumentCount, languages = stats.Languages.Select(l => l.Tag), location = memory.Location });
        }));

    private static void MapLookup(IEndpointRouteBuilder app, TranslationMemory memory, ReviewLibrary reviews) =>
        app.MapGet("/api/lookup", (string? text, string? lang, string? target, string? max, string? min, string? prev, string? next) => Query(memory, text, lang, target, (query, source, other) =>
        {
            if (!WholeNumber.TryRead("max", max, LookupOptions.Default.MaxResults, 1, MaxResults, out var maxResults, out var refusal)
                || !WholeNumber.TryRead("min", min, LookupOptions.Default.MinimumScore, 0, MatchScore.ContextValue, out var minimumScore, out refusal))
            {
                return refusal;
            }

            var options = new LookupOptions
            {
                MaxResults = maxResults,
                MinimumScore = minimumScore,
                Context = new LookupContext(prev ?? string.Empty, next ?? string.Empty),
            };
            var links = new Links(reviews);
            return Results.Json(new
            {
                text = query,
                language = source.Tag,
                targetLanguage = other.Tag,
                matches = memory.Lookup(query, source, other, options).Select(m => new
                {
                    score = m.Score.Value,
                    source = m.Source.Text,
                    target = m.Target.Text,
                    differences = m.Differences.ToString(),
                    unit = Unit(m.Unit, links),
                }),
            });
        }));

    private static void MapConcordance(IEndpointRouteBuilder app, TranslationMemory memory, ReviewLibrary reviews) =>
        app.MapGet("/api/concordance", (string? text, string? lang, string? page, string? size) => Query(memory, text, lang, null, (query, language, _) =>
        {
            if (!WholeNumber.TryRead("page", page, 1, 1, MaxPage, out var pageNumber, out var refusal)
                || !WholeNumber.TryRead("size", size, ConcordanceOptions.Default.PageSize, 1, MaxPageSize, out var pageSize, out refusal))
            {
                return refusal;
            }

            var options = new ConcordanceOptions { PageIndex = pageNumber - 1, PageSize = pageSize };
            ConcordancePage result;
            try
            {
                result = memory.Concordance(query, language, options);
            }
            catch (ArgumentException e)
            {
                return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, e.Message);
            }

            var equivalents = Equivalents(memory.LookupTerm(query, language, language.IsChinese ? Language.English : Language.Chinese));
            var links = new Links(reviews);
            return Results.Json(new
            {
                text = query,
                language = language.Tag,
                page = result.PageIndex + 1,
                pages = result.PageCount,
                totalHits = result.TotalHits,
                totalUnits = result.TotalUnits,
                totalsAreExact = result.TotalsAreExact,
                hits = result.Hits.Select(h => new { count = h.Count, source = Highlighted(h.Source), target = Highlighted(Mark(h.Target, equivalents)), unit = Unit(h.Unit, links) }),
            });
        }));

    private static void MapTerms(IEndpointRouteBuilder app, TranslationMemory memory, ReviewLibrary reviews) =>
        app.MapGet("/api/terms", (string? text, string? lang, string? target) => Query(memory, text, lang, target, (term, language, other) =>
        {
            var result = memory.LookupTerm(term, language, other);
            var links = new Links(reviews);
            return Results.Json(new
            {
                term,
                language = language.Tag,
                targetLanguage = other.Tag,
                occurrences = result.Occurrences,
                occurrencesAreExact = result.OccurrencesAreExact,
                tooLittleEvidence = result.HasTooLittleEvidence,
                candidates = result.Candidates.Select(c => new
                {
                    text = c.Text,
                    variants = c.Variants,
                    alternatives = c.Alternatives,
                    together = c.CoOccurrences,
                    frequency = c.Frequency,
                    score = c.Score,
                    alignment = Math.Round(c.Alignment, 3),
                    bracketed = c.Bracketed,
                    examples = c.Examples.Select(e => new { term = Highlighted(e.Term), equivalent = Highlighted(e.Equivalent), unit = Unit(e.Unit, links) }),
                }),
            });
        }));

    /// <summary>Checks a query's text and languages, then answers it.</summary>
    private static IResult Query(TranslationMemory memory, string? text, string? lang, string? target, Func<string, Language, Language, IResult> answer) => Answer(() =>
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, "Give the text to search for in the 'text' parameter.");
        }

        if (text.Length > MaxText)
        {
            return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, $"The text is {text.Length} characters long; at most {MaxText} are searched.");
        }

        var detected = Language.Detect(text);
        if (!TryLanguage(lang, detected, out var source) || !TryLanguage(target, source.IsChinese ? Language.English : Language.Chinese, out var other))
        {
            return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, $"'{lang}' or '{target}' is not a language tag such as zh or en.");
        }

        if (Unheld(memory, [lang is null ? null : source, target is null ? null : other]) is { } problem)
        {
            return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, problem);
        }

        if (source.IsSameLanguageAs(other))
        {
            return ReviewEndpoints.Error(StatusCodes.Status400BadRequest, $"The text and its translations are both {source.Tag}.");
        }

        return answer(text.Trim(), source, other);
    });

    /// <summary>
    /// What is wrong with languages a request names that the memory holds no units in: a search in them can find
    /// nothing, and an empty answer would pass for "no match". A memory with no units takes any language.
    /// </summary>
    private static string? Unheld(TranslationMemory memory, Language?[] named)
    {
        if (named.All(language => language is null))
        {
            return null;
        }

        var held = memory.GetStatistics().Languages;
        return held.Count == 0 || named.FirstOrDefault(language => language is { } l && !held.Any(l.IsSameLanguageAs)) is not { } missing ? null
            : $"'{missing.Tag}' is not a language of this memory, which holds {string.Join(" and ", held.Select(l => l.Tag))}.";
    }

    /// <summary>
    /// Runs <paramref name="answer"/>, and turns a memory that cannot be read (damaged, removed or closed while the
    /// server runs) into 503 with the reason, so that a plug-in can tell it from a search that found nothing.
    /// </summary>
    private static IResult Answer(Func<IResult> answer)
    {
        try
        {
            return answer();
        }
        catch (Exception e) when (e is InputException or IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return ReviewEndpoints.Error(StatusCodes.Status503ServiceUnavailable, $"The memory cannot be read: {e.Message}");
        }
    }

    /// <summary>
    /// How the phrase is rendered across the memory: the forms of its strongest equivalents (at least half as strongly
    /// associated as the best one), longest first, so the concordance can mark the translation on the other side too.
    /// </summary>
    private static string[] Equivalents(TermEquivalents terms)
    {
        var best = terms.Candidates.Count > 0 ? terms.Candidates[0].Score : 0;
        return [.. terms.Candidates
            .Where(c => c.Score >= best / 2)
            .Take(3)
            .SelectMany(c => c.Variants.Prepend(c.Text).Concat(c.Alternatives))
            .Where(form => form.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(form => form.Length)];
    }

    /// <summary>The text with every occurrence of the given forms highlighted (case aside), the longest form winning where they overlap.</summary>
    private static HighlightedText Mark(HighlightedText text, string[] forms)
    {
        var taken = new bool[text.Text.Length];
        var spans = new List<TextSpan>();
        foreach (var form in forms)
        {
            for (var at = text.Text.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.Text.IndexOf(form, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (!taken.AsSpan(at, form.Length).Contains(true) && IsWordEdge(text.Text, at - 1) && IsWordEdge(text.Text, at + form.Length))
                {
                    taken.AsSpan(at, form.Length).Fill(true);
                    spans.Add(new TextSpan(at, form.Length));
                }
            }
        }

        return text with { Highlights = [.. text.Highlights.Concat(spans).OrderBy(s => s.Start).DistinctBy(s => s.Start)] };
    }

    /// <summary>True where a match may begin or end: the text's edges, a non-letter, or a Han character (Chinese has no spaces).</summary>
    private static bool IsWordEdge(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]) || Han.IsIdeograph(text[index]);

    private static bool TryLanguage(string? tag, Language fallback, out Language language)
    {
        language = fallback;
        return string.IsNullOrEmpty(tag) || Language.TryParse(tag, out language);
    }

    private static object Highlighted(HighlightedText text) =>
        new { text = text.Text, language = text.Language.Tag, highlights = text.Highlights.Select(s => new[] { s.Start, s.End }) };

    private static object Unit(TranslationUnit unit, Links links) => new
    {
        id = unit.Id,
        document = unit.Provenance.Document,
        path = unit.Provenance.Path,
        origin = unit.Origin,
        confidence = unit.Provenance.Confidence,
        review = links.For(unit),
    };

    /// <summary>Links from units to their review pages, looked up once per document within a request.</summary>
    private sealed class Links(ReviewLibrary reviews)
    {
        private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);

        public string For(TranslationUnit unit)
        {
            var document = unit.Provenance.Document;
            if (document.Length == 0)
            {
                return string.Empty;
            }

            if (!known.TryGetValue(document, out var link))
            {
                link = reviews.TryKeyOf(document, out var key) ? $"/review/{key}" : string.Empty;
                known[document] = link;
            }

            return link.Length == 0 ? link : $"{link}?unit={Uri.EscapeDataString(unit.Id)}";
        }
    }
}
