using System.CommandLine;
using System.Reflection;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Writes the tool's help: the overview with the command list and the exit codes, and each command's page with its
/// synopsis, description, arguments, options and examples (System.CommandLine's own help has no examples).
/// </summary>
internal static class HelpWriter
{
    public static string Version =>
        typeof(HelpWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static void WriteOverview(TextWriter output, IReadOnlyList<CliCommand> commands)
    {
        output.WriteLine($"alignment {Version}: align Chinese and English documents into a searchable translation memory.");
        output.WriteLine();
        output.WriteLine("usage: alignment COMMAND [options]      (alignment COMMAND --help for details and examples)");
        output.WriteLine();
        output.WriteLine("commands:");
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands)
        {
            output.WriteLine($"  {command.Name.PadRight(width)}{command.Summary}");
        }

        output.WriteLine();
        output.WriteLine("exit codes:");
        output.WriteLine($"  {CliApplication.Success}  done");
        output.WriteLine($"  {CliApplication.InputError}  unusable input: a file or memory that is missing, unreadable, malformed or of the wrong kind");
        output.WriteLine($"  {CliApplication.UsageError}  wrong command line: an unknown command or option, a missing or extra argument, a bad value");
        output.WriteLine("Results go to stdout; progress and errors (one line each) to stderr.");
    }

    public static void WriteCommand(TextWriter output, CliCommand command)
    {
        output.WriteLine($"usage: alignment {command.Usage}");
        output.WriteLine();
        output.WriteLine(command.Details.TrimEnd());
        WriteRows(output, "arguments:", command.Arguments.Where(a => !a.Hidden).Select(a => (a.Name, a.Description ?? string.Empty)));
        WriteRows(output, "options:", [.. command.Options.Where(o => !o.Hidden).Select(o => (Display(o), o.Description ?? string.Empty)), ("-h, --help", "Show this help.")]);
        if (command.Examples.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("examples:");
            foreach (var example in command.Examples)
            {
                output.WriteLine($"  alignment {example}");
            }
        }
    }

    private static void WriteRows(TextWriter output, string title, IEnumerable<(string Name, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(r => r.Name.Length) + 2;
        foreach (var (name, text) in list)
        {
            output.WriteLine($"  {name.PadRight(width)}{text}");
        }
    }

    /// <summary><c>-o, --output OUT</c>; long-only options are indented to line up with those that have a short alias.</summary>
    private static string Display(Option option)
    {
        var shortAlias = option.Aliases.FirstOrDefault(a => a.Length == 2 && a[0] == '-' && a[1] != '-');
        var value = option.ValueType == typeof(bool) ? string.Empty : $" {option.HelpName ?? "VALUE"}";
        return (shortAlias is null ? "    " : $"{shortAlias}, ") + option.Name + value;
    }
}
