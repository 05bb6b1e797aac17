using System.Globalization;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Commands;

internal sealed class StatsCommand : Command
{
    public override string Name => "stats";

    public override string Summary => "Show what a translation memory holds.";

    public override string Usage => "stats [--index DIR] [--json]";

    public override IReadOnlyList<Option> Options => [MemoryLocation.Option, new("json", "Print the statistics as JSON.")];

    public override IReadOnlyList<string> Examples => ["stats", "stats --index my-memory --json"];

    public override int Run(Arguments args, CliConsole console)
    {
        using var memory = MemoryLocation.OpenForReading(args);
        var statistics = memory.GetStatistics();
        if (args.Flag("json"))
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
