using Alignment.Cli.CommandLine;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class ConcordCommand : Command
{
    public override string Name => "concord";

    public override string Summary => "Bilingual concordance: every unit containing a phrase, both sides, hits marked.";

    public override string Usage => "concord [--index DIR] PHRASE [--lang zh|en] [--page N] [--count-all] [--json]";

    public override string Description => """
        Searches the translation memory for PHRASE on its language's side (a Chinese phrase of any length, even two
        characters such as 证据; an English phrase with plurals and case folded) and shows each unit with both sides,
        the phrase marked between [ and ]. Identical units are shown once with their count. Counting stops after
        10,000 distinct units (shown as "10000+") unless --count-all is given.
        """;

    public override IReadOnlyList<Option> Options =>
    [
        MemoryLocation.Option,
        new("lang", "The language of PHRASE (zh or en; detected when left out).", "LANG"),
        new("page", "Which page of results, from 1 (default 1).", "N"),
        new("page-size", "Units per page (default 20).", "N"),
        new("count-all", "Count every unit, however many (slower for a phrase in much of a large memory)."),
        new("json", "Print the page as JSON, with highlight offsets."),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "concord 电子证据",
        "concord \"mutual legal assistance\" --page 2",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var phrase = args.Positional(0, "PHRASE");
        var language = MemoryLocation.LanguageOf(args, phrase);
        var page = args.Int("page", 1);
        if (page < 1)
        {
            throw new UsageException("--page counts from 1.");
        }

        using var memory = MemoryLocation.OpenForReading(args);
        var result = memory.Concordance(phrase, language, new ConcordanceOptions
        {
            PageIndex = page - 1,
            PageSize = args.Int("page-size", 20),
            CountLimit = args.Flag("count-all") ? int.MaxValue : ConcordanceOptions.Default.CountLimit,
        });
        if (args.Flag("json"))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                phrase,
                language = language.Tag,
                page,
                pages = result.PageCount,
                totalHits = result.TotalHits,
                totalUnits = result.TotalUnits,
                totalsAreExact = result.TotalsAreExact,
                hits = result.Hits.Select(h => new
                {
                    count = h.Count,
                    source = h.Source.Text,
                    sourceHighlights = h.Source.Highlights.Select(s => new[] { s.Start, s.End }),
                    target = h.Target.Text,
                    targetHighlights = h.Target.Highlights.Select(s => new[] { s.Start, s.End }),
                    document = h.Unit.Provenance.Document,
                }),
            }));
            return CliApplication.Success;
        }

        var more = result.TotalsAreExact ? string.Empty : "+";
        console.Out.WriteLine($"{result.TotalHits}{more} units contain \"{phrase}\" ({result.TotalUnits}{more} with repeats); page {page} of {Math.Max(result.PageCount, 1)}{more}");
        foreach (var hit in result.Hits)
        {
            var repeats = hit.Count > 1 ? $" (×{hit.Count})" : string.Empty;
            console.Out.WriteLine($"- {hit.Source.Mark("[", "]")}{repeats}");
            console.Out.WriteLine($"  {hit.Target.Mark("[", "]")}");
        }

        return CliApplication.Success;
    }
}
