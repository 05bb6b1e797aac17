using System.CommandLine;
using System.Globalization;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Commands;

internal sealed class StatsCommand : CliCommand
{
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<bool> json = CliOptions.Flag("--json", "Print the statistics as JSON.");
    private readonly Option<bool> documents = CliOptions.Flag("--documents", "List the documents the units came from, one a line (the names 'index --delete' and 'export --document' take).");

    public StatsCommand()
        : base("stats", "Show what a translation memory holds.")
    {
        Options.Add(index);
        Options.Add(json);
        Options.Add(documents);
    }

    public override string Usage => "stats [--index DIR] [--json] [--documents]";

    public override IReadOnlyList<string> Examples => ["stats", "stats --index my-memory --json", "stats --documents"];

    public override int Run(ParseResult args, CliConsole console)
    {
        using var memory = MemoryLocation.OpenForReading(args.GetValue(index));
        if (args.GetValue(documents))
        {
            var names = memory.ListDocuments();
            if (args.GetValue(json))
            {
                console.Out.WriteLine(Json.Serialize(names));
            }
            else
            {
                foreach (var name in names)
                {
                    console.Out.WriteLine(name);
                }
            }

            return CliApplication.Success;
        }

        var statistics = memory.GetStatistics();
        if (args.GetValue(json))
        {
            console.Out.WriteLine(Json.Serialize(new
            {
                location = memory.Location,
                units = statistics.UnitCount,
                documents = statistics.DocumentCount,
                languages = statistics.Languages.Select(l => l.Tag),
                bytes = statistics.SizeInBytes,
                segments = statistics.SegmentCount,
            }));
            return CliApplication.Success;
        }

        console.Out.WriteLine($"memory:    {memory.Location}");
        console.Out.WriteLine($"units:     {statistics.UnitCount}");
        console.Out.WriteLine($"documents: {statistics.DocumentCount}");
        console.Out.WriteLine($"languages: {string.Join(", ", statistics.Languages.Select(l => l.Tag))}");
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"size:      {statistics.SizeInBytes / 1024.0 / 1024.0:0.0} MB"));
        console.Out.WriteLine($"segments:  {statistics.SegmentCount}{(statistics.SegmentCount > 1 ? " ('alignment compact' merges them for faster lookups)" : string.Empty)}");
        return CliApplication.Success;
    }
}
