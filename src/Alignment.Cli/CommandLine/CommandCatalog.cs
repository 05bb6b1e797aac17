namespace Alignment.Cli.CommandLine;

/// <summary>Every command the tool offers, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<Command> All { get; } =
    [
        new Commands.DemoCommand(),
        new Commands.SegmentCommand(),
        new Commands.AlignCommand(),
        new Commands.IndexCommand(),
        new Commands.LookupCommand(),
        new Commands.ConcordCommand(),
        new Commands.TermsCommand(),
        new Commands.StatsCommand(),
        new Commands.CompactCommand(),
        new Commands.EvaluateCommand(),
    ];
}
