namespace Alignment.Cli.CommandLine;

/// <summary>One subcommand of the tool, with the help text that documents it.</summary>
internal abstract class Command
{
    public abstract string Name { get; }

    /// <summary>One line for the command list.</summary>
    public abstract string Summary { get; }

    /// <summary>The synopsis after the tool name, e.g. <c>align ZH EN -o OUT [options]</c>.</summary>
    public abstract string Usage { get; }

    /// <summary>Paragraphs shown under the synopsis in <c>--help</c>.</summary>
    public virtual string Description => Summary;

    public virtual IReadOnlyList<Option> Options => [];

    /// <summary>Complete command lines (after <c>alignment</c>) that work on the bundled corpus.</summary>
    public abstract IReadOnlyList<string> Examples { get; }

    public abstract int Run(Arguments args, CliConsole console);

    public void WriteHelp(TextWriter writer)
    {
        writer.WriteLine($"usage: alignment {Usage}");
        writer.WriteLine();
        writer.WriteLine(Description);
        var options = Options.Append(new Option("help", "Show this help.", Short: "h")).ToList();
        writer.WriteLine();
        writer.WriteLine("options:");
        var width = options.Max(o => o.Display.Length) + 2;
        foreach (var option in options)
        {
            writer.WriteLine($"  {option.Display.PadRight(width)}{option.Help}");
        }

        if (Examples.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine("examples:");
            foreach (var example in Examples)
            {
                writer.WriteLine($"  alignment {example}");
            }
        }
    }
}
