using System.CommandLine;
using System.CommandLine.Parsing;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// Finds what is wrong with a command line, in the tool's words: an unknown option, an argument too many, a
/// single-valued option given twice, a missing argument or value, an empty one, or a value out of range (which the typed options
/// report as they parse). System.CommandLine takes an unknown <c>--option</c> for a positional argument and a repeated
/// option for a list, so those two are looked for here before its own errors are read.
/// </summary>
internal static class UsageErrors
{
    /// <summary>The first problem of a command line parsed for <paramref name="command"/>, or null when there is none.</summary>
    public static string? First(ParseResult parsed, CliCommand command)
    {
        var result = parsed.CommandResult;
        var optionValues = result.Children.OfType<OptionResult>().SelectMany(o => o.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        var afterDoubleDash = false;
        foreach (var token in parsed.Tokens)
        {
            afterDoubleDash |= token.Type == TokenType.DoubleDash;
            if (!afterDoubleDash && token.Type == TokenType.Argument && LooksLikeOption(token.Value) && !optionValues.Contains(token))
            {
                return $"'{command.Name}' has no option {token.Value.Split('=', ':')[0]}";
            }
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            var expected = command.Arguments.Count == 0 ? "no arguments" : string.Join(" ", command.Arguments.Select(a => a.Name));
            return $"'{parsed.UnmatchedTokens[0]}' is an argument too many: '{command.Name}' takes {expected}";
        }

        foreach (var option in result.Children.OfType<OptionResult>().Where(o => o.IdentifierTokenCount > 0 && o.Option.ValueType != typeof(bool)))
        {
            if (option.Tokens.Count < option.Option.Arity.MinimumNumberOfValues)
            {
                return $"{option.Option.Name} needs a value ({option.Option.HelpName})";
            }

            if (option.Option.Arity.MaximumNumberOfValues == 1 && option.IdentifierTokenCount > 1)
            {
                return $"{option.Option.Name} is given {option.IdentifierTokenCount} times ({string.Join(", ", option.Tokens.Select(t => t.Value))}); give it once";
            }
        }

        foreach (var option in command.Options.Where(o => o.Required && result.GetResult(o) is not { IdentifierTokenCount: > 0 }))
        {
            return $"'{command.Name}' needs {option.Name} {option.HelpName}";
        }

        foreach (var argument in command.Arguments)
        {
            if ((result.GetResult(argument)?.Tokens.Count ?? 0) < argument.Arity.MinimumNumberOfValues)
            {
                return $"'{command.Name}' needs {argument.Name}";
            }
        }

        // An empty value is never meant: as a file name it would name the current folder, as a query it matches nothing.
        foreach (var child in result.Children)
        {
            var (name, tokens) = child switch
            {
                ArgumentResult argument => (argument.Argument.Name, argument.Tokens),
                OptionResult option when option.Option.ValueType != typeof(bool) => (option.Option.Name, option.Tokens),
                _ => (string.Empty, (IReadOnlyList<Token>)[]),
            };
            if (tokens.Any(token => string.IsNullOrWhiteSpace(token.Value)))
            {
                return $"{name} is empty";
            }
        }

        // What is left: values the typed options refused, and the checks of options that go together.
        return parsed.Errors.Count > 0 ? parsed.Errors[0].Message.TrimEnd('.') : null;
    }

    /// <summary>A dash and a letter, not a lone dash (standard input) or a negative number.</summary>
    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsAsciiDigit(token[1]) && token[1] != '.';
}
