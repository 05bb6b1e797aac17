namespace Alignment.Cli.CommandLine;

/// <summary>Every command the tool offers, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    /// <summary>The names, for tests and help that need no parser.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Create().Select(c => c.Name)];

    /// <summary>A fresh set of commands: a command's options belong to the one parser they are added to.</summary>
    public static IReadOnlyList<CliCommand> Create() =>
    [
        new Commands.DemoCommand(),
        new Commands.SegmentCommand(),
        new Commands.AlignCommand(),
        new Commands.ReviewCommand(),
        new Commands.IndexCommand(),
        new Commands.LookupCommand(),
        new Commands.ConcordCommand(),
        new Commands.TermsCommand(),
        new Commands.ServeCommand(),
        new Commands.ExportCommand(),
        new Commands.StatsCommand(),
        new Commands.CompactCommand(),
        new Commands.EvaluateCommand(),
    ];
}
