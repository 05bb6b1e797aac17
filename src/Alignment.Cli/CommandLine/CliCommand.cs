using System.CommandLine;
using System.CommandLine.Parsing;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// One subcommand of the tool: its typed options and arguments, the help that documents it, the files it reads and
/// writes (checked before any work starts), and what it does.
/// </summary>
internal abstract class CliCommand : Command
{
    private readonly List<Func<ParseResult, IEnumerable<string?>>> inputs = [];
    private readonly List<Func<ParseResult, string?>> outputs = [];

    protected CliCommand(string name, string summary)
        : base(name, summary)
    {
    }

    /// <summary>One line for the command list.</summary>
    public string Summary => Description ?? string.Empty;

    /// <summary>The synopsis after the tool name, e.g. <c>align ZH EN [-o OUT] [options]</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>Paragraphs shown under the synopsis in <c>--help</c>.</summary>
    public virtual string Details => Summary;

    /// <summary>Complete command lines (after <c>alignment</c>) that work on the bundled corpus.</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    /// <summary>The input files of a command line, in the order given; <c>-</c> (standard input) is not a file.</summary>
    public IReadOnlyList<string> InputsOf(ParseResult args) =>
        [.. inputs.SelectMany(files => files(args)).OfType<string>().Where(path => path != "-")];

    /// <summary>The files a command line writes.</summary>
    public IReadOnlyList<string> OutputsOf(ParseResult args) => [.. outputs.Select(file => file(args)).OfType<string>()];

    /// <summary>The largest input file the command reads: its <c>--max-size</c>, where it has one.</summary>
    public virtual long MaxInputSize(ParseResult args) => Documents.ReaderOptions.DefaultMaxFileSize;

    /// <summary>Does the work, once the command line has parsed and every input and output has been checked.</summary>
    /// <returns>The exit code.</returns>
    public abstract int Run(ParseResult args, CliConsole console);

    /// <summary>Declares files the command reads, so they are checked (existing regular files under the size limit) before it runs.</summary>
    protected void Reads(Func<ParseResult, IEnumerable<string?>> files) => inputs.Add(files);

    /// <summary>Declares a file the command writes, so that it is refused when it is one of the inputs.</summary>
    protected void Writes(Func<ParseResult, string?> file) => outputs.Add(file);

    /// <summary>
    /// Adds a check of options that go together; the message it returns is a usage error. It runs only on a command
    /// line whose every value parsed: a value that did not is reported by itself.
    /// </summary>
    protected void Check(Func<CommandResult, string?> problem) => Validators.Add(result => CheckParsed(result, problem));

    /// <summary>Runs <paramref name="problem"/> on a command line whose values all parsed, and reports what it finds.</summary>
    public static void CheckParsed(CommandResult result, Func<CommandResult, string?> problem)
    {
        string? message;
        try
        {
            message = problem(result);
        }
        catch (InvalidOperationException)
        {
            // A value that did not parse cannot be read; its own error is reported instead.
            return;
        }

        if (message is not null)
        {
            result.AddError(message);
        }
    }
}
