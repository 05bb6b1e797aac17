using Alignment.Cli.CommandLine;

namespace Alignment.Cli.Tests;

/// <summary>Runs the tool in-process, as a user would from a shell, and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput(string.Empty, args);

    /// <summary>Runs the tool with <paramref name="input"/> as its standard input.</summary>
    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exitCode = CliApplication.Run(args, output, error, reader);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The error lines, without progress lines (which start with »).</summary>
    public string[] ErrorLines => [.. Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('»'))];
}
