using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Tests;

/// <summary>Runs the tool in-process, as a user would from a shell, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The error lines, without progress lines (which start with »).</summary>
    public string[] ErrorLines => [.. Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('»'))];
}
