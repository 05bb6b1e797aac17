namespace Alignment.Cli.CommandLine;

/// <summary>
/// The streams a command uses: results on <see cref="Out"/>, progress and diagnostics on <see cref="Error"/>, and
/// <see cref="In"/> for a query read from standard input.
/// </summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TextReader input)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader In { get; } = input;

    /// <summary>Reports a step of a long-running job on stderr, so stdout stays clean for results.</summary>
    public void Progress(string message) => Error.WriteLine($"» {message}");
}
