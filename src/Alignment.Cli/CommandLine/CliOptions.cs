using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Alignment.Documents;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Typed options in the tool's conventions: a placeholder for help, and values checked as they are parsed, so that
/// a value out of range is a usage error naming the option rather than a failure deep in the work.
/// </summary>
internal static class CliOptions
{
    /// <summary>An option without a value: present or not.</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

    /// <summary>An option whose value is taken as it is written (a path, a phrase); null when it is not given.</summary>
    public static Option<string?> Text(string name, string valueName, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = valueName };

    /// <summary>A whole number in <paramref name="min"/>–<paramref name="max"/>, <paramref name="fallback"/> when not given.</summary>
    public static Option<int> WholeNumber(string name, string valueName, string description, int fallback, int min, int max) =>
        new(name)
        {
            Description = description,
            HelpName = valueName,
            DefaultValueFactory = _ => fallback,
            CustomParser = result => Single(result) is not { } text ? fallback
                : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
                : Refuse(result, fallback, $"{name} expects a whole number from {Show(min)} to {Show(max)}, not '{text}'"),
        };

    /// <summary>A whole number in <paramref name="min"/>–<paramref name="max"/>; null when not given, for a default that depends on other options.</summary>
    public static Option<int?> OptionalWholeNumber(string name, string valueName, string description, int min, int max) =>
        new(name)
        {
            Description = description,
            HelpName = valueName,
            CustomParser = result => Single(result) is not { } text ? null
                : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value
                : Refuse<int?>(result, null, $"{name} expects a whole number from {Show(min)} to {Show(max)}, not '{text}'"),
        };

    /// <summary>A number of megabytes above 0 and at most <paramref name="max"/>, turned into bytes; <paramref name="fallback"/> (bytes) when not given.</summary>
    public static Option<long> Megabytes(string name, string description, long fallback, double max) =>
        new(name)
        {
            Description = description,
            HelpName = "MB",
            DefaultValueFactory = _ => fallback,
            CustomParser = result => Single(result) is not { } text ? fallback
                : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var megabytes) && megabytes > 0 && megabytes <= max
                    ? (long)(megabytes * 1024 * 1024)
                : Refuse(result, fallback, $"{name} expects a number of megabytes above 0 and at most {Show((int)max)}, not '{text}'"),
        };

    /// <summary>
    /// <c>--min-confidence</c>: the lowest aligner confidence, 0 to 1, of the units kept (default 0: all). Imported
    /// units carry no confidence and are always kept.
    /// </summary>
    public static Option<double> MinConfidence() =>
        new("--min-confidence")
        {
            Description = "Keep only aligned units of at least this confidence, 0 to 1 (default 0: all); imported and reviewed units are always kept.",
            HelpName = "C",
            DefaultValueFactory = _ => 0,
            CustomParser = result => Single(result) is not { } text ? 0
                : double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? value
                : Refuse(result, 0.0, $"--min-confidence expects a number from 0 to 1, not '{text}'"),
        };

    /// <summary>A language tag (<c>zh</c>, <c>en</c>, <c>zh-CN</c>); null when not given.</summary>
    public static Option<Language?> Language(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "LANG",
            CustomParser = result => Single(result) is not { } text ? null
                : Documents.Language.TryParse(text, out var language) ? language
                : Refuse<Language?>(result, null, $"{name} expects a language tag such as zh or en, not '{text}'"),
        };

    /// <summary>A text encoding by name (<c>utf-8</c>, <c>gb18030</c>, <c>windows-1252</c>); <see cref="TextEncoding.Auto"/> when not given.</summary>
    public static Option<TextEncoding> Encoding(string name, string description)
    {
        var option = new Option<TextEncoding>(name)
        {
            Description = description,
            HelpName = "NAME",
            DefaultValueFactory = _ => TextEncoding.Auto,
            CustomParser = result => Single(result) is not { } text ? TextEncoding.Auto
                : TextEncoding.TryParse(text, out var encoding) ? encoding
                : Refuse(result, TextEncoding.Auto, $"{name} expects an encoding such as utf-8, utf-16, gb18030, gbk, big5 or windows-1252, not '{text}'"),
        };
        option.CompletionSources.Add("utf-8", "utf-16", "gb18030", "gbk", "big5");
        return option;
    }

    /// <summary>One of a few named values; <paramref name="fallback"/> when not given. The names are offered to shell completion.</summary>
    public static Option<T> Choice<T>(string name, string valueName, string description, T fallback, params (string Name, T Value)[] choices)
    {
        var option = new Option<T>(name)
        {
            Description = description,
            HelpName = valueName,
            DefaultValueFactory = _ => fallback,
            CustomParser = result => Single(result) is not { } text ? fallback
                : choices.FirstOrDefault(c => string.Equals(c.Name, text, StringComparison.OrdinalIgnoreCase)) is { Name: not null } choice ? choice.Value
                : Refuse(result, fallback, $"{name} expects {Either(choices.Select(c => c.Name))}, not '{text}'"),
        };
        option.CompletionSources.Clear();
        option.CompletionSources.Add(choices.Select(c => c.Name).ToArray());
        return option;
    }

    /// <summary>"a, b or c", for messages.</summary>
    public static string Either(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count < 2 ? string.Concat(list) : $"{string.Join(", ", list.SkipLast(1))} or {list[^1]}";
    }

    /// <summary>The option's one value; null when none was given. A value given twice is reported by the caller, not here.</summary>
    private static string? Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : null;

    private static T Refuse<T>(ArgumentResult result, T fallback, string message)
    {
        result.AddError(message);
        return fallback;
    }

    private static string Show(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
