using System.CommandLine;
using System.Globalization;
using System.Text;
using Alignment.Documents;
using Alignment.Memory;

namespace Alignment.Cli.CommandLine;

/// <summary>
/// The text a command looks up: its argument, or with <c>--query-file FILE</c> the whole of a text file (<c>-</c>
/// for standard input), for segments too long or too awkward to quote in a shell.
/// </summary>
internal sealed class QueryInput
{
    private readonly Argument<string?> text;
    private readonly Option<string?> file;
    private readonly Option<TextEncoding> encoding = CliOptions.Encoding("--encoding", "The query file's encoding: utf-8, utf-16, gb18030 (gbk), big5, or another such as windows-1252 (default: detected).");

    /// <summary>Adds the argument and the option to <paramref name="command"/>, with a check that exactly one of them is given.</summary>
    /// <param name="command">The command that looks the text up.</param>
    /// <param name="name">The argument's name, <c>TEXT</c> or <c>PHRASE</c>.</param>
    /// <param name="description">What the text is.</param>
    /// <param name="unlessGiven">An option that makes the command look nothing up, so that neither is needed.</param>
    public QueryInput(Command command, string name, string description, Option<bool>? unlessGiven = null)
    {
        text = new Argument<string?>(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };
        file = CliOptions.Text("--query-file", "FILE", $"Read {name} from FILE (- for standard input) instead of the command line.");
        command.Arguments.Add(text);
        command.Options.Add(file);
        command.Options.Add(encoding);
        command.Validators.Add(result => CliCommand.CheckParsed(result, args =>
        {
            var given = (args.GetValue(text) is not null ? 1 : 0) + (args.GetValue(file) is not null ? 1 : 0);
            var needed = unlessGiven is null || !args.GetValue(unlessGiven);
            return needed && given == 0 ? $"'{command.Name}' needs {name} or --query-file FILE"
                : needed && given > 1 ? $"give {name} or --query-file, not both"
                : !needed && given > 0 ? $"{unlessGiven!.Name} takes no {name} or --query-file"
                : null;
        }));
    }

    /// <summary>The query file, for the checks made before a command runs; null when the text is on the command line.</summary>
    public string? FileOf(ParseResult args) => args.GetValue(file);

    /// <summary>The text to look up, trimmed.</summary>
    /// <exception cref="InputException">
    /// The query file or standard input is empty or over <paramref name="maxSize"/> bytes, or the file is not text
    /// (decoded as documents are, so a file saved in GB18030 reads as its text).
    /// </exception>
    public string Read(ParseResult args, TextReader standardInput, long maxSize)
    {
        if (args.GetValue(text) is { } given)
        {
            return Searchable(given, "the query");
        }

        var path = args.GetValue(file)!;
        var name = path == "-" ? "standard input" : path;
        var content = path == "-" ? ReadBounded(standardInput, maxSize) : TextFile.ReadAllText(path, new ReaderOptions { Encoding = args.GetValue(encoding)!, MaxFileSize = maxSize });
        var query = content.Trim();
        return query.Length > 0 ? Searchable(query, name) : throw new InputException(name, "is empty: expected the text to look up");
    }

    /// <summary>
    /// The query, unless it is longer than any segment a memory stores: nothing could match it, and analysing
    /// megabytes of it would take the search a minute to say so.
    /// </summary>
    private static string Searchable(string query, string name)
    {
        var longest = AddOptions.Default.MaxSegmentLength;
        return query.Length <= longest ? query : throw new InputException(name, string.Create(
            CultureInfo.InvariantCulture,
            $"is {query.Length:N0} characters long, longer than any segment a memory stores ({longest:N0}): look up a segment, not a document"));
    }

    /// <summary>Standard input up to the size limit: a pipe may never end.</summary>
    private static string ReadBounded(TextReader input, long maxSize)
    {
        var limit = (int)Math.Min(maxSize, Array.MaxLength / 2);
        var buffer = new StringBuilder();
        var block = new char[1 << 16];
        int read;
        while ((read = input.Read(block, 0, block.Length)) > 0)
        {
            buffer.Append(block, 0, read);
            if (buffer.Length > limit)
            {
                throw new InputException("standard input", string.Create(CultureInfo.InvariantCulture, $"is over the {maxSize / (1024.0 * 1024.0):0.#} MB limit for a query"));
            }
        }

        return buffer.ToString();
    }
}
