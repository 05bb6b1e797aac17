using System.CommandLine;
using Alignment.Cli.CommandLine;
using Alignment.Documents;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class ConcordCommand : CliCommand
{
    /// <summary>The highest page asked for: with the largest page size, the hits before it still count in an int.</summary>
    private const int MaxPage = 100_000;

    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<Language?> language = CliOptions.Language("--lang", "The language of PHRASE (zh or en; detected when left out).");
    private readonly Option<int> page = CliOptions.WholeNumber("--page", "N", "Which page of results, from 1 (default 1).", 1, 1, MaxPage);
    private readonly Option<int> pageSize = CliOptions.WholeNumber("--page-size", "N", "Units per page, 1 to 1000 (default 20).", ConcordanceOptions.Default.PageSize, 1, 1000);
    private readonly Option<bool> countAll = CliOptions.Flag("--count-all", "Count every unit, however many (slower for a phrase in much of a large memory).");
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print the page as JSON, with highlight offsets.");
    private readonly QueryInput query;

    public ConcordCommand()
        : base("concord", "Bilingual concordance: every unit containing a phrase, both sides, hits marked.")
    {
        query = new QueryInput(this, "PHRASE", "The phrase to find.");
        foreach (var option in new Option[] { index, language, page, pageSize, countAll, json })
        {
            Options.Add(option);
        }

        Reads(args => [query.FileOf(args)]);
    }

    public override string Usage => "concord [--index DIR] PHRASE [--lang zh|en] [--page N] [--count-all] [--json]";

    public override string Details => """
        Searches the translation memory for PHRASE on its language's side (a Chinese phrase of any length, even two
        characters such as 证据; an English phrase with plurals and case folded; a word ending in * stands for every word
        of the memory it begins, so bridg* finds bridge, bridges and bridging) and shows each unit with both sides,
        the phrase marked between [ and ]. Identical units are shown once with their count; a unit the aligner was
        unsure of (confidence below 0.5) says so, as lookup does: "(doubtful alignment: confidence 0.25)". Counting stops after
        10,000 distinct units (shown as "10000+") unless --count-all is given.
        """;

    public override IReadOnlyList<string> Examples =>
    [
        "concord 电子证据",
        "concord \"mutual legal assistance\" --page 2",
    ];

    public override int Run(ParseResult args, CliConsole console)
    {
        var phrase = query.Read(args, console.In, MaxInputSize(args));
        var lang = MemoryLocation.LanguageOf(args.GetValue(language), phrase);
        var pageNumber = args.GetValue(page);
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        ConcordancePage result;
        try
        {
            result = memory.Concordance(phrase, lang, new ConcordanceOptions
            {
                PageIndex = pageNumber - 1,
                PageSize = args.GetValue(pageSize),
                CountLimit = args.GetValue(countAll) ? int.MaxValue : ConcordanceOptions.Default.CountLimit,
            });
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }

        if (args.GetValue(json))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                phrase,
                language = lang.Tag,
                page = pageNumber,
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
                    confidence = h.Unit.Provenance.Confidence,
                    doubtful = Bands.IsDoubtful(h.Unit, MatchPenalties.Default),
                }),
            }));
            return CliApplication.Success;
        }

        var more = result.TotalsAreExact ? string.Empty : "+";
        console.Out.WriteLine($"{result.TotalHits}{more} units contain \"{Printable.Of(phrase)}\" ({result.TotalUnits}{more} with repeats); page {pageNumber} of {Math.Max(result.PageCount, 1)}{more}");
        foreach (var hit in result.Hits)
        {
            var repeats = hit.Count > 1 ? $" (×{hit.Count})" : string.Empty;
            var doubt = Bands.IsDoubtful(hit.Unit, MatchPenalties.Default) ? $" ({Bands.Doubt(hit.Unit)})" : string.Empty;
            console.Out.WriteLine($"- {Printable.Of(hit.Source.Mark("[", "]"))}{repeats}{doubt}");
            console.Out.WriteLine($"  {Printable.Of(hit.Target.Mark("[", "]"))}");
        }

        return CliApplication.Success;
    }
}
