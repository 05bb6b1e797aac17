using System.Globalization;
using Alignment.Cli.CommandLine;
using Alignment.Memory;

namespace Alignment.Cli.Commands;

internal sealed class LookupCommand : Command
{
    public override string Name => "lookup";

    public override string Summary => "Fuzzy-match a segment against the translation memory, as a CAT tool would.";

    public override string Usage => "lookup [--index DIR] [--lang zh|en] TEXT [--json]";

    public override string Description => """
        Finds the closest earlier translations of TEXT, with CAT-style match percentages: 100 only for identical
        text, 101 when the neighbouring segments match too (--prev/--next), fuzzy matches scored on characters for
        Chinese and words for English, less a point for whitespace-, case- or width-only differences and five for
        doubtful aligned units. Bands: 100, 95–99, 85–94, 75–84, 50–74.
        """;

    public override IReadOnlyList<Option> Options =>
    [
        MemoryLocation.Option,
        new("lang", "The language of TEXT (zh or en; detected when left out).", "LANG"),
        new("target-lang", "The language of the translations (default: the other of zh and en).", "LANG"),
        new("max", "How many matches at most (default 5).", "N"),
        new("min", "The lowest match percentage shown (default 70).", "PERCENT"),
        new("prev", "The segment before TEXT in your document, for context (101%) matches.", "TEXT"),
        new("next", "The segment after TEXT in your document, for context (101%) matches.", "TEXT"),
        new("json", "Print the matches as JSON."),
    ];

    public override IReadOnlyList<string> Examples =>
    [
        "lookup \"专家组第八次会议于 2022 年 4 月 6 日至 8 日在维也纳举行。\"",
        "lookup --lang en \"The first meeting of the Expert Group was held in Vienna.\" --json",
    ];

    public override int Run(Arguments args, CliConsole console)
    {
        var text = args.Positional(0, "TEXT");
        var source = MemoryLocation.LanguageOf(args, text);
        var target = args.Value("target-lang") is { } tag ? Documents.Language.Parse(tag) : MemoryLocation.Other(source);
        var options = new LookupOptions
        {
            MaxResults = args.Int("max", 5),
            MinimumScore = args.Int("min", 70),
            Context = new LookupContext(args.Value("prev", string.Empty), args.Value("next", string.Empty)),
        };
        using var memory = MemoryLocation.OpenForReading(args);
        var matches = memory.Lookup(text, source, target, options);
        if (args.Flag("json"))
        {
            console.Out.WriteLine(Json.Serialize(matches.Select(m => new
            {
                score = m.Score.Value,
                band = Bands.Show(m.Band),
                source = m.Source.Text,
                target = m.Target.Text,
                differences = m.Differences.ToString(),
                document = m.Unit.Provenance.Document,
                path = m.Unit.Provenance.Path,
                origin = m.Unit.Origin.ToString(),
                confidence = m.Unit.Provenance.Confidence,
            })));
            return CliApplication.Success;
        }

        if (matches.Count == 0)
        {
            console.Out.WriteLine($"no match of {options.MinimumScore}% or more");
        }

        foreach (var match in matches)
        {
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{match.Score,4}  {match.Source.Text}   [{Bands.Show(match.Band)}]"));
            console.Out.WriteLine($"      {match.Target.Text}");
            console.Out.WriteLine($"      ({match.Unit.Provenance.Document} {match.Unit.Provenance.Path})".Replace(" ()", string.Empty, StringComparison.Ordinal));
        }

        return CliApplication.Success;
    }
}
