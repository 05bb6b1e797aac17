namespace Alignment.Cli.CommandLine;

/// <summary>A command's arguments, parsed against the options it declares.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, List<string>> values = new(StringComparer.Ordinal);
    private readonly HashSet<string> flags = new(StringComparer.Ordinal);

    private Arguments(string command) => Command = command;

    public string Command { get; }

    public List<string> Positionals { get; } = [];

    public static Arguments Parse(string command, IReadOnlyList<Option> options, IReadOnlyList<string> args)
    {
        var parsed = new Arguments(command);
        var onlyPositionals = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPositionals || arg == "-" || !arg.StartsWith('-'))
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }

            var (name, inline) = Split(arg);
            var option = options.FirstOrDefault(o => arg.StartsWith("--", StringComparison.Ordinal) ? o.Name == name : o.Short == name)
                ?? throw new UsageException($"'{command}' has no option {arg.Split('=')[0]}; see 'alignment {command} --help'.");
            if (option.IsFlag)
            {
                if (inline is not null)
                {
                    throw new UsageException($"--{option.Name} takes no value.");
                }

                parsed.flags.Add(option.Name);
                continue;
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"--{option.Name} needs a value ({option.Value})."));
            if (!parsed.values.TryGetValue(option.Name, out var list))
            {
                parsed.values[option.Name] = list = [];
            }

            list.Add(value);
        }

        return parsed;
    }

    public bool Flag(string name) => flags.Contains(name);

    public string? Value(string name) => values.TryGetValue(name, out var list) ? list[^1] : null;

    public string Value(string name, string fallback) => Value(name) ?? fallback;

    public IReadOnlyList<string> Values(string name) => values.TryGetValue(name, out var list) ? list : [];

    public string Required(string name) =>
        Value(name) ?? throw new UsageException($"'{Command}' needs --{name}; see 'alignment {Command} --help'.");

    public int Int(string name, int fallback)
    {
        var text = Value(name);
        return text is null ? fallback
            : int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
            : throw new UsageException($"--{name} expects a whole number, not '{text}'.");
    }

    public string Positional(int index, string name) =>
        index < Positionals.Count ? Positionals[index] : throw new UsageException($"'{Command}' needs {name}; see 'alignment {Command} --help'.");

    private static (string Name, string? Inline) Split(string arg)
    {
        var body = arg.TrimStart('-');
        var eq = body.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (body, null) : (body[..eq], body[(eq + 1)..]);
    }
}
