namespace Alignment.Cli.CommandLine;

/// <summary>An option a command accepts: a flag when <paramref name="Value"/> is empty, otherwise an option with a value.</summary>
/// <param name="Name">The long name without dashes (<c>index</c> for <c>--index</c>).</param>
/// <param name="Help">One line for <c>--help</c>.</param>
/// <param name="Value">The value's placeholder for help (<c>DIR</c>); empty for a flag.</param>
/// <param name="Short">A one-letter alias without the dash (<c>o</c> for <c>-o</c>), or empty.</param>
internal sealed record Option(string Name, string Help, string Value = "", string Short = "")
{
    public bool IsFlag => Value.Length == 0;

    public string Display =>
        (Short.Length > 0 ? $"-{Short}, " : "    ") + $"--{Name}" + (IsFlag ? string.Empty : $" {Value}");
}
