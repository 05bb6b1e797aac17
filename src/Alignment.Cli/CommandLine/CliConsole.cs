namespace Alignment.Cli.CommandLine;

/// <summary>The streams a command writes to: results on <see cref="Out"/>, progress and diagnostics on <see cref="Error"/>.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Reports a step of a long-running job on stderr, so stdout stays clean for results.</summary>
    public void Progress(string message) => Error.WriteLine($"» {message}");
}
