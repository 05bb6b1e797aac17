using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Parses a command line, checks its files, runs its command, and turns every failure into one line on stderr and
/// an exit code: 0 done, 1 unusable input, 2 wrong command line.
/// </summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;

    /// <summary>Response files (<c>@file</c>) are off: a query or a phrase may well start with <c>@</c>.</summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, TextReader? input = null)
    {
        var commands = CommandCatalog.Create();
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            if (args.Count > 1 && commands.FirstOrDefault(c => c.Name == args[1]) is { } topic)
            {
                HelpWriter.WriteCommand(output, topic);
            }
            else
            {
                HelpWriter.WriteOverview(output, commands);
            }

            return args.Count == 0 ? UsageError : Success;
        }

        if (args is ["--version"])
        {
            output.WriteLine(HelpWriter.Version);
            return Success;
        }

        var suggest = new SuggestDirective();
        var parsed = Root(commands, suggest).Parse(args, Parsing);
        if (parsed.GetResult(suggest) is not null)
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        if (parsed.CommandResult.Command is not CliCommand command)
        {
            error.WriteLine($"alignment: error: unknown command '{args[0]}'; see 'alignment --help'.");
            return UsageError;
        }

        if (parsed.Action is HelpAction)
        {
            HelpWriter.WriteCommand(output, command);
            return Success;
        }

        if (UsageErrors.First(parsed, command) is { } problem)
        {
            error.WriteLine($"alignment {command.Name}: error: {problem}; see 'alignment {command.Name} --help'.");
            return UsageError;
        }

        return Execute(command, parsed, new CliConsole(output, error, input ?? TextReader.Null));
    }

    /// <summary>Checks a well-formed command's files and runs it; every expected failure becomes one line and a code.</summary>
    private static int Execute(CliCommand command, ParseResult parsed, CliConsole console)
    {
        var error = console.Error;
        try
        {
            var inputs = command.InputsOf(parsed);
            InputFiles.Check(inputs, command.MaxInputSize(parsed));
            OutputFiles.Check(command.OutputsOf(parsed), inputs);
            return command.Run(parsed, console);
        }
        catch (UsageException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.Message}; see 'alignment {command.Name} --help'.");
            return UsageError;
        }
        catch (LengthMismatchException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.FileName}: {e.Problem}; if they are translations of each other, align them anyway with {ReadingOptions.LengthMismatchFlag}");
            return InputError;
        }
        catch (UnrelatedDocumentsException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.FileName}: {e.Problem}; nothing written; if they are translations of each other, keep the alignment with {ReadingOptions.ForceFlag}");
            return InputError;
        }
        catch (InputException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"alignment {command.Name}: error: {FileFirst(e.Message)}");
            return InputError;
        }
    }

    /// <summary>
    /// The system's message with the file it names first, as every other error line is written ("PATH: problem"):
    /// .NET writes "No space left on device : 'PATH'".
    /// </summary>
    internal static string FileFirst(string message)
    {
        const string Separator = " : '";
        var at = message.LastIndexOf(Separator, StringComparison.Ordinal);
        if (at <= 0 || !message.EndsWith('\'') || message.Length - at - Separator.Length - 1 <= 0)
        {
            return message;
        }

        var path = message[(at + Separator.Length)..^1];
        var problem = message[..at].TrimEnd('.');
        return $"{path}: {char.ToLowerInvariant(problem[0])}{problem[1..]}";
    }

    /// <summary>
    /// The tool as System.CommandLine sees it: the commands, help (<c>-h</c>, <c>--help</c>) and the <c>[suggest]</c>
    /// directive that shell completion calls (README shows how to turn it on).
    /// </summary>
    private static RootCommand Root(IReadOnlyList<CliCommand> commands, SuggestDirective suggest)
    {
        var root = new RootCommand("alignment");
        root.Directives.Clear();
        root.Directives.Add(suggest);

        // Only -h and --help: "/h" and "/?" are paths on Unix, and "-?" a query.
        root.Options.Clear();
        root.Options.Add(new HelpOption("--help", "-h"));
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
