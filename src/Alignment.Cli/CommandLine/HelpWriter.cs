using System.CommandLine;
using System.Reflection;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Writes the tool's help: the overview with the command list and the exit codes, and each command's page with its
/// synopsis, description, arguments, options and examples (System.CommandLine's own help has no examples).
/// </summary>
/// <remarks>
/// Descriptions are reflowed to the terminal's width (to <see cref="PipedWidth"/> columns when the help is piped or
/// redirected), options' descriptions hanging under their own column, so a narrow terminal never breaks a line inside
/// a word. Synopses and examples are never wrapped: they must stay copyable.
/// </remarks>
internal static class HelpWriter
{
    /// <summary>The width help is written to when it goes to a file or a pipe rather than a terminal.</summary>
    public const int PipedWidth = 100;

    private const int NarrowestWidth = 60;

    public static string Version =>
        typeof(HelpWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static void WriteOverview(TextWriter output, IReadOnlyList<CliCommand> commands)
    {
        output.WriteLine($"alignment {Version}: align Chinese and English documents into a searchable translation memory.");
        output.WriteLine();
        output.WriteLine("usage: alignment COMMAND [options]      (alignment COMMAND --help for details and examples)");
        WriteRows(output, "commands:", commands.Select(c => (c.Name, c.Summary)));

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
        WriteParagraphs(output, command.Details, Width());
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
        var column = list.Max(r => r.Name.Length) + 4;
        var hanging = new string(' ', column);
        foreach (var (name, text) in list)
        {
            var lines = TextWrap.Lines(text, Math.Max(Width() - column, NarrowestWidth / 2));
            output.WriteLine($"  {name.PadRight(column - 2)}{lines[0]}");
            foreach (var line in lines.Skip(1))
            {
                output.WriteLine(hanging + line);
            }
        }
    }

    /// <summary>Blank lines separate paragraphs; the line breaks inside one are the source's, not meant for the reader.</summary>
    private static void WriteParagraphs(TextWriter output, string details, int width)
    {
        var paragraphs = details.ReplaceLineEndings("\n").Trim().Split("\n\n");
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            foreach (var line in TextWrap.Lines(paragraphs[i].Replace('\n', ' '), width))
            {
                output.WriteLine(line);
            }
        }
    }

    private static int Width()
    {
        if (Console.IsOutputRedirected)
        {
            return PipedWidth;
        }

        try
        {
            return Math.Max(Console.WindowWidth - 1, NarrowestWidth);
        }
        catch (IOException)
        {
            return PipedWidth;
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
