using System.CommandLine;
using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class LookupCommand : CliCommand
{
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<Language?> language = CliOptions.Language("--lang", "The language of TEXT (zh or en; detected when left out).");
    private readonly Option<Language?> targetLanguage = CliOptions.Language("--target-lang", "The language of the translations (default: the other of zh and en).");
    private readonly Option<int> max = CliOptions.WholeNumber("--max", "N", "How many matches at most, 1 to 100 (default 5).", LookupOptions.Default.MaxResults, 1, 100);
    private readonly Option<int> min = CliOptions.WholeNumber("--min", "PERCENT", "The lowest match percentage shown, 0 to 101 (default 70).", LookupOptions.Default.MinimumScore, 0, MatchScore.ContextValue);
    private readonly Option<string?> previous = CliOptions.Text("--prev", "TEXT", "The segment before TEXT in your document, for context (101%) matches; enough alone.");
    private readonly Option<string?> next = CliOptions.Text("--next", "TEXT", "The segment after TEXT in your document, for context (101%) matches; enough alone.");
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print the matches as JSON.");
    private readonly QueryInput query;

    public LookupCommand()
        : base("lookup", "Fuzzy-match a segment against the translation memory, as a CAT tool would.")
    {
        query = new QueryInput(this, "TEXT", "The segment to translate.");
        foreach (var option in new Option[] { index, language, targetLanguage, max, min, previous, next, json })
        {
            Options.Add(option);
        }

        Reads(args => [query.FileOf(args)]);
    }

    public override string Usage => "lookup [--index DIR] [--lang zh|en] TEXT [--json]   |   lookup --query-file FILE|- [options]";

    public override string Details => """
        Finds the closest earlier translations of TEXT, with CAT-style match percentages: 100 only for identical
        text, 101 when the neighbouring segments match too (--prev, --next or both: one is enough, and the band
        says which matched), fuzzy matches scored on characters for Chinese and words for English, less a point
        for whitespace-, case- or width-only differences, and five to forty for aligned units below confidence 0.5, more the more doubtful (shown beside the band: "doubtful
        alignment: confidence 0.25, −23 points"; in --json as doubtful and doubtPenalty). A fuzzy match shows what
        differs from TEXT: {+words TEXT adds+} and [-words it lacks-] (in --json, diff: kind same, added or removed). Bands: 100, 95–99,
        85–94, 75–84, 50–74. A segment that starts with a dash and a letter goes after -- (lookup -- "-based
        approaches …"); a long one can come from a file or standard input with --query-file.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "lookup \"专家组第八次会议于 2022 年 4 月 6 日至 8 日在维也纳举行。\"",
        "lookup --lang en \"The first meeting of the Expert Group was held in Vienna.\" --json",
        "lookup --query-file segment.txt --max 3",
        "lookup \"会员国应努力加强电子证据收集方面的合作。\" --prev \"专家组第一次会议于 2011 年举行。\"",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        var text = query.Read(args, console.In, MaxInputSize(args));
        var source = MemoryLocation.LanguageOf(args.GetValue(language), text);
        var target = args.GetValue(targetLanguage) ?? MemoryLocation.Other(source);
        if (source.IsSameLanguageAs(target))
        {
            throw new UsageException($"--target-lang {target} is the language of TEXT ({source}); a lookup finds translations into another");
        }

        var options = new LookupOptions
        {
            MaxResults = args.GetValue(max),
            MinimumScore = args.GetValue(min),
            Context = new LookupContext(args.GetValue(previous) ?? string.Empty, args.GetValue(next) ?? string.Empty),
        };
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        var matches = memory.Lookup(text, source, target, options);
        if (args.GetValue(json))
        {
            console.Out.WriteLine(Json.Serialize(matches.Select(m => new
            {
                score = m.Score.Value,
                band = Bands.Show(m.Band),
                context = m.Context == MatchedContext.None ? "none" : m.Context.ToString().ToLowerInvariant().Replace(", ", "+", StringComparison.Ordinal),
                source = m.Source.Text,
                target = m.Target.Text,
                differences = m.Differences.ToString(),
                diff = TextDifference.Between(text, m.Source.Text).Select(d => new { kind = d.Kind.ToString().ToLowerInvariant(), text = d.Text }),
                document = m.Unit.Provenance.Document,
                path = m.Unit.Provenance.Path,
                origin = m.Unit.Origin.ToString(),
                confidence = m.Unit.Provenance.Confidence,
                doubtful = m.Differences.HasFlag(MatchDifferences.LowConfidence),
                doubtPenalty = m.Differences.HasFlag(MatchDifferences.LowConfidence) ? options.Penalties.ForConfidence(m.Unit.Provenance.Confidence) : 0,
            })));
            return CliApplication.Success;
        }

        if (matches.Count == 0)
        {
            console.Out.WriteLine($"no match of {options.MinimumScore}% or more");
        }

        foreach (var match in matches)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{match.Score,4}  {Printable.Of(match.Source.Text)}   [{Bands.Show(match, options.Penalties)}]"));
            console.Out.WriteLine($"      {Printable.Of(match.Target.Text)}");
            if (match.Differences.HasFlag(MatchDifferences.Text))
            {
                // What the query adds to the stored source {+like this+}, and what it lacks [-like this-].
                console.Out.WriteLine($"      diff: {Printable.Of(TextDifference.Mark(TextDifference.Between(text, match.Source.Text)))}");
            }

            var provenance = string.Join(' ', new[] { match.Unit.Provenance.Document, match.Unit.Provenance.Path }.Where(part => part.Length > 0).Select(Printable.Of));
            if (provenance.Length > 0)
            {
                console.Out.WriteLine($"      ({provenance})");
            }
        }

        return CliApplication.Success;
    }
}
