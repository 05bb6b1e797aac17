using System.Reflection;

namespace Alignment.Cli.CommandLine;

/// <summary>Dispatches a command line to its command and turns every failure into one line and an exit code.</summary>
internal static class CliApplication
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var console = new CliConsole(output, error);
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            var topic = args.Count > 1 ? Find(args[1]) : null;
            if (topic is not null)
            {
                topic.WriteHelp(output);
            }
            else
            {
                WriteOverview(output);
            }

            return args.Count == 0 ? UsageError : Success;
        }

        if (args[0] == "--version")
        {
            output.WriteLine(Version);
            return Success;
        }

        var command = Find(args[0]);
        if (command is null)
        {
            error.WriteLine($"alignment: error: unknown command '{args[0]}'; see 'alignment --help'.");
            return UsageError;
        }

        var rest = args.Skip(1).ToList();
        if (rest.Any(a => a is "-h" or "--help"))
        {
            command.WriteHelp(output);
            return Success;
        }

        try
        {
            return command.Run(Arguments.Parse(command.Name, command.Options, rest), console);
        }
        catch (UsageException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.Message}");
            return UsageError;
        }
        catch (InputException e)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.Message}");
            return InputError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"alignment {command.Name}: error: {e.Message}");
            return InputError;
        }
    }

    private static string Version =>
        typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private static Command? Find(string name) => CommandCatalog.All.FirstOrDefault(c => c.Name == name);

    private static void WriteOverview(TextWriter output)
    {
        output.WriteLine($"alignment {Version}: align Chinese and English documents into a searchable translation memory.");
        output.WriteLine();
        output.WriteLine("usage: alignment COMMAND [options]      (alignment COMMAND --help for details and examples)");
        output.WriteLine();
        output.WriteLine("commands:");
        var width = CommandCatalog.All.Select(c => c.Name.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var command in CommandCatalog.All)
        {
            output.WriteLine($"  {command.Name.PadRight(width)}{command.Summary}");
        }
    }
}
