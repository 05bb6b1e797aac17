using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Commands;

internal sealed class CompactCommand : CliCommand
{
    private readonly Option<string?> index = MemoryLocation.CreateOption();
    private readonly Option<int> wait = MemoryLocation.CreateWaitOption();

    public CompactCommand()
        : base("compact", "Merge a translation memory into one index segment, for faster lookups.")
    {
        Options.Add(index);
        Options.Add(wait);
    }

    public override string Usage => "compact [--index DIR] [--wait SECONDS]";

    public override string Details => """
        Merge a translation memory into one index segment, for faster lookups.

        Large imports leave a memory in several segments, and a lookup reads each query term once per segment.
        Compacting after a large import makes lookups somewhat faster (docs/benchmarks.md has the figures) and drops
        what deleted units leave behind. It needs free disk space about the size of the memory while it runs;
        lookups keep working meanwhile.
        """;

    public override IReadOnlyList<string> Examples => ["compact", "compact --index my-memory"];

    public override int Run(ParseResult args, CliConsole console)
    {
        using var memory = MemoryLocation.OpenExistingForWriting(args.GetValue(index), args.GetValue(wait), console);
        var before = memory.GetStatistics();
        var clock = Stopwatch.StartNew();
        memory.Compact();
        var after = memory.GetStatistics();
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"compacted {memory.Location}: {after.UnitCount} units, {before.SizeInBytes / 1024.0 / 1024.0:0.0} MB -> {after.SizeInBytes / 1024.0 / 1024.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s"));
        return CliApplication.Success;
    }
}
